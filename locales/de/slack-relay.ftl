## The relay between residents and coordinators, and the follow-ups residents answer
## (src/channels/slack/slack-notifier.ts, src/channels/slack/listeners/*/…answer…, relay-thread-reply.ts).
## Arguments are escaped by the code.

slack-question-signup = Frage der Person zu Anmeldung #{ $signup } { $coordinators }
slack-question = Frage einer Person an { $organisation } (Gespräch #{ $thread }) { $coordinators }
slack-question-network = das Netzwerk
slack-question-how-to-answer = Antwortet mit „Antworten“ oder hier im Thread: Jede Antwort im Thread geht per Telegram an die Person, so wie ihr sie schreibt.
slack-button-answer = Antworten
slack-answer-modal-title = Antwort an die Person
slack-answer-modal-label = Eure Antwort
slack-answer-modal-hint = Geht per Telegram an die Person, so wie ihr sie schreibt. Bitte keine Daten anderer Personen.
slack-answer-modal-submit = Senden
slack-answer-modal-cancel = Abbrechen
slack-answer-empty = Bitte schreibt eine Antwort.
slack-answer-posted = { $coordinator } hat der Person geantwortet:
slack-answer-relayed = Eure Antwort ist an die Person weitergeleitet.
slack-answer-not-relayed = Diese Antwort wurde nicht weitergeleitet: Nur die Koordinator*innen der Organisation und das Netzwerk-Team können der Person antworten.
slack-answer-network-only = Auf allgemeine Fragen antwortet das Netzwerk-Team.
slack-answer-resident-gone = Die Person hat ihre Daten gelöscht; eine Antwort erreicht niemanden mehr.

slack-signup-kept = Die Person wartet noch auf eine Antwort zu Anmeldung #{ $id } ({ $title }) und möchte angemeldet bleiben. { $coordinators }
slack-check-in-answered = Rückmeldung zu Anmeldung #{ $id }: { $question } – { $answer }
slack-check-in-question-two-weeks = „Hat es geklappt?“
slack-check-in-question-three-months = „Sind Sie noch dabei?“
slack-check-in-answer-started = Ja, angefangen
slack-check-in-answer-not-yet = Noch nicht
slack-check-in-answer-failed = Hat nicht geklappt
slack-check-in-answer-still-in = Ja, noch dabei
slack-check-in-answer-stopped = Nicht mehr dabei
