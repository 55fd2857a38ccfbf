# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

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

interest-kinder = الأطفال والشباب
interest-senioren = كبار السن
interest-familien = العائلات
interest-integration = اللاجئون والمهاجرون
interest-kultur-bildung = الثقافة والتعليم
interest-nachbarschaft = الحي والجيران
interest-sport-bewegung = الرياضة والحركة
interest-umwelt = البيئة والطبيعة
interest-handwerk-technik = الأعمال اليدوية والتقنية
interest-digitales = الهاتف والكمبيوتر والإنترنت
interest-essen-kochen = الطعام والطبخ
interest-begleitung-fahrdienste = المرافقة والتوصيل بالسيارة
interest-organisation-verwaltung = التنظيم والأعمال المكتبية

## When a resident has time (RESIDENT_SLOTS): buttons. "flexible" clears the others.

slot-weekday-morning = الاثنين–الجمعة، صباحًا
slot-weekday-afternoon = الاثنين–الجمعة، بعد الظهر
slot-weekday-evening = الاثنين–الجمعة، مساءً
slot-weekend-morning = السبت والأحد، صباحًا
slot-weekend-afternoon = السبت والأحد، بعد الظهر
slot-weekend-evening = السبت والأحد، مساءً
slot-flexible = وقتي مرن تمامًا

## When an offer takes place (OPPORTUNITY_SLOTS): details and the "passt zu" line.

slot-mon-morning = صباح الاثنين
slot-mon-afternoon = بعد ظهر الاثنين
slot-mon-evening = مساء الاثنين
slot-tue-morning = صباح الثلاثاء
slot-tue-afternoon = بعد ظهر الثلاثاء
slot-tue-evening = مساء الثلاثاء
slot-wed-morning = صباح الأربعاء
slot-wed-afternoon = بعد ظهر الأربعاء
slot-wed-evening = مساء الأربعاء
slot-thu-morning = صباح الخميس
slot-thu-afternoon = بعد ظهر الخميس
slot-thu-evening = مساء الخميس
slot-fri-morning = صباح الجمعة
slot-fri-afternoon = بعد ظهر الجمعة
slot-fri-evening = مساء الجمعة
slot-sat-morning = صباح السبت
slot-sat-afternoon = بعد ظهر السبت
slot-sat-evening = مساء السبت
slot-sun-morning = صباح الأحد
slot-sun-afternoon = بعد ظهر الأحد
slot-sun-evening = مساء الأحد

## Hours per week (HOURS_CHOICES); the answer is stored as the upper bound.

hours-1 = حتى ساعة واحدة
hours-2 = حتى ساعتين
hours-4 = حتى 4 ساعات
hours-8 = حتى 8 ساعات

## Languages a resident speaks (LANGUAGE_CODES).

language-de = الألمانية
language-en = الإنجليزية
language-ar = العربية
language-uk = الأوكرانية
language-ru = الروسية
language-tr = التركية
language-fa = الفارسية
language-fr = الفرنسية
language-es = الإسبانية
language-pl = البولندية
language-ro = الرومانية
language-it = الإيطالية

## Preconditions of an offer (REQUIREMENT_KEYS), spelled out for someone who has never
## heard of them.

requirement-fuehrungszeugnis = شهادة حسن السيرة والسلوك الموسّعة (Erweitertes Führungszeugnis؛ مجانية للمتطوعين، وتعطيك المنظمة خطابًا لتقديمه إلى مكتب خدمات المواطنين Bürgeramt)
requirement-ifsg-belehrung = جلسة توعية صحية وفق المادة 43 من قانون الحماية من العدوى (Infektionsschutzgesetz)، لدى مكتب الصحة (Gesundheitsamt)؛ مطلوبة للعمل مع المواد الغذائية
requirement-fuehrerschein = رخصة قيادة سيارة (الفئة B)
requirement-schulung = دورة تعريفية لدى المنظمة قبل أول مهمة
requirement-erste-hilfe = دورة إسعافات أولية (يوم واحد، مثلًا لدى الصليب الأحمر)
