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
interest-integration = Geflüchtete und Zugewanderte
interest-kultur-bildung = Kultur und Bildung
interest-nachbarschaft = Nachbarschaft
interest-sport-bewegung = Sport und Bewegung
interest-umwelt = Umwelt und Natur
interest-handwerk-technik = Handwerk und Technik
interest-digitales = Handy, Computer, Internet
interest-essen-kochen = Essen und Kochen
interest-begleitung-fahrdienste = Begleiten und Fahren
interest-organisation-verwaltung = Organisieren und Büro

## When a resident has time (RESIDENT_SLOTS): buttons. "flexible" clears the others.

slot-weekday-morning = Werktags vormittags
slot-weekday-afternoon = Werktags nachmittags
slot-weekday-evening = Werktags abends
slot-weekend-morning = Am Wochenende, vormittags
slot-weekend-afternoon = Am Wochenende, nachmittags
slot-weekend-evening = Am Wochenende, abends
slot-flexible = Ganz flexibel

## When an offer takes place (OPPORTUNITY_SLOTS): details and the "passt zu" line.

slot-mon-morning = Montagvormittag
slot-mon-afternoon = Montagnachmittag
slot-mon-evening = Montagabend
slot-tue-morning = Dienstagvormittag
slot-tue-afternoon = Dienstagnachmittag
slot-tue-evening = Dienstagabend
slot-wed-morning = Mittwochvormittag
slot-wed-afternoon = Mittwochnachmittag
slot-wed-evening = Mittwochabend
slot-thu-morning = Donnerstagvormittag
slot-thu-afternoon = Donnerstagnachmittag
slot-thu-evening = Donnerstagabend
slot-fri-morning = Freitagvormittag
slot-fri-afternoon = Freitagnachmittag
slot-fri-evening = Freitagabend
slot-sat-morning = Samstagvormittag
slot-sat-afternoon = Samstagnachmittag
slot-sat-evening = Samstagabend
slot-sun-morning = Sonntagvormittag
slot-sun-afternoon = Sonntagnachmittag
slot-sun-evening = Sonntagabend

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

requirement-fuehrungszeugnis = Erweitertes Führungszeugnis (kostenlos für Ehrenamtliche; die Organisation gibt Ihnen ein Bestätigungsschreiben für das Bürgeramt)
requirement-ifsg-belehrung = Belehrung nach § 43 Infektionsschutzgesetz (beim Gesundheitsamt; für die Arbeit mit Lebensmitteln)
requirement-fuehrerschein = Führerschein für das Auto (Klasse B)
requirement-schulung = Eine Einführungsschulung der Organisation vor dem ersten Einsatz
requirement-erste-hilfe = Ein Erste-Hilfe-Kurs (ein Tageskurs, zum Beispiel beim Roten Kreuz)
