# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Buttons used by many questions (the defaults of flows/*.yaml: confirm yes/no,
## the "done" button of a multiple choice, the "skip" button of an optional text).

common-yes = بله
common-no = خیر
common-done = تمام
common-skip = رد شدن

## When an answer does not fit the question (src/domain/flows/engine.ts).
## The engine asks the current question again right after these messages.

common-stale-button = این دکمه مربوط به یک پرسش قبلی است. پرسش فعلی دوباره اینجاست:
common-stale-button-idle = این دکمه دیگر فعال نیست. با /help می‌بینید چه کارهایی می‌توانم برایتان انجام دهم.
common-unknown-command = این فرمان را نمی‌شناسم. پرسش فعلی دوباره اینجاست:
common-please-type = لطفاً پاسخ خود را به‌صورت یک پیام بنویسید.
common-too-long = متأسفانه این پیام خیلی طولانی است: حداکثر { $limit } حرف مجاز است، اما پیام شما { $length } حرف دارد. لطفاً کمی کوتاه‌تر بنویسید.
common-use-buttons = لطفاً یکی از پاسخ‌های زیر پرسش را انتخاب کنید.
common-unknown-choice = این گزینه را نمی‌شناسم. لطفاً روی یکی از دکمه‌های زیر پرسش بزنید.
common-choose-more =
    { $min ->
        [one] لطفاً دست‌کم یک پاسخ انتخاب کنید
       *[other] لطفاً دست‌کم { $min } پاسخ انتخاب کنید
    } و سپس روی «{ common-done }» بزنید.

## Something went wrong in the bot itself (src/channels/telegram/create-bot.ts).

common-error = ببخشید، مشکلی پیش آمد. لطفاً چند لحظهٔ دیگر دوباره امتحان کنید.

## Too many messages in a short time (src/channels/telegram/flood-guard.ts); sent once, then
## further messages are ignored for a few seconds.

common-slow-down = پیام‌ها خیلی سریع پشت سر هم رسیدند. لطفاً کمی صبر کنید و بعد ادامه دهید – آخرین پیام‌های شما را پردازش نکرده‌ام.
