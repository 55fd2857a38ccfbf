# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /hilfe (flows/help.yaml); also the answer to unknown commands and to messages
## outside a question.

help-text =
    من Ehrenamtslotse هستم، راهنمای شما برای کار داوطلبانه. کمک می‌کنم یک کار داوطلبانهٔ مناسب خودتان پیدا کنید.

    روی یک فرمان بزنید:
    /offers – فرصت‌هایی که مناسب شما هستند
    /profile – تغییر پاسخ‌هایتان
    /signups – دیدن یا لغو ثبت‌نام‌هایتان
    /question – پرسش از تیم
    /language – تغییر زبان
    /privacy – چه اتفاقی برای داده‌هایتان می‌افتد
    /mydata – دیدن همهٔ داده‌هایی که از شما ذخیره شده است
    /delete – پاک کردن همهٔ داده‌هایتان
    /start – شروع دوباره
    /help – همین فهرست
