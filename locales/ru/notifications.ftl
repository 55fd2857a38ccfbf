# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = Новости о Вашей записи: «{ $title }» ({ $organisation }). Организация занимается Вашей записью и свяжется с Вами.
notify-signup-accepted =
    Хорошая новость о Вашей записи: «{ $title }» ({ $organisation }). Вы участвуете, Ваша запись подтверждена.

    О следующих шагах Вы договоритесь напрямую с организацией.
notify-signup-declined =
    О Вашей записи: «{ $title }» ({ $organisation }). К сожалению, в этот раз не получилось – организация не может принять Вашу запись. Всё равно большое спасибо за Вашу готовность помочь!

    Команда /offers покажет другие предложения.
