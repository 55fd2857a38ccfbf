# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## The coordinators' tools in Slack: the slash command /lotse (src/channels/slack/listeners/commands/lotse.ts),
## the modal for messages to volunteers (listeners/views/broadcast-submit.ts) and the App Home
## (listeners/events/app-home-opened.ts); texts composed in src/channels/slack/coordinator-texts.ts.
## Slack mrkdwn: *bold*, `code`. Arguments are escaped by the code. The sub-commands stay German.

slack-lotse-help = *How to use /lotse*
    `/lotse offen`: open signups of your organisation, oldest first
    `/lotse statistik [days]`: figures of the last days (30 unless given, at most 365)
    `/lotse angebot pausieren <slug>`: stop offering an opportunity for a while
    `/lotse angebot aktivieren <slug>`: offer a paused opportunity again
    `/lotse nachricht <slug>`: write to everyone accepted for an opportunity
    `/lotse export`: all signups as a CSV file, with contact details only where the person agreed
    `/lotse hilfe`: this overview
    An opportunity's slug is shown under each of its signups ("Angebot …").
slack-lotse-unknown = I do not know this command.
slack-lotse-not-coordinator = You are not registered as a coordinator, so /lotse shows you no data. Please contact the network team.
slack-lotse-invalid-days = Please give the days as a whole number from 1 to 365, for example `/lotse statistik 90`.
slack-lotse-invalid-slug = Please give the opportunity's slug, for example `/lotse { $command } leih-oma-auenhain`.

## /lotse offen, and the App Home.

slack-open-heading = *Open signups ({ $count })*
slack-open-none = No open signups. Well done!
slack-open-item = Signup #{ $id } · { $title } ({ $organisation }) · { $status } · { $age } · { $who }
slack-open-age = { $days ->
    [0] since today
    [one] for one day
   *[other] for { $days } days
  }
slack-open-overdue = overdue
slack-open-anonymised = data erased
slack-open-no-first-name = first name not given
slack-open-more = … and { $count } more. All of them are in the file of `/lotse export`.

## /lotse statistik, and the App Home. $days, $count and the like are numbers.

slack-stats-heading = *Figures of the last { $days } days* ({ $from } to { $to })
slack-stats-residents = Residents who completed their profile: { $count }
slack-stats-residents-network = Residents who completed their profile: { $count } (in the whole network; residents belong to no organisation)
slack-stats-total = *All organisations together*
slack-stats-organisation = *{ $organisation }*
slack-stats-recommendations = Shown as a recommendation: { $count }
slack-stats-signups = New signups: { $total } (now: { $new } new · { $contacted } contacted · { $accepted } accepted · { $declined } declined · { $withdrawn } withdrawn)
slack-stats-first-answer = First response after (median): { $duration } ({ $answered } with a response, { $unanswered } still without)
slack-stats-first-answer-none = First response: none yet ({ $unanswered } without a response)
slack-stats-check-in-two-weeks = Check-in after two weeks: { $answers } · { $unanswered } without an answer
slack-stats-check-in-three-months = Check-in after three months: { $answers } · { $unanswered } without an answer
slack-stats-check-in-answer = { $count } { $answer }
slack-stats-check-in-started = started
slack-stats-check-in-not-yet = not yet
slack-stats-check-in-failed = did not work out
slack-stats-check-in-still-in = still in
slack-stats-check-in-stopped = stopped
slack-duration-minutes = { $count ->
    [one] one minute
   *[other] { $count } minutes
  }
slack-duration-hours = { $count ->
    [one] one hour
   *[other] { $count } hours
  }
slack-duration-days = { $count ->
    [one] one day
   *[other] { $count } days
  }

## /lotse angebot pausieren | aktivieren <slug>

slack-pause-done = "{ $title }" ({ $organisation }) is paused: the bot no longer offers it and nobody can sign up. Existing signups stay. `/lotse angebot aktivieren { $slug }` offers it again.
slack-pause-already = "{ $title }" is paused already. `/lotse angebot aktivieren { $slug }` offers it again.
slack-resume-done = "{ $title }" ({ $organisation }) is offered again.
slack-resume-already = "{ $title }" was not paused.
slack-resume-inactive = Note: the opportunity is switched off in the network file. The bot offers it only once it is active there again.
slack-opportunity-not-found = There is no opportunity with the slug "{ $slug }". The slug is shown under each signup.
slack-opportunity-not-yours = The opportunity "{ $slug }" belongs to { $organisation }. You can only change your own organisation's opportunities.

## /lotse nachricht <slug>: the modal, and the answer after sending.

slack-broadcast-no-volunteers = Nobody has been accepted for "{ $title }" yet, so there is nobody to write to.
slack-broadcast-modal-title = Message to volunteers
slack-broadcast-modal-submit = Send
slack-broadcast-modal-close = Cancel
slack-broadcast-modal-intro = The bot sends the message to { $count ->
    [one] the person accepted
   *[other] all { $count } people accepted
  } for "{ $title }" ({ $organisation }). They read it as you write it, after a short sentence in their language saying who it is from.
slack-broadcast-modal-label = Your message
slack-broadcast-modal-placeholder = For example: Saturday's meeting starts an hour later.
slack-broadcast-invalid = Please write a message of at most { $max } characters.
slack-broadcast-sent = Your message about "{ $title }" goes to { $count ->
    [one] one accepted person
   *[other] { $count } accepted people
  }.
slack-broadcast-failed = Your message could not be sent. Please try again in a moment.

## /lotse export

slack-export-comment = All signups of your organisation as a CSV file ({ $count } rows). First name and Telegram name are only given where the person agreed to share them. Please do not pass it on, and delete it after use.
slack-export-sent = The CSV file is in your direct messages with the Ehrenamtslotse.
slack-export-failed = The file could not be uploaded. Please try again in a moment.
slack-export-header-signup-id = Signup
slack-export-header-created = Received
# same as German: "Status" is the English word too
slack-export-header-status = Status
slack-export-header-status-changed = Status since
slack-export-header-opportunity-slug = Slug
slack-export-header-opportunity-title = Opportunity
# same as German: "Organisation" is the English word too
slack-export-header-organisation = Organisation
slack-export-header-first-name = First name
# same as German: a name
slack-export-header-telegram = Telegram

## The App Home.

# same as German: the app's name
slack-home-heading = Ehrenamtslotse
slack-home-not-coordinator = You are not registered as a coordinator. If you should handle signups, ask the network team to add you to the network file.
slack-home-footer = As of { $time }. More with `/lotse hilfe`.
