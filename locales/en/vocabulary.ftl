# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

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

## Interests (INTEREST_KEYS): buttons and the "suits you" line.

interest-kinder = Children and young people
interest-senioren = Older people
interest-familien = Families
interest-integration = Refugees and newcomers
interest-kultur-bildung = Culture and education
interest-nachbarschaft = Neighbourhood
interest-sport-bewegung = Sport and exercise
interest-umwelt = Environment and nature
interest-handwerk-technik = Crafts and technology
interest-digitales = Phones, computers, internet
interest-essen-kochen = Food and cooking
interest-begleitung-fahrdienste = Accompanying and driving
interest-organisation-verwaltung = Organising and office work

## When a resident has time (RESIDENT_SLOTS): buttons. "flexible" clears the others.

slot-weekday-morning = Monday to Friday, mornings
slot-weekday-afternoon = Monday to Friday, afternoons
slot-weekday-evening = Monday to Friday, evenings
slot-weekend-morning = Weekends, mornings
slot-weekend-afternoon = Weekends, afternoons
slot-weekend-evening = Weekends, evenings
slot-flexible = Completely flexible

## When an offer takes place (OPPORTUNITY_SLOTS): details and the "suits you" line.

slot-mon-morning = Monday morning
slot-mon-afternoon = Monday afternoon
slot-mon-evening = Monday evening
slot-tue-morning = Tuesday morning
slot-tue-afternoon = Tuesday afternoon
slot-tue-evening = Tuesday evening
slot-wed-morning = Wednesday morning
slot-wed-afternoon = Wednesday afternoon
slot-wed-evening = Wednesday evening
slot-thu-morning = Thursday morning
slot-thu-afternoon = Thursday afternoon
slot-thu-evening = Thursday evening
slot-fri-morning = Friday morning
slot-fri-afternoon = Friday afternoon
slot-fri-evening = Friday evening
slot-sat-morning = Saturday morning
slot-sat-afternoon = Saturday afternoon
slot-sat-evening = Saturday evening
slot-sun-morning = Sunday morning
slot-sun-afternoon = Sunday afternoon
slot-sun-evening = Sunday evening

## Hours per week (HOURS_CHOICES); the answer is stored as the upper bound.

hours-1 = Up to 1 hour
hours-2 = Up to 2 hours
hours-4 = Up to 4 hours
hours-8 = Up to 8 hours

## Languages a resident speaks (LANGUAGE_CODES).

language-de = German
language-en = English
language-ar = Arabic
language-uk = Ukrainian
language-ru = Russian
language-tr = Turkish
language-fa = Persian (Farsi)
language-fr = French
language-es = Spanish
language-pl = Polish
language-ro = Romanian
language-it = Italian

## Preconditions of an offer (REQUIREMENT_KEYS), spelled out for someone who has never
## heard of them. The German names help when dealing with the authorities.

requirement-fuehrungszeugnis = Enhanced certificate of good conduct ("Erweitertes Führungszeugnis"; free for volunteers; the organisation gives you a letter for the citizens' office)
requirement-ifsg-belehrung = Food hygiene instruction under § 43 of the Infection Protection Act (at the public health office; for work with food)
requirement-fuehrerschein = Driving licence for a car (class B)
requirement-schulung = An introductory training by the organisation before you start
requirement-erste-hilfe = A first aid course (one day, for example with the Red Cross)
