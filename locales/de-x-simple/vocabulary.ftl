# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Labels of the closed vocabularies in src/domain/vocabulary.ts. Adding a code there
## means adding its label here and in every other locale (test/locales.test.ts).

## Bot languages (BOT_LOCALES), each in its own language.

locale-name-de = Deutsch
locale-name-de-x-simple = Einfache Sprache
locale-name-en = English
locale-name-uk = Українська
locale-name-ru = Русский
locale-name-ar = العربية
locale-name-tr = Türkçe
locale-name-fa = فارسی

## Interests (INTEREST_KEYS): buttons and the "passt zu" line.

interest-kinder = Kinder und Jugendliche
interest-senioren = Ältere Menschen
interest-familien = Familien
interest-integration = Menschen aus anderen Ländern
interest-kultur-bildung = Kultur und Bildung
interest-nachbarschaft = Nachbarn und Stadtteil
interest-sport-bewegung = Sport und Bewegung
interest-umwelt = Umwelt und Natur
interest-handwerk-technik = Handwerk und Technik
interest-digitales = Handy, Computer, Internet
interest-essen-kochen = Essen und Kochen
interest-begleitung-fahrdienste = Begleiten und Fahren
interest-organisation-verwaltung = Organisieren und Büro

## When a resident has time (RESIDENT_SLOTS): buttons. "flexible" clears the others.

slot-weekday-morning = Unter der Woche, vormittags
slot-weekday-afternoon = Unter der Woche, nachmittags
slot-weekday-evening = Unter der Woche, abends
slot-weekend-morning = Am Wochenende, vormittags
slot-weekend-afternoon = Am Wochenende, nachmittags
slot-weekend-evening = Am Wochenende, abends
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

hours-1 = Bis zu 1 Stunde
hours-2 = Bis zu 2 Stunden
hours-4 = Bis zu 4 Stunden
hours-8 = Bis zu 8 Stunden

## Languages a resident speaks (LANGUAGE_CODES).

language-de = Deutsch
language-en = Englisch
language-ar = Arabisch
language-uk = Ukrainisch
language-ru = Russisch
language-tr = Türkisch
language-fa = Persisch (Farsi)
language-fr = Französisch
language-es = Spanisch
language-pl = Polnisch
language-ro = Rumänisch
language-it = Italienisch

## Preconditions of an offer (REQUIREMENT_KEYS), spelled out for someone who has never
## heard of them.

requirement-fuehrungszeugnis = Erweitertes Führungs·zeugnis. Dieses Papier zeigt, ob ein Gericht Sie bestraft hat. Sie bekommen es beim Bürger·amt. Für Ehren·amtliche ist es kostenlos. Die Organisation gibt Ihnen dafür einen Brief für das Bürger·amt.
requirement-ifsg-belehrung = Belehrung nach § 43 Infektions·schutz·gesetz. Das ist eine kurze Schulung beim Gesundheits·amt. Sie brauchen die Schulung für die Arbeit mit Lebens·mitteln.
requirement-fuehrerschein = Führerschein für das Auto (Klasse B)
requirement-schulung = Eine Schulung bei der Organisation, bevor Sie anfangen
requirement-erste-hilfe = Ein Erste-Hilfe-Kurs. Der Kurs dauert 1 Tag. Es gibt ihn zum Beispiel beim Roten Kreuz.
