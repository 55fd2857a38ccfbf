# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /help (flows/help.yaml); also the answer to unknown commands and to messages
## outside a question.

help-text =
    Я – Ehrenamtslotse, Ваш помічник у пошуку волонтерства. Я допоможу Вам знайти волонтерську справу, яка Вам підходить.

    Натисніть на команду:
    /offers – пропозиції, які Вам підходять
    /profile – змінити Ваші відповіді
    /signups – переглянути або відкликати Ваші заявки
    /question – поставити запитання команді
    /language – змінити мову
    /privacy – що відбувається з Вашими даними
    /mydata – переглянути всі Ваші збережені дані
    /delete – видалити всі Ваші дані
    /start – почати спочатку
    /help – цей огляд
