# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /mydata (flows/my-data.yaml, src/conversation/actions/my-data-actions.ts): everything
## stored about the resident (Art. 15 and 20 GDPR), as a readable summary and as a JSON file.
## Dates arrive formatted; names, titles and texts as stored.

my-data-nothing-stored = Nothing is stored about you.
my-data-heading = This is everything Ehrenamtslotse has stored about you (as of { $date }). The file after it contains all of it, to keep or to take elsewhere.
my-data-value-none = not stored
my-data-file-caption = All your data as a file (JSON, machine-readable).
my-data-footer = Something wrong? /profile changes your answers. /delete deletes all your data.

## Profile.
my-data-profile-heading = Your profile
my-data-profile-first-name = First name: { $value }
my-data-profile-username = Telegram username: { $value }
my-data-profile-locale = Chat language: { $value }
my-data-profile-interests = Interests: { $value }
my-data-profile-times = Times: { $value }
my-data-profile-hours = Hours per week: { $value }
my-data-profile-district = District: { $value }
my-data-profile-languages = Languages: { $value }
my-data-profile-created = Stored since: { $date }
my-data-profile-last-active = Last message: { $date }

## Consents.
my-data-consents-heading = Your consents
my-data-consent-privacy = Privacy notice (version { $version }) agreed on { $date }
my-data-consent-privacy-none = Privacy notice: no consent stored
my-data-consent-contact = Passing your details to { $organisation } for “{ $title }” agreed on { $date }

## Signups with their history. { $by } is one of the my-data-actor-* words.
my-data-signups-heading = Your signups
my-data-signups-none = No signups.
my-data-signup =
    { $title } ({ $organisation }), signed up on { $date }
    Status: { $status }
my-data-signup-message = Your message: { $message }
my-data-signup-certificate = Certificate of good conduct ("Führungszeugnis") seen on { $seen }, issued on { $issued }
my-data-signup-event = { $date }: { $status } ({ $by })
my-data-signup-event-reason = Reason: { $reason }
my-data-actor-coordinator = coordinator
my-data-actor-resident = you
my-data-actor-system = system
my-data-status-new = signed up
my-data-status-contacted = contacted
my-data-status-accepted = accepted
my-data-status-declined = declined
my-data-status-withdrawn = withdrawn
my-data-check-in-two-weeks = Question “Did it work out?” on { $date }: { $answer }
my-data-check-in-three-months = Question “Are you still taking part?” on { $date }: { $answer }
my-data-check-in-unanswered = not answered

## Questions to the teams (/question).
my-data-questions-heading = Your questions to the teams
my-data-questions-none = None.
my-data-question-thread = { $team }: messages from you: { $sent }, answers: { $received }, last on { $date }
my-data-network-team = Network team

## What organisations received. { $fields } is a list of the my-data-field-* words.
my-data-shared-heading = What organisations have received from you
my-data-shared-none = Nothing.
my-data-shared-item = { $recipient }: { $fields } – { $when }
my-data-shared-sent = sent on { $date }
my-data-shared-pending = not sent yet
my-data-shared-removed = Removed there on { $date } because you withdrew your consent
my-data-field-first-name = first name
my-data-field-telegram-username = Telegram username
my-data-field-chat-language = chat language
my-data-field-languages = languages
my-data-field-signup-message = your message with the signup
my-data-field-question = your question
my-data-field-check-in-answer = your answer to a follow-up question
