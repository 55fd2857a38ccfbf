# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Buttons used by many questions (the defaults of flows/*.yaml: confirm yes/no,
## the "done" button of a multiple choice, the "skip" button of an optional text).

common-yes = Да
common-no = Нет
common-done = Готово
common-skip = Пропустить

## When an answer does not fit the question (src/domain/flows/engine.ts).
## The engine asks the current question again right after these messages.

common-stale-button = Эта кнопка относится к одному из предыдущих вопросов. Вот ещё раз текущий вопрос:
common-stale-button-idle = Эта кнопка больше не действует. Команда /help покажет, чем я могу Вам помочь.
common-unknown-command = Такой команды я не знаю. Вот ещё раз текущий вопрос:
common-please-type = Пожалуйста, просто напишите свой ответ обычным сообщением.
common-too-long =
    К сожалению, это слишком длинно: можно не более { $limit ->
        [one] { $limit } символа
       *[other] { $limit } символов
    }, а в Вашем сообщении — { $length }. Пожалуйста, напишите немного короче.
common-use-buttons = Пожалуйста, выберите один из ответов под вопросом.
common-unknown-choice = Такого варианта я не знаю. Пожалуйста, нажмите одну из кнопок под вопросом.
common-choose-more =
    { $min ->
        [1] Пожалуйста, выберите хотя бы один ответ
        [one] Пожалуйста, выберите хотя бы { $min } ответ
        [few] Пожалуйста, выберите хотя бы { $min } ответа
       *[other] Пожалуйста, выберите хотя бы { $min } ответов
    } и затем нажмите «{ common-done }».

## Something went wrong in the bot itself (src/channels/telegram/create-bot.ts).

common-error = Извините, что-то пошло не так. Пожалуйста, попробуйте ещё раз чуть позже.

## Too many messages in a short time (src/channels/telegram/flood-guard.ts); sent once, then
## further messages are ignored for a few seconds.

common-slow-down = Вы пишете очень быстро. Пожалуйста, подождите немного, а потом продолжайте – Ваши последние сообщения не были обработаны.
