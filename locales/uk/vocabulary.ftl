# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Labels of the closed vocabularies in src/domain/vocabulary.ts. Adding a code there
## means adding its label here and in every other locale (test/locales.test.ts).

## Bot languages (BOT_LOCALES), each in its own language.

# same as German: the name of the language in its own language (German), as in every locale.
locale-name-de = Deutsch
# same as German: the name of the bot language in its own language (plain German), as in every locale.
locale-name-de-x-simple = Einfache Sprache
# same as German: the name of the language in its own language (English), as in every locale.
locale-name-en = English
# same as German: the name of the language in its own language (Ukrainian), as in every locale.
locale-name-uk = Українська
# same as German: the name of the language in its own language (Russian), as in every locale.
locale-name-ru = Русский
# same as German: the name of the language in its own language (Arabic), as in every locale.
locale-name-ar = العربية
# same as German: the name of the language in its own language (Turkish), as in every locale.
locale-name-tr = Türkçe
# same as German: the name of the language in its own language (Persian), as in every locale.
locale-name-fa = فارسی

## Interests (INTEREST_KEYS): buttons and the "passt zu" line.

interest-kinder = Діти та молодь
interest-senioren = Літні люди
interest-familien = Сім’ї
interest-integration = Біженці та мігранти
interest-kultur-bildung = Культура та освіта
interest-nachbarschaft = Сусідство
interest-sport-bewegung = Спорт і фізична активність
interest-umwelt = Довкілля та природа
interest-handwerk-technik = Ремесла і техніка
interest-digitales = Телефон, комп’ютер, інтернет
interest-essen-kochen = Їжа та кулінарія
interest-begleitung-fahrdienste = Супровід і підвезення
interest-organisation-verwaltung = Організація та офіс

## When a resident has time (RESIDENT_SLOTS): buttons. "flexible" clears the others.

slot-weekday-morning = У будні, до обіду
slot-weekday-afternoon = У будні, після обіду
slot-weekday-evening = У будні, увечері
slot-weekend-morning = На вихідних, до обіду
slot-weekend-afternoon = На вихідних, після обіду
slot-weekend-evening = На вихідних, увечері
slot-flexible = Повністю гнучкий графік

## When an offer takes place (OPPORTUNITY_SLOTS): details and the "passt zu" line.

slot-mon-morning = понеділок до обіду
slot-mon-afternoon = понеділок після обіду
slot-mon-evening = понеділок увечері
slot-tue-morning = вівторок до обіду
slot-tue-afternoon = вівторок після обіду
slot-tue-evening = вівторок увечері
slot-wed-morning = середа до обіду
slot-wed-afternoon = середа після обіду
slot-wed-evening = середа увечері
slot-thu-morning = четвер до обіду
slot-thu-afternoon = четвер після обіду
slot-thu-evening = четвер увечері
slot-fri-morning = п’ятниця до обіду
slot-fri-afternoon = п’ятниця після обіду
slot-fri-evening = п’ятниця увечері
slot-sat-morning = субота до обіду
slot-sat-afternoon = субота після обіду
slot-sat-evening = субота увечері
slot-sun-morning = неділя до обіду
slot-sun-afternoon = неділя після обіду
slot-sun-evening = неділя увечері

## Hours per week (HOURS_CHOICES); the answer is stored as the upper bound.

hours-1 = До 1 години
hours-2 = До 2 годин
hours-4 = До 4 годин
hours-8 = До 8 годин

## Languages a resident speaks (LANGUAGE_CODES).

language-de = Німецька
language-en = Англійська
language-ar = Арабська
language-uk = Українська
language-ru = Російська
language-tr = Турецька
language-fa = Перська (фарсі)
language-fr = Французька
language-es = Іспанська
language-pl = Польська
language-ro = Румунська
language-it = Італійська

## Preconditions of an offer (REQUIREMENT_KEYS), spelled out for someone who has never
## heard of them.

requirement-fuehrungszeugnis = Розширена довідка про несудимість («Erweitertes Führungszeugnis»; для волонтерів безкоштовна; організація дасть Вам лист-підтвердження для Bürgeramt – міської служби для громадян)
requirement-ifsg-belehrung = Інструктаж згідно з § 43 Закону про захист від інфекцій (Infektionsschutzgesetz; проводить відділ охорони здоров’я – Gesundheitsamt; потрібен для роботи з продуктами харчування)
requirement-fuehrerschein = Посвідчення водія на легковий автомобіль (категорія B)
requirement-schulung = Вступне навчання від організації перед першим виходом на волонтерство
requirement-erste-hilfe = Курс першої допомоги (одноденний, наприклад у Червоному Хресті)
