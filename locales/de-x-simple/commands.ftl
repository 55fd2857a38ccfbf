# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Descriptions in Telegram's command menu (src/channels/telegram/set-bot-commands.ts), one per
## flow with commands, named by the flow's English command. German menus show the German
## command (/angebote), the others the English one (/offers); both work in every language.
## Short: the menu shows about one line.

command-start = Von vorn anfangen
# same as German: short menu text, already plain
command-offers = Passende Angebote ansehen
# same as German: short menu text, already plain
command-profile = Meine Antworten ändern
command-signups = Meine Anmeldungen ansehen
command-question = Das Team etwas fragen
# same as German: short menu text, already plain
command-language = Sprache wechseln
# same as German: short menu text, already plain
command-help = Hilfe und alle Befehle
command-privacy = Daten·schutz: Was passiert mit meinen Daten?
# same as German: short menu text, already plain
command-delete = Meine Daten löschen
command-mydata = Meine Daten ansehen
