# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Descriptions in Telegram's command menu (src/channels/telegram/set-bot-commands.ts),
## one per command in the flows' commands: lists. The German menu lists the German
## commands, the English menu the English aliases; both work in either language. Short: the menu shows about one line.

command-start = شروع دوباره

## English aliases.

command-offers = دیدن فرصت‌های مناسب
command-profile = تغییر پاسخ‌های من
command-signups = ثبت‌نام‌های من
command-question = پرسش از تیم
command-language = تغییر زبان
command-help = راهنما و همهٔ فرمان‌ها
command-privacy = حفاظت از داده‌ها: چه اتفاقی برای داده‌هایم می‌افتد
command-delete = پاک کردن داده‌های من
command-mydata = دیدن داده‌های ذخیره‌شدهٔ من
