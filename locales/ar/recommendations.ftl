# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## The list of offers (src/conversation/actions/recommendation-actions.ts).
## recommendations-item: { $rank } place in the list, { $why } the "passt zu" line.

recommendations-heading = فرص التطوع هذه تناسبك جيدًا:
recommendations-heading-more = فرص تطوع أخرى لك:
recommendations-item =
    { $rank }. { $title }
    { $summary }
    ({ $organisation })
    تناسبك من حيث: { $why }
recommendations-no-more = هذه كانت كل الفرص المناسبة. إليك الفرص الأولى مرة أخرى.

## Questions under the list (flows/recommendations.yaml).

recommendations-pick = لمعرفة المزيد عن إحدى الفرص، يكفي الضغط عليها.
recommendations-more = فرص أخرى
recommendations-change-answers = تغيير إجاباتي
recommendations-none =
    للأسف لا توجد لديّ حاليًا أي فرصة تطوع تناسب إجاباتك.

    ربما ينجح الأمر إذا غيّرت إجاباتك، مثلًا باختيار اهتمامات أكثر أو «أي مكان في المدينة».
recommendations-help = مساعدة

## Parts of the "passt zu" line and of the details (src/conversation/present.ts).

reason-flexible-time = وقت مرن
reason-language-needed = لغتك { $language } مطلوبة هنا
reason-little-german = يكفي القليل من الألمانية
## Shown under an offer whose texts exist only in German.
offer-german-only = هذه الفرصة موصوفة باللغة الألمانية فقط.
reason-citywide = في كل أنحاء المدينة
reason-remote = من المنزل
reason-few-hours =
    { $hours ->
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $hours } ساعات
       *[other] { $hours } ساعة
    } في الأسبوع

## One offer in detail (src/conversation/present.ts). { $frequency } is regular or once.

details-organisation = المنظمة: { $name }
details-where = المكان: { $where }
details-when = الموعد: { $when }
details-hours =
    الوقت المطلوب: { $frequency ->
        [once] مرة واحدة، حوالي { $hours ->
            [one] ساعة واحدة
            [two] ساعتين
            [few] { $hours } ساعات
           *[other] { $hours } ساعة
        }
       *[regular] حوالي { $hours ->
            [one] ساعة واحدة
            [two] ساعتين
            [few] { $hours } ساعات
           *[other] { $hours } ساعة
        } في الأسبوع
    }
details-commitment =
    المدة: { $months ->
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } على الأقل
details-min-age =
    الحد الأدنى للعمر: { $age ->
        [few] { $age } سنوات
       *[other] { $age } سنة
    }
details-languages-required = اللغات المطلوبة: { $languages }
details-languages-helpful = لغات مفيدة: { $languages }
details-requirements =
    المطلوب لذلك:
    { $requirements }
