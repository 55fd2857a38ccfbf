# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

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

interest-kinder = Дети и молодёжь
interest-senioren = Пожилые люди
interest-familien = Семьи
interest-integration = Беженцы и мигранты
interest-kultur-bildung = Культура и образование
interest-nachbarschaft = Соседи и жизнь района
interest-sport-bewegung = Спорт и физкультура
interest-umwelt = Природа и экология
interest-handwerk-technik = Ремесло и техника
interest-digitales = Телефон, компьютер, интернет
interest-essen-kochen = Еда и кулинария
interest-begleitung-fahrdienste = Сопровождение и поездки
interest-organisation-verwaltung = Организация и офис

## When a resident has time (RESIDENT_SLOTS): buttons. "flexible" clears the others.

slot-weekday-morning = По будням, утром
slot-weekday-afternoon = По будням, днём
slot-weekday-evening = По будням, вечером
slot-weekend-morning = По выходным, утром
slot-weekend-afternoon = По выходным, днём
slot-weekend-evening = По выходным, вечером
slot-flexible = В любое время

## When an offer takes place (OPPORTUNITY_SLOTS): details and the "passt zu" line.

slot-mon-morning = в понедельник утром
slot-mon-afternoon = в понедельник днём
slot-mon-evening = в понедельник вечером
slot-tue-morning = во вторник утром
slot-tue-afternoon = во вторник днём
slot-tue-evening = во вторник вечером
slot-wed-morning = в среду утром
slot-wed-afternoon = в среду днём
slot-wed-evening = в среду вечером
slot-thu-morning = в четверг утром
slot-thu-afternoon = в четверг днём
slot-thu-evening = в четверг вечером
slot-fri-morning = в пятницу утром
slot-fri-afternoon = в пятницу днём
slot-fri-evening = в пятницу вечером
slot-sat-morning = в субботу утром
slot-sat-afternoon = в субботу днём
slot-sat-evening = в субботу вечером
slot-sun-morning = в воскресенье утром
slot-sun-afternoon = в воскресенье днём
slot-sun-evening = в воскресенье вечером

## Hours per week (HOURS_CHOICES); the answer is stored as the upper bound.

hours-1 = До 1 часа
hours-2 = До 2 часов
hours-4 = До 4 часов
hours-8 = До 8 часов

## Languages a resident speaks (LANGUAGE_CODES).

language-de = Немецкий
language-en = Английский
language-ar = Арабский
language-uk = Украинский
language-ru = Русский
language-tr = Турецкий
language-fa = Персидский (фарси)
language-fr = Французский
language-es = Испанский
language-pl = Польский
language-ro = Румынский
language-it = Итальянский

## Preconditions of an offer (REQUIREMENT_KEYS), spelled out for someone who has never
## heard of them.

requirement-fuehrungszeugnis = Расширенная справка о несудимости (Erweitertes Führungszeugnis; для волонтёров бесплатно; организация даст Вам письмо-подтверждение для Bürgeramt – городской службы по делам граждан)
requirement-ifsg-belehrung = Инструктаж по § 43 Закона о защите от инфекций (Infektionsschutzgesetz; проводит Gesundheitsamt – ведомство здравоохранения; нужен для работы с продуктами питания)
requirement-fuehrerschein = Водительские права на легковой автомобиль (категория B)
requirement-schulung = Вводное обучение в организации перед началом работы
requirement-erste-hilfe = Курс первой помощи (однодневный, например в Красном Кресте)
