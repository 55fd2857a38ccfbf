# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meinedaten (flows/my-data.yaml, src/conversation/actions/my-data-actions.ts): everything
## stored about the resident (Art. 15 and 20 DSGVO), as a readable summary and as a JSON file.
## Dates arrive formatted; names, titles and texts as stored.

my-data-nothing-stored = لا توجد أي بيانات محفوظة عنك.
my-data-heading = هذا كل ما يحفظه «مرشد التطوع» عنك (بتاريخ { $date }). والملف الذي يلي هذه الرسالة يحتوي على كل ذلك كاملًا، لتحتفظ به أو تأخذه معك.
my-data-value-none = غير محفوظ
my-data-file-caption = جميع بياناتك كاملةً في ملف (JSON، قابل للقراءة آليًا).
my-data-footer = هل هناك خطأ ما؟ يمكنك تغيير إجاباتك بالأمر /profile. والأمر /delete يحذف جميع بياناتك.

## Profile.
my-data-profile-heading = ملفك الشخصي
my-data-profile-first-name = الاسم الأول: { $value }
my-data-profile-username = اسم المستخدم على تيليغرام: { $value }
my-data-profile-locale = لغة المحادثة: { $value }
my-data-profile-interests = الاهتمامات: { $value }
my-data-profile-times = الأوقات: { $value }
my-data-profile-hours = الساعات في الأسبوع: { $value }
my-data-profile-district = الحي: { $value }
my-data-profile-languages = اللغات: { $value }
my-data-profile-created = محفوظ منذ: { $date }
my-data-profile-last-active = آخر رسالة منك: { $date }

## Consents.
my-data-consents-heading = موافقاتك
my-data-consent-privacy = بيان حماية البيانات (الإصدار { $version }): وافقت عليه بتاريخ { $date }
my-data-consent-privacy-none = بيان حماية البيانات: لا توجد موافقة محفوظة
my-data-consent-contact = إرسال بياناتك إلى { $organisation } من أجل «{ $title }»: وافقت عليه بتاريخ { $date }

## Signups with their history. { $by } is one of the my-data-actor-* words.
my-data-signups-heading = تسجيلاتك
my-data-signups-none = لا توجد تسجيلات.
my-data-signup =
    { $title } ({ $organisation })، تاريخ التسجيل: { $date }
    الحالة: { $status }
my-data-signup-message = رسالتك: { $message }
my-data-signup-certificate = تم الاطلاع على شهادة حسن السيرة والسلوك (Führungszeugnis) بتاريخ { $seen }، وتاريخ إصدارها { $issued }
my-data-signup-event = { $date }: { $status } ({ $by })
my-data-signup-event-reason = السبب: { $reason }
my-data-actor-coordinator = فريق التنسيق
my-data-actor-resident = أنت
my-data-actor-system = النظام
my-data-status-new = تم التسجيل
my-data-status-contacted = تم التواصل
my-data-status-accepted = تم القبول
my-data-status-declined = لم يتم القبول
my-data-status-withdrawn = تم السحب
my-data-check-in-two-weeks = سؤال «هل نجح الأمر؟» بتاريخ { $date }: { $answer }
my-data-check-in-three-months = سؤال «هل ما زلت تشارك؟» بتاريخ { $date }: { $answer }
my-data-check-in-unanswered = لم تتم الإجابة

## Questions to the teams (/frage).
my-data-questions-heading = أسئلتك إلى الفرق
my-data-questions-none = لا توجد.
my-data-question-thread = { $team }: رسائل منك: { $sent }، ردود: { $received }، آخرها بتاريخ { $date }
my-data-network-team = فريق شبكة التطوع

## What organisations received. { $fields } is a list of the my-data-field-* words.
my-data-shared-heading = ما حصلت عليه المنظمات من بياناتك
my-data-shared-none = لا شيء.
my-data-shared-item = { $recipient }: { $fields } – { $when }
my-data-shared-sent = تم الإرسال بتاريخ { $date }
my-data-shared-pending = لم يتم الإرسال بعد
my-data-shared-removed = حُذفت من هناك بتاريخ { $date }، لأنك سحبت موافقتك
my-data-field-first-name = الاسم الأول
my-data-field-telegram-username = اسم المستخدم على تيليغرام
my-data-field-chat-language = لغة المحادثة
my-data-field-languages = اللغات
my-data-field-signup-message = رسالتك مع التسجيل
my-data-field-question = سؤالك
my-data-field-check-in-answer = إجابتك عن سؤال متابعة
