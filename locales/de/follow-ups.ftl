## Buttons under the bot's own messages: the release notice (flows/signup-waiting.yaml), the
## check-ins (flows/check-in.yaml), and "Frage an das Team" (flows/question.yaml, /frage).

## After the release notice: keep waiting or withdraw.
signup-waiting-kept = Gut, Ihre Anmeldung bleibt bestehen. Wir haben der Organisation gesagt, dass Sie auf eine Antwort warten.
signup-waiting-withdrawn = Ihre Anmeldung ist zurückgezogen. Mit /angebote finden Sie andere Angebote.
signup-waiting-answered = Diese Anmeldung hat sich inzwischen geändert. Mit /meine sehen Sie, wie es um Ihre Anmeldungen steht.

## Check-in answers (button labels; short).
check-in-answer-started = Ja, ich habe angefangen
check-in-answer-not-yet = Noch nicht
check-in-answer-failed = Es hat nicht geklappt
check-in-answer-still-in = Ja, ich bin dabei
check-in-answer-stopped = Nein, nicht mehr
check-in-thanks = Danke für Ihre Antwort! Wir haben sie an die Organisation weitergegeben.
check-in-sorry = Schade, danke, dass Sie es uns sagen. Wir haben es der Organisation weitergegeben. Vielleicht passt etwas anderes:
check-in-already = Danke, Ihre Antwort haben wir schon.
check-in-unknown = Diese Frage gilt nicht mehr. Mit /meine sehen Sie Ihre Anmeldungen.

## "Frage an das Team" (/frage).
question-choose = An welches Team geht Ihre Frage?
question-topic-signup = { $title } ({ $organisation })
question-topic-network = Allgemeine Frage
question-write = Schreiben Sie Ihre Frage in einer Nachricht. Das Team liest sie in seinem Arbeits-Chat und antwortet Ihnen hier.
question-sent = Danke, Ihre Frage ist angekommen. Die Antwort bekommen Sie hier im Chat.
question-failed = Das hat leider nicht geklappt. Bitte versuchen Sie es mit /frage noch einmal.
