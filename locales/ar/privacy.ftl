# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /datenschutz (flows/privacy.yaml): the full privacy notice. $version is PRIVACY_VERSION;
## $controller, $email and $dpo come from the configuration (PRIVACY_CONTROLLER,
## PRIVACY_CONTACT_EMAIL, PRIVACY_DPO), or privacy-not-entered where a network left one unset;
## $inactiveMonths, $conversationMonths and $textMonths are the retention periods (RETENTION_*).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts; bump PRIVACY_VERSION
## (residents are then asked again) when the consent changes: what is stored, what for, who gets it.
## The months are selected by Arabic plural category (one, two, few 3–10, many 11–99).

privacy-text =
    حماية البيانات لدى «مرشد التطوع» (Ehrenamtslotse)
    الإصدار { $version } (آخر تحديث: نوفمبر 2026)

    الجهة المسؤولة: { $controller }
    للتواصل بخصوص أسئلة حماية البيانات: { $email }
    مسؤول حماية البيانات: { $dpo }

    ما الذي نحفظه: اسمك الأول، ومعرّف المستخدم (ID) الخاص بك على تيليغرام، واللغة التي اخترتها، وإجاباتك عن الأسئلة (الاهتمامات، الأوقات، عدد الساعات، الحي، اللغات)، وتسجيلاتك مع سجلّ تغيّراتها. أما اسم المستخدم الخاص بك على تيليغرام فلا نحفظه إلا ما دامت إحدى المنظمات تحتاج إليه للتواصل معك. وإذا طرحت سؤالًا على فريق إحدى المنظمات، نحفظ السؤال والإجابة. وبعد قبولك نسألك إن كان الأمر قد نجح، ونحفظ إجابتك عن ذلك أيضًا.

    لأي غرض: لكي نقترح عليك فرص تطوع مناسبة، ونرسل تسجيلك إلى المنظمة التي اخترتها. لا تحصل أي منظمة على اسمك الأول وبيانات التواصل معك على تيليغرام إلا إذا وافقت على ذلك موافقة منفصلة عند التسجيل. الأساس القانوني هو موافقتك (المادة 6، الفقرة 1، البند أ من اللائحة العامة لحماية البيانات DSGVO)، ويمكنك سحبها في أي وقت.

    مشاركة البيانات: لا نعطي بياناتك لأي جهة أخرى، بل فقط للمنظمة التي تسجّل لديها أو تطرح عليها سؤالًا. أما الرسائل نفسها فتمرّ عبر تيليغرام. ويتلقى المنسقون والمنسقات في المنظمات تسجيلك وأسئلتك وإجاباتك عن أسئلة المتابعة عبر خدمة Slack. وقد تعالج تيليغرام وSlack البيانات خارج الاتحاد الأوروبي أيضًا.

    مدة الحفظ: نحفظ ملفك الشخصي إلى أن تحذفه. وإذا لم تصلني منك أي رسالة لمدة { $inactiveMonths ->
        [one] شهر واحد
        [two] شهرين
        [few] { $inactiveMonths } أشهر
        [many] { $inactiveMonths } شهرًا
       *[other] { $inactiveMonths } شهر
    }، نحذفه تلقائيًا. أما أسئلتك إلى الفريق والإجابات عنها وإجاباتك عن أسئلة المتابعة، فنحذفها بعد { $conversationMonths ->
        [one] شهر واحد
        [two] شهرين
        [few] { $conversationMonths } أشهر
        [many] { $conversationMonths } شهرًا
       *[other] { $conversationMonths } شهر
    } من انتهاء التسجيل. وإذا لم يتم قبول تسجيل ما أو تم سحبه، نحذف أيضًا بعد { $textMonths ->
        [one] شهر واحد
        [two] شهرين
        [few] { $textMonths } أشهر
        [many] { $textMonths } شهرًا
       *[other] { $textMonths } شهر
    } رسالتك المرفقة به وسبب الرفض.

    حقوقك: يرسل إليك الأمر /mydata كل ما نحفظه عنك في ملف. ويمكنك تغيير إجاباتك بالأمر /profile. ومن خلال الأمر /signups يمكنك سحب أحد تسجيلاتك. وإذا اخترت هناك «سحب التسجيل وحذف بياناتي»، فإنك تسحب أيضًا موافقتك على إرسال بياناتك: عندها لن ترى المنظمة اسمك ورسالتك بعد الآن، وسيتم إبلاغها بذلك. والأمر /delete يحذف جميع بياناتك. كما يحق لك تقديم شكوى إلى إحدى هيئات الرقابة على حماية البيانات.

## Shown instead of a contact the network has not filled in yet (PRIVACY_* unset).
privacy-not-entered = (لم يُدخَل بعد – يُرجى التواصل مع فريق التنسيق في الشبكة)

## /loeschen (flows/erase.yaml).

erase-nothing-stored = لا توجد أي بيانات محفوظة عنك، لذلك لا يوجد ما يمكن حذفه.
erase-confirm =
    هل أحذف فعلًا جميع بياناتك؟

    سيتم حذف ملفك الشخصي وإجاباتك. وسيتم سحب التسجيلات المفتوحة، وستُبلَّغ المنظمات بذلك. لا يمكن التراجع عن هذه الخطوة.
erase-confirm-yes = نعم، احذف كل شيء
erase-confirm-no = لا، احتفظ بها
erase-kept = حسنًا، يبقى كل شيء كما هو.
erase-done =
    تم حذف بياناتك. لن تبقى تسجيلاتك لدى المنظمات إلا في الإحصاءات، دون اسم ودون رسالة.

    إذا رغبت في العودة، يكفي إرسال /start. مع أطيب التمنيات!
