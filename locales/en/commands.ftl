## Descriptions in Telegram's command menu (src/channels/telegram/set-bot-commands.ts),
## one per command in the flows' commands: lists. The German menu lists the German
## commands, the English menu the English aliases; both work in either language. Short: the menu shows about one line.

command-start = Start again
command-angebote = See offers that suit you
command-profil = Change my answers
command-meine = My signups
command-sprache = Change language
command-hilfe = Help and all commands
command-datenschutz = Privacy: what happens to my data
command-loeschen = Delete my data

## English aliases.

command-offers = See offers that suit you
command-profile = Change my answers
command-signups = My signups
command-language = Change language
command-help = Help and all commands
command-privacy = Privacy: what happens to my data
command-delete = Delete my data
