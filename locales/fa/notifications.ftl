# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = خبر تازه دربارهٔ ثبت‌نام شما برای «{ $title }» ({ $organisation }): سازمان پیگیر کار شماست و با شما تماس می‌گیرد.
notify-signup-accepted =
    خبری خوب دربارهٔ ثبت‌نام شما برای «{ $title }» ({ $organisation }): شما پذیرفته شدید و ثبت‌نامتان تأیید شده است.

    قدم‌های بعدی را مستقیماً با خود سازمان هماهنگ می‌کنید.
notify-signup-declined =
    دربارهٔ ثبت‌نام شما برای «{ $title }» ({ $organisation }): متأسفانه این بار جور نشد و سازمان نمی‌تواند ثبت‌نام شما را بپذیرد. با این حال از آمادگی شما برای کمک بسیار سپاسگزاریم!

    با /offers فرصت‌های دیگری پیدا می‌کنید.
