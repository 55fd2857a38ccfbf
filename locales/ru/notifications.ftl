# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = Новости о Вашей записи: «{ $title }» ({ $organisation }). Организация занимается Вашей записью и свяжется с Вами.
notify-signup-accepted =
    Хорошая новость о Вашей записи: «{ $title }» ({ $organisation }). Вы участвуете, Ваша запись подтверждена.

    Что дальше: организация свяжется с Вами и договорится о первой встрече. Вы также можете связаться с ней сами.
notify-signup-declined = О Вашей записи: «{ $title }» ({ $organisation }). К сожалению, в этот раз не получилось – организация не может принять Вашу запись. Всё равно большое спасибо за Вашу готовность помочь!

## Below "accepted": the organisation's contact as it published it, one line each (only those it gave).
notify-contact-heading = Как связаться с организацией { $organisation }:
notify-contact-person = Контактное лицо: { $value }
notify-contact-phone = Телефон: { $value }
notify-contact-email = Эл. почта: { $value }
notify-contact-address = Адрес: { $value }
notify-contact-website = Сайт: { $value }

## Below "declined": the reason as the coordinator wrote it (usually German), then other offers as buttons.
notify-decline-reason = Организация пишет: «{ $reason }»
notify-alternatives = Возможно, Вам подойдёт одно из этих предложений:
notify-alternatives-none = Команда /offers покажет другие предложения.

## Nobody answered a signup for about two weeks (SIGNUP_RELEASE_WORKING_DAYS). Buttons: keep, withdraw, other offers.
notify-signup-released =
    О Вашей записи: «{ $title }» ({ $organisation }). К сожалению, организация пока не ответила. Нам очень жаль – мы уже напомнили ей.

    Вы можете подождать ещё или отозвать запись.

## Check-ins after "accepted". Buttons: the answers (check-in-answer-… in follow-ups.ftl).
notify-check-in-two-weeks = Некоторое время назад организация { $organisation } подтвердила Вашу запись на «{ $title }». Всё получилось?
notify-check-in-three-months = Вы уже некоторое время помогаете: «{ $title }» ({ $organisation }). Вы всё ещё участвуете?

## An answer of the team to the resident's question; { $message } is the coordinator's text as written.
notify-team-answer =
    Ответ от организации { $organisation }:

    { $message }
notify-team-answer-network =
    Ответ от команды волонтёрской сети:

    { $message }

## Buttons under these messages (short: a phone shows about 30 characters).
notify-button-ask = Задать вопрос команде
notify-button-reply = Ответить
notify-button-keep = Подождать ещё
notify-button-withdraw = Отозвать запись

## A coordinator's message to everyone accepted for an offer (/lotse nachricht in Slack).
## { $message } is the coordinator's text as written (usually German), { $title } the offer,
## { $organisation } offering it.

notify-broadcast =
    Сообщение от организации { $organisation } для всех участников «{ $title }»:

    { $message }
