# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /mydata (flows/my-data.yaml, src/conversation/actions/my-data-actions.ts): everything
## stored about the resident (Art. 15 and 20 GDPR), as a readable summary and as a JSON file.
## Dates arrive formatted; names, titles and texts as stored.

my-data-nothing-stored = Про Вас нічого не збережено.
my-data-heading = Ось усе, що Ehrenamtslotse зберігає про Вас (станом на { $date }). У файлі, який надійде далі, усе це є повністю – щоб Ви могли його зберегти або передати деінде.
my-data-value-none = не збережено
my-data-file-caption = Усі Ваші дані повністю у вигляді файлу (JSON, машинозчитуваний формат).
my-data-footer = Щось не так? Командою /profile Ви зміните свої відповіді. Командою /delete Ви видалите всі свої дані.

## Profile.
my-data-profile-heading = Ваш профіль
my-data-profile-first-name = Ім’я: { $value }
my-data-profile-username = Ім’я користувача в Telegram: { $value }
my-data-profile-locale = Мова в чаті: { $value }
my-data-profile-interests = Інтереси: { $value }
my-data-profile-times = Час: { $value }
my-data-profile-hours = Годин на тиждень: { $value }
my-data-profile-district = Район міста: { $value }
my-data-profile-languages = Мови: { $value }
my-data-profile-created = Збережено з: { $date }
my-data-profile-last-active = Останнє повідомлення: { $date }

## Consents.
my-data-consents-heading = Ваші згоди
my-data-consent-privacy = Повідомлення про захист даних (версія { $version }): згоду надано { $date }
my-data-consent-privacy-none = Повідомлення про захист даних: згоду не збережено
my-data-consent-contact = Передання даних організації { $organisation } для «{ $title }»: згоду надано { $date }

## Signups with their history. { $by } is one of the my-data-actor-* words.
my-data-signups-heading = Ваші заявки
my-data-signups-none = Заявок немає.
my-data-signup =
    { $title } ({ $organisation }), заявку подано { $date }
    Стан: { $status }
my-data-signup-message = Ваше повідомлення: { $message }
my-data-signup-certificate = Довідку про несудимість («Führungszeugnis») переглянуто { $seen }, видано { $issued }
my-data-signup-event = { $date }: { $status } ({ $by })
my-data-signup-event-reason = Причина: { $reason }
my-data-actor-coordinator = координація
my-data-actor-resident = Ви
my-data-actor-system = система
my-data-status-new = заявку подано
my-data-status-contacted = організація зв’язалася з Вами
my-data-status-accepted = підтверджено
my-data-status-declined = відхилено
my-data-status-withdrawn = відкликано
my-data-check-in-two-weeks = Запитання «Чи все вдалося?» від { $date }: { $answer }
my-data-check-in-three-months = Запитання «Ви й далі берете участь?» від { $date }: { $answer }
my-data-check-in-unanswered = без відповіді

## Questions to the teams (/question).
my-data-questions-heading = Ваші запитання командам
my-data-questions-none = Немає.
my-data-question-thread = { $team }: Ваших повідомлень: { $sent }, відповідей: { $received }, останнє – { $date }
my-data-network-team = Команда волонтерської мережі

## What organisations received. { $fields } is a list of the my-data-field-* words.
my-data-shared-heading = Що організації отримали від Вас
my-data-shared-none = Нічого.
my-data-shared-item = { $recipient }: { $fields } – { $when }
my-data-shared-sent = передано { $date }
my-data-shared-pending = ще не передано
my-data-shared-removed = Там видалено { $date }, бо Ви відкликали свою згоду
my-data-field-first-name = ім’я
my-data-field-telegram-username = ім’я користувача в Telegram
my-data-field-chat-language = мова в чаті
my-data-field-languages = мови
my-data-field-signup-message = Ваше повідомлення до заявки
my-data-field-question = Ваше запитання
my-data-field-check-in-answer = Ваша відповідь на уточнювальне запитання
