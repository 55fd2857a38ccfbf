# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Descriptions in Telegram's command menu (src/channels/telegram/set-bot-commands.ts), one per
## flow with commands, named by the flow's English command. German menus show the German
## command (/angebote), the others the English one (/offers); both work in every language.
## Short: the menu shows about one line.

command-start = Start again
command-offers = See offers that suit you
command-profile = Change my answers
command-question = Ask the team a question
command-signups = My signups
command-language = Change language
command-help = Help and all commands
command-privacy = Privacy: what happens to my data
command-delete = Delete my data
command-mydata = See my stored data
