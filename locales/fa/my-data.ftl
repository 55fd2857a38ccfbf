# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meinedaten (flows/my-data.yaml, src/conversation/actions/my-data-actions.ts): everything
## stored about the resident (Art. 15 and 20 DSGVO), as a readable summary and as a JSON file.
## Dates arrive formatted; names, titles and texts as stored.

my-data-nothing-stored = هیچ اطلاعاتی از شما ذخیره نشده است.
my-data-heading = این همهٔ چیزهایی است که Ehrenamtslotse دربارهٔ شما ذخیره کرده است (تاریخ: { $date }). فایلی که پس از این پیام می‌آید همهٔ آن را به‌طور کامل در بر دارد، برای نگه داشتن یا بردن به جای دیگر.
my-data-value-none = ذخیره نشده
my-data-file-caption = همهٔ داده‌های شما به‌طور کامل در یک فایل (JSON، قابل خواندن با رایانه).
my-data-footer = چیزی درست نیست؟ با /profile پاسخ‌هایتان را تغییر می‌دهید. با /delete همهٔ داده‌هایتان را پاک می‌کنید.

## Profile.
my-data-profile-heading = نمایهٔ شما
my-data-profile-first-name = نام کوچک: { $value }
my-data-profile-username = نام کاربری تلگرام: { $value }
my-data-profile-locale = زبان گفت‌وگو: { $value }
my-data-profile-interests = علاقه‌ها: { $value }
my-data-profile-times = زمان‌ها: { $value }
my-data-profile-hours = ساعت در هفته: { $value }
my-data-profile-district = محله: { $value }
my-data-profile-languages = زبان‌ها: { $value }
my-data-profile-created = ذخیره شده از: { $date }
my-data-profile-last-active = آخرین پیام: { $date }

## Consents.
my-data-consents-heading = رضایت‌های شما
my-data-consent-privacy = موافقت با متن حفاظت از داده‌ها (نسخهٔ { $version }) در تاریخ { $date }
my-data-consent-privacy-none = متن حفاظت از داده‌ها: هیچ موافقتی ذخیره نشده است
my-data-consent-contact = موافقت با فرستادن اطلاعاتتان به { $organisation } برای «{ $title }» در تاریخ { $date }

## Signups with their history. { $by } is one of the my-data-actor-* words.
my-data-signups-heading = ثبت‌نام‌های شما
my-data-signups-none = هیچ ثبت‌نامی ندارید.
my-data-signup =
    { $title } ({ $organisation })، ثبت‌نام در تاریخ { $date }
    وضعیت: { $status }
my-data-signup-message = پیام شما: { $message }
my-data-signup-certificate = گواهی عدم سوءپیشینه (Führungszeugnis) در تاریخ { $seen } دیده شد، تاریخ صدور: { $issued }
my-data-signup-event = { $date }: { $status } ({ $by })
my-data-signup-event-reason = دلیل: { $reason }
my-data-actor-coordinator = هماهنگ‌کننده
my-data-actor-resident = شما
my-data-actor-system = سیستم
my-data-status-new = ثبت‌نام شده
my-data-status-contacted = تماس گرفته شد
my-data-status-accepted = پذیرفته شد
my-data-status-declined = پذیرفته نشد
my-data-status-withdrawn = لغو شد
my-data-check-in-two-weeks = پرسش «آیا همه‌چیز جور شد؟» در تاریخ { $date }: { $answer }
my-data-check-in-three-months = پرسش «آیا هنوز هم ادامه می‌دهید؟» در تاریخ { $date }: { $answer }
my-data-check-in-unanswered = بی‌پاسخ

## Questions to the teams (/frage).
my-data-questions-heading = پرسش‌های شما از تیم‌ها
my-data-questions-none = هیچ پرسشی ندارید.
my-data-question-thread = { $team }: پیام‌های شما: { $sent }، پاسخ‌ها: { $received }، آخرین بار در تاریخ { $date }
my-data-network-team = تیم شبکهٔ کار داوطلبانه

## What organisations received. { $fields } is a list of the my-data-field-* words.
my-data-shared-heading = آنچه سازمان‌ها از شما دریافت کرده‌اند
my-data-shared-none = هیچ چیز.
my-data-shared-item = { $recipient }: { $fields } – { $when }
my-data-shared-sent = فرستاده شده در تاریخ { $date }
my-data-shared-pending = هنوز فرستاده نشده
my-data-shared-removed = در تاریخ { $date } از آنجا پاک شد، چون رضایت خود را پس گرفتید
my-data-field-first-name = نام کوچک
my-data-field-telegram-username = نام کاربری تلگرام
my-data-field-chat-language = زبان گفت‌وگو
my-data-field-languages = زبان‌ها
my-data-field-signup-message = پیام شما هنگام ثبت‌نام
my-data-field-question = پرسش شما
my-data-field-check-in-answer = پاسخ شما به یک پرسش پیگیری
