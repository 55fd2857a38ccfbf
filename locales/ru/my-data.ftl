# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meinedaten (flows/my-data.yaml, src/conversation/actions/my-data-actions.ts): everything
## stored about the resident (Art. 15 and 20 DSGVO), as a readable summary and as a JSON file.
## Dates arrive formatted; names, titles and texts as stored.

my-data-nothing-stored = О Вас ничего не сохранено.
my-data-heading = Вот всё, что Ehrenamtslotse сохранил о Вас (по состоянию на { $date }). В файле после этого сообщения — все данные полностью: его можно сохранить или передать дальше.
my-data-value-none = не сохранено
my-data-file-caption = Все Ваши данные полностью в виде файла (JSON, машиночитаемый формат).
my-data-footer = Что-то неверно? Командой /profile Вы меняете свои ответы. Командой /delete Вы удаляете все свои данные.

## Profile.
my-data-profile-heading = Ваш профиль
my-data-profile-first-name = Имя: { $value }
my-data-profile-username = Имя пользователя в Telegram: { $value }
my-data-profile-locale = Язык в чате: { $value }
my-data-profile-interests = Интересы: { $value }
my-data-profile-times = Время: { $value }
my-data-profile-hours = Часов в неделю: { $value }
my-data-profile-district = Район: { $value }
my-data-profile-languages = Языки: { $value }
my-data-profile-created = Хранится с: { $date }
my-data-profile-last-active = Последнее сообщение: { $date }

## Consents.
my-data-consents-heading = Ваши согласия
my-data-consent-privacy = Согласие с правилами защиты данных (версия { $version }) дано { $date }
my-data-consent-privacy-none = Правила защиты данных: согласие не сохранено
my-data-consent-contact = Согласие на передачу данных организации { $organisation } для «{ $title }» дано { $date }

## Signups with their history. { $by } is one of the my-data-actor-* words.
my-data-signups-heading = Ваши записи
my-data-signups-none = Записей нет.
my-data-signup =
    { $title } ({ $organisation }), запись от { $date }
    Статус: { $status }
my-data-signup-message = Ваше сообщение: { $message }
my-data-signup-certificate = Справка о несудимости (Führungszeugnis) просмотрена { $seen }, выдана { $issued }
my-data-signup-event = { $date }: { $status } ({ $by })
my-data-signup-event-reason = Причина: { $reason }
my-data-actor-coordinator = координатор
my-data-actor-resident = Вы
my-data-actor-system = система
my-data-status-new = запись оформлена
my-data-status-contacted = организация связалась с Вами
my-data-status-accepted = подтверждено
my-data-status-declined = отказ
my-data-status-withdrawn = отозвано
my-data-check-in-two-weeks = Вопрос «Получилось?» от { $date }: { $answer }
my-data-check-in-three-months = Вопрос «Вы всё ещё участвуете?» от { $date }: { $answer }
my-data-check-in-unanswered = нет ответа

## Questions to the teams (/frage).
my-data-questions-heading = Ваши вопросы командам
my-data-questions-none = Нет.
my-data-question-thread = { $team }: Ваших сообщений: { $sent }, ответов: { $received }, последнее { $date }
my-data-network-team = Команда сети

## What organisations received. { $fields } is a list of the my-data-field-* words.
my-data-shared-heading = Что организации получили от Вас
my-data-shared-none = Ничего.
my-data-shared-item = { $recipient }: { $fields } – { $when }
my-data-shared-sent = передано { $date }
my-data-shared-pending = ещё не передано
my-data-shared-removed = Удалено там { $date }, потому что Вы отозвали своё согласие
my-data-field-first-name = имя
my-data-field-telegram-username = имя пользователя в Telegram
my-data-field-chat-language = язык в чате
my-data-field-languages = языки
my-data-field-signup-message = Ваше сообщение к записи
my-data-field-question = Ваш вопрос
my-data-field-check-in-answer = Ваш ответ на уточняющий вопрос
