## Buttons used by many questions (the defaults of flows/*.yaml: confirm yes/no,
## the "done" button of a multiple choice, the "skip" button of an optional text).

common-yes = Ja
common-no = Nein
common-done = Fertig
common-skip = Überspringen

## When an answer does not fit the question (src/domain/flows/engine.ts).
## The engine asks the current question again right after these messages.

common-stale-button = Dieser Knopf gehört zu einer früheren Frage. Hier ist noch einmal die aktuelle Frage:
common-stale-button-idle = Dieser Knopf ist nicht mehr aktiv. Mit /hilfe sehen Sie, was ich für Sie tun kann.
common-unknown-command = Diesen Befehl kenne ich nicht. Hier ist noch einmal die aktuelle Frage:
common-please-type = Bitte schreiben Sie Ihre Antwort einfach als Nachricht.
common-too-long = Das ist leider zu lang: Es gehen höchstens { $limit } Zeichen, Ihre Nachricht hat { $length }. Bitte schreiben Sie etwas kürzer.
common-use-buttons = Bitte wählen Sie eine der Antworten unter der Frage aus.
common-unknown-choice = Diese Auswahl kenne ich nicht. Bitte tippen Sie auf einen der Knöpfe unter der Frage.
common-choose-more =
    { $min ->
        [one] Bitte wählen Sie mindestens eine Antwort aus
       *[other] Bitte wählen Sie mindestens { $min } Antworten aus
    } und tippen Sie dann auf „{ common-done }“.

## Something went wrong in the bot itself (src/channels/telegram/create-bot.ts).

common-error = Entschuldigung, da ist etwas schiefgegangen. Bitte versuchen Sie es gleich noch einmal.

## Too many messages in a short time (src/channels/telegram/flood-guard.ts); sent once, then
## further messages are ignored for a few seconds.

common-slow-down = Das ging gerade sehr schnell. Bitte warten Sie einen Moment und schreiben Sie dann weiter – Ihre letzten Nachrichten habe ich nicht verarbeitet.
