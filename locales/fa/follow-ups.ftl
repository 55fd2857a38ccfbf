# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Buttons under the bot's own messages: the release notice (flows/signup-waiting.yaml), the
## check-ins (flows/check-in.yaml), and "Frage an das Team" (flows/question.yaml, /question).

## After the release notice: keep waiting or withdraw.
signup-waiting-kept = بسیار خب، ثبت‌نام شما باقی می‌ماند. به سازمان گفته‌ایم که منتظر پاسخ آن هستید.
signup-waiting-withdrawn = ثبت‌نام شما لغو شد. با /offers فرصت‌های دیگری پیدا می‌کنید.
signup-waiting-answered = وضعیت این ثبت‌نام در این فاصله تغییر کرده است. با /signups می‌بینید ثبت‌نام‌هایتان در چه وضعیتی هستند.

## Check-in answers (button labels; short).
check-in-answer-started = بله، شروع کرده‌ام
check-in-answer-not-yet = هنوز نه
check-in-answer-failed = نه، جور نشد
check-in-answer-still-in = بله، هنوز همکاری می‌کنم
check-in-answer-stopped = نه، دیگر همکاری نمی‌کنم
check-in-thanks = از پاسخ شما سپاسگزاریم! آن را به سازمان رسانده‌ایم.
check-in-sorry = حیف شد؛ ممنون که به ما خبر دادید. آن را به سازمان رسانده‌ایم. شاید چیز دیگری مناسب شما باشد:
check-in-already = ممنون، پاسخ شما را قبلاً دریافت کرده‌ایم.
check-in-unknown = این پرسش دیگر معتبر نیست. با /signups ثبت‌نام‌هایتان را می‌بینید.

## "Frage an das Team" (/question).
question-choose = پرسش شما برای کدام تیم است؟
question-topic-signup = { $title } ({ $organisation })
question-topic-network = پرسش عمومی
question-write = پرسش خود را در یک پیام بنویسید. تیم آن را در گفت‌وگوی کاری خود می‌خواند و همین‌جا به شما پاسخ می‌دهد.
question-sent = ممنون، پرسش شما رسید. پاسخ را همین‌جا در گفت‌وگو دریافت می‌کنید.
question-failed = متأسفانه انجام نشد. لطفاً دوباره با /question امتحان کنید.
