# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /signups: withdrawing a signup together with the consent to pass the data on (flows/my-signups.yaml,
## Art. 7(3) GDPR). Shown before my-signups-withdraw-confirm, whose buttons are
## my-signups-withdraw-yes, consent-withdraw-button and my-signups-withdraw-no.

consent-withdraw-explain =
    Ви можете просто відкликати заявку.

    Або Ви відкличете її і водночас відкличете свою згоду на те, щоб організація отримувала Ваші дані. Тоді організація більше не бачитиме Вашого імені, Вашого контакту в Telegram і Вашого повідомлення. Крім того, ми попросимо її видалити власні нотатки про Вас.
consent-withdraw-button = Відкликати й видалити дані
consent-withdrawn-done = Вашу заявку відкликано. Організація більше не бачить Ваших даних, і ми попросили її видалити власні нотатки про Вас.
