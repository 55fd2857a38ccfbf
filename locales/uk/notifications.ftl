# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = Новини щодо Вашої заявки на «{ $title }» ({ $organisation }): організація займається нею і зв’яжеться з Вами.
notify-signup-accepted =
    Гарна новина щодо Вашої заявки на «{ $title }» ({ $organisation }): Ви з нами, Вашу заявку підтверджено.

    Що далі: організація зв’яжеться з Вами й домовиться про першу зустріч. Ви також можете самі зв’язатися з нею.
notify-signup-declined = Щодо Вашої заявки на «{ $title }» ({ $organisation }): на жаль, цього разу не вийшло – організація не може прийняти Вашу заявку. Проте щиро дякуємо за Вашу готовність допомогти!

## Below "accepted": the organisation's contact as it published it, one line each (only those it gave).
notify-contact-heading = Як зв’язатися з організацією { $organisation }:
notify-contact-person = Контактна особа: { $value }
notify-contact-phone = Телефон: { $value }
notify-contact-email = Електронна пошта: { $value }
notify-contact-address = Адреса: { $value }
notify-contact-website = Вебсайт: { $value }

## Below "declined": the reason as the coordinator wrote it (usually German), then other offers as buttons.
notify-decline-reason = Організація пише з цього приводу: «{ $reason }»
notify-alternatives = Можливо, Вам підійде одна з цих пропозицій:
notify-alternatives-none = Команда /offers покаже інші пропозиції.

## Nobody answered a signup for about two weeks (SIGNUP_RELEASE_WORKING_DAYS). Buttons: keep, withdraw, other offers.
notify-signup-released =
    Щодо Вашої заявки на «{ $title }» ({ $organisation }): на жаль, організація ще не відповіла. Нам дуже шкода – ми їй уже нагадали.

    Ви можете чекати далі або відкликати заявку.

## Check-ins after "accepted". Buttons: the answers (check-in-answer-… in follow-ups.ftl).
notify-check-in-two-weeks = Деякий час тому організація { $organisation } підтвердила Вашу заявку на «{ $title }». Чи все вдалося?
notify-check-in-three-months = Ви вже деякий час берете участь у «{ $title }» ({ $organisation }). Ви й далі берете участь?

## An answer of the team to the resident's question; { $message } is the coordinator's text as written.
notify-team-answer =
    Відповідь від організації { $organisation }:

    { $message }
notify-team-answer-network =
    Відповідь від команди волонтерської мережі:

    { $message }

## Buttons under these messages (short: a phone shows about 30 characters).
notify-button-ask = Запитання команді
notify-button-reply = Відповісти
notify-button-keep = Чекати далі
notify-button-withdraw = Відкликати заявку

## A coordinator's message to everyone accepted for an offer (/lotse nachricht in Slack).
## { $message } is the coordinator's text as written (usually German), { $title } the offer,
## { $organisation } offering it.

notify-broadcast =
    Повідомлення від організації { $organisation } для всіх, хто бере участь у «{ $title }»:

    { $message }
