# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Labels of signup statuses. Shared by every channel until the Telegram
## texts get a file of their own; the codes are SIGNUP_STATUSES in src/domain/vocabulary.ts.

status-new = New
status-contacted = Contacted
status-accepted = Accepted
status-declined = Declined
status-withdrawn = Withdrawn

## Signup message in the coordinators' Slack channel (src/channels/slack/signup-message.ts).
## Field labels are plain words; the code makes them bold. Arguments are escaped by the code.

slack-signup-header = New signup: { $title }
slack-signup-fallback = New signup for "{ $title }" ({ $organisation }), status: { $status }
slack-signup-field-opportunity = Opportunity
slack-signup-field-district = District
slack-signup-district-none = no fixed district
slack-signup-field-first-name = First name
slack-signup-first-name-missing = not given
slack-signup-field-contact = Contact
# same as German: the word is the same in English.
slack-signup-contact-telegram = Telegram: { $link }
slack-signup-contact-via-bot = No Telegram contact shared, so you cannot reach this person directly. When you set the status here, the bot tells them.
slack-signup-contact-console = Test signup from the console, no contact possible.
slack-signup-field-bot-language = Chats with the bot in
slack-signup-field-languages = Speaks
slack-signup-languages-none = not given
# same as German: the word is the same in English.
slack-signup-field-status = Status
slack-signup-field-message = Message
slack-signup-no-message = No message.
slack-signup-anonymised = This person has deleted their data. Contact details are gone.
slack-signup-reference = Signup #{ $id } · opportunity { $slug } · received { $date }
slack-signup-status-changed-by = Status "{ $status }" set by { $user } on { $date }
slack-signup-status-changed-by-resident = Status "{ $status }" set by the person who signed up on { $date }
slack-signup-status-changed-by-system = Status "{ $status }" set automatically on { $date }
slack-signup-final = This signup is closed.

## Buttons under a signup; the action ids are signup_status_<status>.

slack-button-contacted = Contacted
slack-button-accepted = Accepted
slack-button-declined = Declined
slack-confirm-declined-title = Decline this signup?
slack-confirm-declined-text = The bot will tell the person that it does not work out this time. This cannot be undone.
slack-confirm-declined-confirm = Decline
slack-confirm-declined-cancel = Cancel

## A resident withdrew (src/channels/slack/slack-notifier.ts).

slack-withdrawn-reply = The person has withdrawn their signup. Please do not contact them any more.
slack-withdrawn-message = Signup #{ $id } for "{ $title }" was withdrawn. Please do not contact them any more.

## The organisation's own channel failed, so the message went to the network channel.

slack-channel-fallback-note = The Slack channel of { $organisation } cannot be reached ({ $error }), so this signup is posted here. Please pass it on and invite the app to that channel.

## Ephemeral answers to a coordinator's button click.

slack-error-not-coordinator = You are not registered as a coordinator, so you cannot change the status. Please contact the network team.
slack-error-not-responsible = This signup belongs to { $organisation }. You are registered for another organisation.
slack-error-transition = The signup is "{ $from }" and can no longer be set to "{ $to }".
slack-error-not-found = This signup no longer exists.
slack-error-generic = That did not work. Please try again in a moment.

## The outbox gave up on a notification (src/channels/slack/slack-notifier.ts, to the network channel).

slack-parked-notice = A notification could not be delivered and is now parked: #{ $id } ({ $kind }, { $subject }), last error: { $error }. `npm run outbox -- list` shows all parked ones; `npm run outbox -- retry { $id }` tries it again.
slack-parked-subject-signup = signup #{ $signupId }
slack-parked-subject-none = no signup

## Nobody acted on a signup (src/channels/slack/slack-notifier.ts; the signup-follow-ups job).
## A reminder in the signup's thread, later a notice in the network channel. $days is a number
## of working days; $coordinators are Slack mentions.

slack-reminder = { $coordinators } Reminder: signup #{ $id } for "{ $title }" has been waiting for an answer for { $days ->
    [one] one working day
   *[other] { $days } working days
  }. Please get in touch with the person and set the status with the buttons on the signup.
slack-reminder-no-coordinator = Reminder: signup #{ $id } for "{ $title }" has been waiting for an answer for { $days ->
    [one] one working day
   *[other] { $days } working days
  }. Nobody is registered in Slack as a coordinator for { $organisation }, so this reminder mentions no one. Please pass the signup on and add a coordinator to the network file.
slack-escalated-notice = Signup #{ $id } for "{ $title }" ({ $organisation }) has been waiting for a response for { $days ->
    [one] one working day
   *[other] { $days } working days
  }, even after the reminder in { $channel }. Please follow up with the organisation.
