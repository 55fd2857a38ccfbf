# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meine: withdrawing a signup together with the consent to pass the data on (flows/my-signups.yaml,
## Art. 7 Abs. 3 DSGVO). Shown before my-signups-withdraw-confirm, whose buttons are
## my-signups-withdraw-yes, consent-withdraw-button and my-signups-withdraw-no.

consent-withdraw-explain =
    Вы можете просто отозвать запись.

    Или Вы отзываете запись и одновременно отзываете своё согласие на то, чтобы организация получила Ваши данные. Тогда организация больше не видит Ваше имя, Ваш контакт в Telegram и Ваше сообщение. Кроме того, мы просим её удалить свои заметки о Вас.
consent-withdraw-button = Отозвать, удалить данные
consent-withdrawn-done = Ваша запись отозвана. Организация больше не видит Ваши данные, и мы попросили её удалить свои заметки о Вас.
