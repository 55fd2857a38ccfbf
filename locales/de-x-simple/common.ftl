# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Buttons used by many questions (the defaults of flows/*.yaml: confirm yes/no,
## the "done" button of a multiple choice, the "skip" button of an optional text).

# same as German: short button word, already plain
common-yes = Ja
# same as German: short button word, already plain
common-no = Nein
# same as German: short button word, already plain
common-done = Fertig
# same as German: short button word, already plain
common-skip = Überspringen

## When an answer does not fit the question (src/domain/flows/engine.ts).
## The engine asks the current question again right after these messages.

common-stale-button = Dieser Knopf gehört zu einer alten Frage. Hier ist wieder die aktuelle Frage:
common-stale-button-idle = Dieser Knopf funktioniert nicht mehr. Mit /hilfe sehen Sie, was ich für Sie tun kann.
common-unknown-command = Diesen Befehl kenne ich nicht. Hier ist wieder die aktuelle Frage:
# same as German: already plain German: short sentences, everyday words
common-please-type = Bitte schreiben Sie Ihre Antwort einfach als Nachricht.
common-too-long = Ihre Nachricht ist leider zu lang. Sie hat { $length } Zeichen. Es gehen höchstens { $limit } Zeichen. Bitte schreiben Sie etwas kürzer.
common-use-buttons = Bitte wählen Sie eine Antwort unter der Frage aus.
common-unknown-choice = Diese Antwort kenne ich nicht. Bitte tippen Sie auf einen Knopf unter der Frage.
common-choose-more =
    { $min ->
        [one] Bitte wählen Sie mindestens 1 Antwort aus.
       *[other] Bitte wählen Sie mindestens { $min } Antworten aus.
    } Tippen Sie dann auf „{ common-done }“.

## Something went wrong in the bot itself (src/channels/telegram/create-bot.ts).

common-error = Tut mir leid, da hat etwas nicht geklappt. Bitte versuchen Sie es gleich noch mal.

## Too many messages in a short time (src/channels/telegram/flood-guard.ts); sent once, then
## further messages are ignored for a few seconds.

common-slow-down = Das ging gerade sehr schnell. Ihre letzten Nachrichten habe ich deshalb nicht beachtet. Bitte warten Sie einen Moment. Schreiben Sie dann weiter.
