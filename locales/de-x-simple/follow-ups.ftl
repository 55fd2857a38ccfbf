# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Buttons under the bot's own messages: the release notice (flows/signup-waiting.yaml), the
## check-ins (flows/check-in.yaml), and "Frage an das Team" (flows/question.yaml, /frage).

## After the release notice: keep waiting or withdraw.
signup-waiting-kept = Gut, Ihre Anmeldung bleibt. Wir haben der Organisation gesagt: Sie warten auf eine Antwort.
signup-waiting-withdrawn = Gut, Sie sind jetzt abgemeldet. Ihre Anmeldung gilt nicht mehr. Mit /angebote finden Sie andere Angebote.
signup-waiting-answered = Bei dieser Anmeldung hat sich schon etwas geändert. Unter /meine sehen Sie den aktuellen Stand.

## Check-in answers (button labels; short).
# same as German: short button text, already plain
check-in-answer-started = Ja, ich habe angefangen
# same as German: short button text, already plain
check-in-answer-not-yet = Noch nicht
# same as German: short button text, already plain
check-in-answer-failed = Es hat nicht geklappt
check-in-answer-still-in = Ja, ich mache noch mit
# same as German: short button text, already plain
check-in-answer-stopped = Nein, nicht mehr
check-in-thanks = Danke für Ihre Antwort! Wir geben sie an die Organisation weiter.
check-in-sorry = Schade. Danke, dass Sie es uns sagen. Wir sagen es der Organisation. Vielleicht passt ein anderes Angebot zu Ihnen:
check-in-already = Danke, wir haben Ihre Antwort schon.
# same as German: already plain German: short sentences, everyday words
check-in-unknown = Diese Frage gilt nicht mehr. Mit /meine sehen Sie Ihre Anmeldungen.

## "Frage an das Team" (/frage).
question-choose = An wen geht Ihre Frage? Bitte tippen Sie auf einen Knopf.
# same as German: only placeholders
question-topic-signup = { $title } ({ $organisation })
# same as German: short button text, already plain
question-topic-network = Allgemeine Frage
question-write = Schreiben Sie Ihre Frage in 1 Nachricht. Das Team bekommt Ihre Frage. Es antwortet Ihnen dann hier im Chat.
question-sent = Danke, Ihre Frage ist angekommen. Sie bekommen die Antwort hier im Chat.
question-failed = Das hat leider nicht geklappt. Bitte tippen Sie noch einmal auf /frage.
