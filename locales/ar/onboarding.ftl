# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /start: welcome and language (flows/onboarding.yaml). The resident may not read German
## yet, so the language question is also asked in English.

onboarding-language =
    أهلًا بك في «مرشد التطوع» (Ehrenamtslotse)! أساعدك في العثور على عمل تطوعي قريب منك يناسبك.

    ما اللغة المفضّلة لديك للمحادثة؟
    Which language would you like to use?
## First contact when Telegram tells us the resident's language: one tap to confirm it.
## Written in that language; "other" leads to the full list.

onboarding-language-suggest =
    أهلًا بك في «مرشد التطوع» (Ehrenamtslotse)! أساعدك في العثور على عمل تطوعي قريب منك يناسبك.

    هل نتحدث باللغة العربية؟
onboarding-language-suggest-yes = نعم، بالعربية
onboarding-language-other = 🌐 لغة أخرى
onboarding-welcome-back = يسعدني أن أراك من جديد! سأبحث الآن عن فرص التطوع التي تناسبك.

## Privacy notice and consent. Short; the full text is /datenschutz (privacy.ftl).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts.

onboarding-privacy =
    قبل أن نبدأ، كلمة قصيرة عن حماية البيانات (آخر تحديث: نوفمبر 2026):

    تحفظ شبكة «Netzwerk für Generationen Saalberg» اسمك الأول ومعرّفك على تيليغرام وإجاباتك عن الأسئلة التالية. أستخدم ذلك لأقترح عليك فرص تطوع مناسبة. ولا تعرف أي منظمة شيئًا عنك إلا إذا سجّلت لديها ووافقت على ذلك موافقة منفصلة.

    يمكنك حذف كل شيء في أي وقت بالأمر /delete. والنص الكامل متاح عبر الأمر /privacy.

    هل يحظى ذلك بموافقتك؟
onboarding-privacy-agree = نعم، أوافق
onboarding-privacy-decline = لا، أفضّل ألّا أوافق
onboarding-no-consent =
    لا بأس. لم أحفظ أي شيء عنك.

    إذا غيّرت رأيك، يكفي إرسال /start في أي وقت.

## The profile questions. Also asked by /profil (flows/profile.yaml), where the saved
## answers are already ticked, so the wording fits both.

onboarding-interests =
    ما الذي يسعدك القيام به؟ يُرجى اختيار كل ما يثير اهتمامك.

    يمكن اختيار أكثر من إجابة. بعد ذلك يُرجى الضغط على «{ common-done }».
onboarding-time-slots =
    متى يكون لديك وقت في الغالب؟

    يمكن اختيار أكثر من إجابة. بعد ذلك يُرجى الضغط على «{ common-done }».
onboarding-hours = كم ساعة في الأسبوع تناسبك للتطوع؟ يكفي رقم تقريبي.
onboarding-district = أي حي من أحياء المدينة يناسبك للتطوع؟ ويُفضَّل أن يكون حيّ سكنك.
onboarding-district-any = لا فرق، أي مكان في المدينة
onboarding-district-remote = من المنزل فقط
onboarding-languages =
    ما اللغات التي يمكنك التحدث بها؟ يُرجى اختيار الألمانية أيضًا إذا كان بإمكانك التحدث بها. فبعض فرص التطوع تحتاج مثلًا إلى العربية أو الأوكرانية.

    يمكن اختيار أكثر من إجابة. بعد ذلك يُرجى الضغط على «{ common-done }».

## After the last question; the offers follow, or recommendations-none when nothing
## fits, so this promises no list.

onboarding-profile-saved = شكرًا جزيلًا! تم حفظ إجاباتك. سأبحث الآن عن فرص تطوع تناسبك.
