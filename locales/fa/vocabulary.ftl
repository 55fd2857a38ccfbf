# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

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

interest-kinder = کودکان و نوجوانان
interest-senioren = سالمندان
interest-familien = خانواده‌ها
interest-integration = پناهجویان و مهاجران
interest-kultur-bildung = فرهنگ و آموزش
interest-nachbarschaft = همسایه‌ها و محله
interest-sport-bewegung = ورزش و تحرک
interest-umwelt = محیط زیست و طبیعت
interest-handwerk-technik = کارهای دستی و فنی
interest-digitales = گوشی، رایانه، اینترنت
interest-essen-kochen = غذا و آشپزی
interest-begleitung-fahrdienste = همراهی و رانندگی
interest-organisation-verwaltung = سازماندهی و کار دفتری

## When a resident has time (RESIDENT_SLOTS): buttons. "flexible" clears the others.

slot-weekday-morning = دوشنبه تا جمعه، صبح‌ها
slot-weekday-afternoon = دوشنبه تا جمعه، بعدازظهرها
slot-weekday-evening = دوشنبه تا جمعه، عصرها
slot-weekend-morning = شنبه و یکشنبه، صبح‌ها
slot-weekend-afternoon = شنبه و یکشنبه، بعدازظهرها
slot-weekend-evening = شنبه و یکشنبه، عصرها
slot-flexible = زمانم کاملاً آزاد است

## When an offer takes place (OPPORTUNITY_SLOTS): details and the "passt zu" line.

slot-mon-morning = دوشنبه صبح
slot-mon-afternoon = دوشنبه بعدازظهر
slot-mon-evening = دوشنبه عصر
slot-tue-morning = سه‌شنبه صبح
slot-tue-afternoon = سه‌شنبه بعدازظهر
slot-tue-evening = سه‌شنبه عصر
slot-wed-morning = چهارشنبه صبح
slot-wed-afternoon = چهارشنبه بعدازظهر
slot-wed-evening = چهارشنبه عصر
slot-thu-morning = پنجشنبه صبح
slot-thu-afternoon = پنجشنبه بعدازظهر
slot-thu-evening = پنجشنبه عصر
slot-fri-morning = جمعه صبح
slot-fri-afternoon = جمعه بعدازظهر
slot-fri-evening = جمعه عصر
slot-sat-morning = شنبه صبح
slot-sat-afternoon = شنبه بعدازظهر
slot-sat-evening = شنبه عصر
slot-sun-morning = یکشنبه صبح
slot-sun-afternoon = یکشنبه بعدازظهر
slot-sun-evening = یکشنبه عصر

## Hours per week (HOURS_CHOICES); the answer is stored as the upper bound.

hours-1 = حداکثر ۱ ساعت
hours-2 = حداکثر ۲ ساعت
hours-4 = حداکثر ۴ ساعت
hours-8 = حداکثر ۸ ساعت

## Languages a resident speaks (LANGUAGE_CODES).

language-de = آلمانی
language-en = انگلیسی
language-ar = عربی
language-uk = اوکراینی
language-ru = روسی
language-tr = ترکی
language-fa = فارسی
language-fr = فرانسوی
language-es = اسپانیایی
language-pl = لهستانی
language-ro = رومانیایی
language-it = ایتالیایی

## Preconditions of an offer (REQUIREMENT_KEYS), spelled out for someone who has never
## heard of them.

requirement-fuehrungszeugnis = گواهی عدم سوءپیشینهٔ تکمیلی (Erweitertes Führungszeugnis)؛ برای داوطلبان رایگان است و سازمان برای ادارهٔ امور شهروندی (Bürgeramt) یک نامهٔ تأیید به شما می‌دهد
requirement-ifsg-belehrung = آموزش بهداشتی طبق مادهٔ ۴۳ قانون حفاظت در برابر بیماری‌های عفونی (Belehrung nach § 43 Infektionsschutzgesetz)؛ در ادارهٔ بهداشت (Gesundheitsamt)، برای کار با مواد غذایی
requirement-fuehrerschein = گواهینامهٔ رانندگی خودرو (کلاس B)
requirement-schulung = یک دورهٔ آموزشی مقدماتی از طرف سازمان، پیش از شروع کار
requirement-erste-hilfe = یک دورهٔ کمک‌های اولیه (یک‌روزه، مثلاً نزد صلیب سرخ)
