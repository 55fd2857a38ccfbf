# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Coordinators' texts about residents' data rights (src/channels/slack/slack-notifier.ts,
## listeners/views/answer-resident-submit.ts). Arguments are escaped by the code.

## A resident withdrew a signup together with the consent to pass their data on (Art. 7(3) GDPR):
## a reply in the signup's thread, or a message of its own where the signup message is gone.
slack-consent-withdrawn-reply = The person has withdrawn their signup and their consent to passing on their data. First name, contact and message have been removed from the signup. Please do not contact them any more, and delete any notes you made about them.
slack-consent-withdrawn-message = Signup #{ $id } for "{ $title }" was withdrawn; the person has withdrawn their consent to passing on their data. Please do not contact them any more, and delete any notes you made about them.

## Replaces a message the bot posted with a resident's words (their question, the copy of an
## answer to them) once the resident erased their data (/delete, or after 12 months without contact).
slack-message-redacted = This person has deleted their data.
