# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Labels of the closed vocabularies in src/domain/vocabulary.ts. Adding a code there
## means adding its label here and in every other locale (test/locales.test.ts).

## Bot languages (BOT_LOCALES), each in its own language.

# same as German: name of a bot language, written in that language (the same in every locale)
locale-name-de = Deutsch
# same as German: name of a bot language, written in that language (the same in every locale)
locale-name-de-x-simple = Einfache Sprache
# same as German: name of a bot language, written in that language (the same in every locale)
locale-name-en = English
# same as German: name of a bot language, written in that language (the same in every locale)
locale-name-uk = Українська
# same as German: name of a bot language, written in that language (the same in every locale)
locale-name-ru = Русский
# same as German: name of a bot language, written in that language (the same in every locale)
locale-name-ar = العربية
# same as German: name of a bot language, written in that language (the same in every locale)
locale-name-tr = Türkçe
# same as German: name of a bot language, written in that language (the same in every locale)
locale-name-fa = فارسی

## Interests (INTEREST_KEYS): buttons and the "passt zu" line.

# same as German: short everyday words as a button
interest-kinder = Kinder und Jugendliche
# same as German: short everyday words as a button
interest-senioren = Ältere Menschen
# same as German: short everyday words as a button
interest-familien = Familien
interest-integration = Menschen aus anderen Ländern
# same as German: short everyday words as a button
interest-kultur-bildung = Kultur und Bildung
interest-nachbarschaft = Nachbarn und Stadtteil
# same as German: short everyday words as a button
interest-sport-bewegung = Sport und Bewegung
# same as German: short everyday words as a button
interest-umwelt = Umwelt und Natur
# same as German: short everyday words as a button
interest-handwerk-technik = Handwerk und Technik
# same as German: short everyday words as a button
interest-digitales = Handy, Computer, Internet
# same as German: short everyday words as a button
interest-essen-kochen = Essen und Kochen
# same as German: short everyday words as a button
interest-begleitung-fahrdienste = Begleiten und Fahren
# same as German: short everyday words as a button
interest-organisation-verwaltung = Organisieren und Büro

## When a resident has time (RESIDENT_SLOTS): buttons. "flexible" clears the others.

slot-weekday-morning = Unter der Woche, vormittags
slot-weekday-afternoon = Unter der Woche, nachmittags
slot-weekday-evening = Unter der Woche, abends
# same as German: short time label with a number or everyday words, already plain
slot-weekend-morning = Am Wochenende, vormittags
# same as German: short time label with a number or everyday words, already plain
slot-weekend-afternoon = Am Wochenende, nachmittags
# same as German: short time label with a number or everyday words, already plain
slot-weekend-evening = Am Wochenende, abends
# same as German: short time label with a number or everyday words, already plain
slot-flexible = Ganz flexibel

## When an offer takes place (OPPORTUNITY_SLOTS): details and the "passt zu" line.

slot-mon-morning = Montag am Vormittag
slot-mon-afternoon = Montag am Nachmittag
slot-mon-evening = Montag am Abend
slot-tue-morning = Dienstag am Vormittag
slot-tue-afternoon = Dienstag am Nachmittag
slot-tue-evening = Dienstag am Abend
slot-wed-morning = Mittwoch am Vormittag
slot-wed-afternoon = Mittwoch am Nachmittag
slot-wed-evening = Mittwoch am Abend
slot-thu-morning = Donnerstag am Vormittag
slot-thu-afternoon = Donnerstag am Nachmittag
slot-thu-evening = Donnerstag am Abend
slot-fri-morning = Freitag am Vormittag
slot-fri-afternoon = Freitag am Nachmittag
slot-fri-evening = Freitag am Abend
slot-sat-morning = Samstag am Vormittag
slot-sat-afternoon = Samstag am Nachmittag
slot-sat-evening = Samstag am Abend
slot-sun-morning = Sonntag am Vormittag
slot-sun-afternoon = Sonntag am Nachmittag
slot-sun-evening = Sonntag am Abend

## Hours per week (HOURS_CHOICES); the answer is stored as the upper bound.

# same as German: short time label with a number or everyday words, already plain
hours-1 = Bis zu 1 Stunde
# same as German: short time label with a number or everyday words, already plain
hours-2 = Bis zu 2 Stunden
# same as German: short time label with a number or everyday words, already plain
hours-4 = Bis zu 4 Stunden
# same as German: short time label with a number or everyday words, already plain
hours-8 = Bis zu 8 Stunden

## Languages a resident speaks (LANGUAGE_CODES).

# same as German: name of a language, already an everyday word
language-de = Deutsch
# same as German: name of a language, already an everyday word
language-en = Englisch
# same as German: name of a language, already an everyday word
language-ar = Arabisch
# same as German: name of a language, already an everyday word
language-uk = Ukrainisch
# same as German: name of a language, already an everyday word
language-ru = Russisch
# same as German: name of a language, already an everyday word
language-tr = Türkisch
# same as German: name of a language, already an everyday word
language-fa = Persisch (Farsi)
# same as German: name of a language, already an everyday word
language-fr = Französisch
# same as German: name of a language, already an everyday word
language-es = Spanisch
# same as German: name of a language, already an everyday word
language-pl = Polnisch
# same as German: name of a language, already an everyday word
language-ro = Rumänisch
# same as German: name of a language, already an everyday word
language-it = Italienisch

## Preconditions of an offer (REQUIREMENT_KEYS), spelled out for someone who has never
## heard of them.

requirement-fuehrungszeugnis = Erweitertes Führungs·zeugnis. Dieses Papier zeigt, ob ein Gericht Sie bestraft hat. Sie bekommen es beim Bürger·amt. Für Ehren·amtliche ist es kostenlos. Die Organisation gibt Ihnen dafür einen Brief für das Bürger·amt.
requirement-ifsg-belehrung = Belehrung nach § 43 Infektions·schutz·gesetz. Das ist eine kurze Schulung beim Gesundheits·amt. Sie brauchen die Schulung für die Arbeit mit Lebens·mitteln.
# same as German: everyday words, nothing to explain
requirement-fuehrerschein = Führerschein für das Auto (Klasse B)
requirement-schulung = Eine Schulung bei der Organisation, bevor Sie anfangen
requirement-erste-hilfe = Ein Erste-Hilfe-Kurs. Der Kurs dauert 1 Tag. Es gibt ihn zum Beispiel beim Roten Kreuz.
