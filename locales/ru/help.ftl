# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /hilfe (flows/help.yaml); also the answer to unknown commands and to messages
## outside a question.

help-text =
    Я — Ehrenamtslotse, Ваш помощник в поиске волонтёрской работы. Я помогу Вам найти занятие, которое Вам подходит.

    Нажмите на команду:
    /offers – предложения, которые Вам подходят
    /profile – изменить Ваши ответы
    /signups – посмотреть или отозвать Ваши записи
    /question – задать вопрос команде
    /language – сменить язык
    /privacy – что происходит с Вашими данными
    /mydata – посмотреть все сохранённые о Вас данные
    /delete – удалить все Ваши данные
    /start – начать сначала
    /help – этот список команд
