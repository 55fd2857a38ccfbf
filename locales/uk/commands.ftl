# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Descriptions in Telegram's command menu (src/channels/telegram/set-bot-commands.ts), one per
## flow with commands, named by the flow's English command. German menus show the German
## command (/angebote), the others the English one (/offers); both work in every language.
## Short: the menu shows about one line.

command-start = Почати спочатку
command-offers = Пропозиції, що Вам підходять
command-profile = Змінити мої відповіді
command-question = Поставити запитання команді
command-signups = Мої заявки
command-language = Змінити мову
command-help = Допомога і всі команди
command-privacy = Захист даних: що з моїми даними
command-delete = Видалити мої дані
command-mydata = Переглянути мої збережені дані
