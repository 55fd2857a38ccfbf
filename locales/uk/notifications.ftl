# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = Новини щодо Вашої заявки на «{ $title }» ({ $organisation }): організація займається нею і зв’яжеться з Вами.
notify-signup-accepted =
    Гарна новина щодо Вашої заявки на «{ $title }» ({ $organisation }): Ви з нами, Вашу заявку підтверджено.

    Про подальші кроки Ви домовитеся безпосередньо з організацією.
notify-signup-declined =
    Щодо Вашої заявки на «{ $title }» ({ $organisation }): на жаль, цього разу не вийшло – організація не може прийняти Вашу заявку. Проте щиро дякуємо за Вашу готовність допомогти!

    Команда /offers покаже інші пропозиції.
