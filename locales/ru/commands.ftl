# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Descriptions in Telegram's command menu (src/channels/telegram/set-bot-commands.ts), one per
## flow with commands, named by the flow's English command. German menus show the German
## command (/angebote), the others the English one (/offers); both work in every language.
## Short: the menu shows about one line.

command-start = Начать сначала
command-offers = Посмотреть подходящие предложения
command-profile = Изменить мои ответы
command-signups = Мои записи
command-question = Задать вопрос команде
command-language = Сменить язык
command-help = Помощь и все команды
command-privacy = Защита данных: что происходит с моими данными
command-delete = Удалить мои данные
command-mydata = Посмотреть мои сохранённые данные
