## Descriptions in Telegram's command menu (src/channels/telegram/set-bot-commands.ts),
## one per command in the flows' commands: lists. The menu lists the German commands;
## the English aliases work too. Short: the menu shows about one line.

command-start = Start again
command-angebote = See offers that suit you
command-profil = Change my answers
command-meine = My signups
command-sprache = Change language
command-hilfe = Help and all commands
command-datenschutz = Privacy: what happens to my data
command-loeschen = Delete my data

## English aliases.

command-language = Change language (same as /sprache)
command-help = Help (same as /hilfe)
command-privacy = Privacy (same as /datenschutz)
command-delete = Delete my data (same as /loeschen)
