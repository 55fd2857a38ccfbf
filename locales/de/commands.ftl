## Descriptions in Telegram's command menu (src/channels/telegram/set-bot-commands.ts),
## one per command in the flows' commands: lists. The German menu lists the German
## commands, the English menu the English aliases; both work in either language. Short: the menu shows about one line.

command-start = Von vorn beginnen
command-angebote = Passende Angebote ansehen
command-profil = Meine Antworten ändern
command-meine = Meine Anmeldungen
command-sprache = Sprache wechseln
command-hilfe = Hilfe und alle Befehle
command-datenschutz = Datenschutz: was mit meinen Daten geschieht
command-loeschen = Meine Daten löschen

## English aliases.

command-offers = Passende Angebote ansehen (wie /angebote)
command-profile = Meine Antworten ändern (wie /profil)
command-signups = Meine Anmeldungen (wie /meine)
command-language = Sprache wechseln (wie /sprache)
command-help = Hilfe (wie /hilfe)
command-privacy = Datenschutz (wie /datenschutz)
command-delete = Meine Daten löschen (wie /loeschen)
