# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meine: withdrawing a signup together with the consent to pass the data on (flows/my-signups.yaml,
## Art. 7 Abs. 3 DSGVO). Shown before my-signups-withdraw-confirm, whose buttons are
## my-signups-withdraw-yes, consent-withdraw-button and my-signups-withdraw-no.

consent-withdraw-explain =
    يمكنك ببساطة سحب التسجيل.

    أو يمكنك سحبه وسحب موافقتك أيضًا على حصول المنظمة على بياناتك. عندها لن ترى المنظمة بعد الآن اسمك الأول ولا بيانات التواصل معك على تيليغرام ولا رسالتك. كما سنطلب منها حذف أي ملاحظات دوّنتها عنك.
consent-withdraw-button = سحب التسجيل وحذف بياناتي
consent-withdrawn-done = تم سحب تسجيلك. لم تعد المنظمة ترى بياناتك، وقد طلبنا منها حذف أي ملاحظات دوّنتها عنك.
