## Descriptions in Telegram's command menu (src/channels/telegram/set-bot-commands.ts), one per
## flow with commands, named by the flow's English command. German menus show the German
## command (/angebote), the others the English one (/offers); both work in every language.
## Short: the menu shows about one line.

command-start = Von vorn beginnen
command-offers = Passende Angebote ansehen
command-profile = Meine Antworten ändern
command-signups = Meine Anmeldungen
command-question = Eine Frage an das Team stellen
command-language = Sprache wechseln
command-help = Hilfe und alle Befehle
command-privacy = Datenschutz: was mit meinen Daten geschieht
command-delete = Meine Daten löschen
command-mydata = Meine gespeicherten Daten ansehen
