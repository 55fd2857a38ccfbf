# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = خبر تازه دربارهٔ ثبت‌نام شما برای «{ $title }» ({ $organisation }): سازمان پیگیر کار شماست و با شما تماس می‌گیرد.
notify-signup-accepted =
    خبری خوب دربارهٔ ثبت‌نام شما برای «{ $title }» ({ $organisation }): شما پذیرفته شدید و ثبت‌نامتان تأیید شده است.

    قدم بعدی: سازمان با شما تماس می‌گیرد و برای اولین دیدار قرار می‌گذارد. شما هم می‌توانید خودتان با سازمان تماس بگیرید.
notify-signup-declined = دربارهٔ ثبت‌نام شما برای «{ $title }» ({ $organisation }): متأسفانه این بار جور نشد و سازمان نمی‌تواند ثبت‌نام شما را بپذیرد. با این حال از آمادگی شما برای کمک بسیار سپاسگزاریم!

## Below "accepted": the organisation's contact as it published it, one line each (only those it gave).
notify-contact-heading = راه‌های تماس با { $organisation }:
notify-contact-person = مسئول تماس: { $value }
notify-contact-phone = تلفن: { $value }
notify-contact-email = ایمیل: { $value }
notify-contact-address = نشانی: { $value }
notify-contact-website = وب‌سایت: { $value }

## Below "declined": the reason as the coordinator wrote it (usually German), then other offers as buttons.
notify-decline-reason = سازمان در این باره نوشته است: «{ $reason }»
notify-alternatives = شاید یکی از این فرصت‌ها مناسب شما باشد:
notify-alternatives-none = با /offers فرصت‌های دیگری پیدا می‌کنید.

## Nobody answered a signup for about two weeks (SIGNUP_RELEASE_WORKING_DAYS). Buttons: keep, withdraw, other offers.
notify-signup-released =
    دربارهٔ ثبت‌نام شما برای «{ $title }» ({ $organisation }): متأسفانه سازمان هنوز با شما تماس نگرفته است. پوزش می‌خواهیم – ما به سازمان یادآوری کرده‌ایم.

    می‌توانید همچنان منتظر بمانید یا ثبت‌نام را لغو کنید.

## Check-ins after "accepted". Buttons: the answers (check-in-answer-… in follow-ups.ftl).
notify-check-in-two-weeks = چندی پیش { $organisation } ثبت‌نام شما را برای «{ $title }» تأیید کرد. آیا همه‌چیز جور شد؟
notify-check-in-three-months = مدتی است که در «{ $title }» ({ $organisation }) همکاری می‌کنید. آیا هنوز هم ادامه می‌دهید؟

## An answer of the team to the resident's question; { $message } is the coordinator's text as written.
notify-team-answer =
    پاسخ از طرف { $organisation }:

    { $message }
notify-team-answer-network =
    پاسخ از طرف تیم شبکهٔ کار داوطلبانه:

    { $message }

## Buttons under these messages (short: a phone shows about 30 characters).
notify-button-ask = پرسش از تیم
notify-button-reply = پاسخ دادن
notify-button-keep = همچنان منتظر می‌مانم
notify-button-withdraw = لغو ثبت‌نام

## A coordinator's message to everyone accepted for an offer (/lotse nachricht in Slack).
## { $message } is the coordinator's text as written (usually German), { $title } the offer,
## { $organisation } offering it.

notify-broadcast =
    پیامی از { $organisation } برای همهٔ کسانی که در «{ $title }» همکاری می‌کنند:

    { $message }
