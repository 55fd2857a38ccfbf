# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Buttons used by many questions (the defaults of flows/*.yaml: confirm yes/no,
## the "done" button of a multiple choice, the "skip" button of an optional text).

common-yes = Yes
common-no = No
common-done = Done
common-skip = Skip

## When an answer does not fit the question (src/domain/flows/engine.ts).
## The engine asks the current question again right after these messages.

common-stale-button-idle = This button is no longer active. /help shows what I can do for you.
common-unknown-command = I don't know that command. Here is the current question again:
common-stale-button = That button belongs to an earlier question. Here is the current question again:
common-please-type = Please just type your answer as a message.
common-too-long = Sorry, that is too long: at most { $limit } characters, and your message has { $length }. Please write a little less.
common-use-buttons = Please choose one of the answers below the question.
common-unknown-choice = I don't know that choice. Please tap one of the buttons below the question.
common-choose-more =
    { $min ->
        [one] Please choose at least one answer
       *[other] Please choose at least { $min } answers
    }, then tap "{ common-done }".

## Something went wrong in the bot itself (src/channels/telegram/create-bot.ts).

common-error = Sorry, something went wrong. Please try again in a moment.

## Too many messages in a short time (src/channels/telegram/flood-guard.ts); sent once, then
## further messages are ignored for a few seconds.

common-slow-down = That was very fast. Please wait a moment before you go on – I did not process your last messages.
