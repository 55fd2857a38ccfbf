# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Buttons used by many questions (the defaults of flows/*.yaml: confirm yes/no,
## the "done" button of a multiple choice, the "skip" button of an optional text).

common-yes = Так
common-no = Ні
common-done = Готово
common-skip = Пропустити

## When an answer does not fit the question (src/domain/flows/engine.ts).
## The engine asks the current question again right after these messages.

common-stale-button = Ця кнопка належить до одного з попередніх запитань. Ось ще раз поточне запитання:
common-stale-button-idle = Ця кнопка вже не діє. Команда /help покаже, чим я можу Вам допомогти.
common-unknown-command = Такої команди я не знаю. Ось ще раз поточне запитання:
common-please-type = Будь ласка, просто напишіть свою відповідь повідомленням.
common-too-long =
    На жаль, повідомлення задовге: можна щонайбільше { $limit ->
        [one] { $limit } символ
        [few] { $limit } символи
        [many] { $limit } символів
       *[other] { $limit } символу
    }, а в ньому їх { $length }. Будь ласка, напишіть трохи коротше.
common-use-buttons = Будь ласка, оберіть одну з відповідей під запитанням.
common-unknown-choice = Такого варіанта я не знаю. Будь ласка, натисніть одну з кнопок під запитанням.
common-choose-more =
    { $min ->
        [one] Будь ласка, оберіть щонайменше { $min } відповідь
        [few] Будь ласка, оберіть щонайменше { $min } відповіді
        [many] Будь ласка, оберіть щонайменше { $min } відповідей
       *[other] Будь ласка, оберіть щонайменше { $min } відповіді
    }, а потім натисніть «{ common-done }».

## Something went wrong in the bot itself (src/channels/telegram/create-bot.ts).

common-error = Вибачте, щось пішло не так. Будь ласка, спробуйте ще раз за хвилинку.

## Too many messages in a short time (src/channels/telegram/flood-guard.ts); sent once, then
## further messages are ignored for a few seconds.

common-slow-down = Це було дуже швидко. Будь ласка, зачекайте хвилинку, а потім пишіть далі – Ваші останні повідомлення залишилися неопрацьованими.
