# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## The network manager's command-line tool lotse (src/cli/lotse.ts and src/cli/lotse/).
## The shell, list/show/pause/resume, coordinator, stats and backup; other commands have their
## own cli-*.ftl files.

cli-lotse-description = The network coordination's tool: read offers from a spreadsheet and write them out, pause offers, QR codes, coordinators, figures, backup.
cli-option-lang = Language of the messages
cli-see-help = (Help: lotse --help)
cli-lotse-help =
    Examples:
      lotse list --expired --stale    expired offers and offers not confirmed
      lotse show leih-oma-altstadt    everything about one offer
      lotse help list                 help on one command
    From the project folder: npx lotse … or npm run lotse -- …
    Exit codes: 0 done, 1 failed (e.g. unknown offer), 2 wrong usage.

## Commander's own words in the help and its error messages (src/cli/lotse.ts).

cli-help-usage = Usage:
cli-help-arguments = Arguments:
cli-help-options = Options:
cli-help-global-options = Global options:
cli-help-commands = Commands:
cli-help-choices = choices
cli-help-default = default
cli-help-option = show help for this command
cli-help-command = show help for a command
cli-help-options-placeholder = options
cli-help-command-argument = command
cli-error-unknown-command = Error: unknown command "{ $name }".
cli-error-unknown-option = Error: unknown option "{ $option }".
cli-error-missing-argument = Error: "{ $name }" is missing.
cli-error-option-value-missing = Error: the option "{ $option }" needs a value.
cli-error-required-option = Error: the option "{ $option }" is required.
cli-error-too-many-arguments = Error: too many arguments: expected { $expected }, got { $got }.
cli-error-invalid-choice = Error: "{ $value }" is not possible for "{ $option }"; allowed are { $choices }.
cli-error-invalid-option-value = Error: "{ $value }" is not possible for "{ $option }": { $detail }
cli-did-you-mean = Did you mean { $suggestions }?

## Slugs that name nothing (src/cli/lotse/output.ts).

cli-unknown-opportunity = There is no offer "{ $slug }".
cli-unknown-organisation = There is no organisation "{ $slug }".
cli-see-list = To see the offers: lotse list --inactive
cli-existing-organisations = Existing organisations: { $slugs }
cli-argument-opportunity-slug = short name (slug) of the offer, e.g. leih-oma-altstadt

## Status of an offer (src/domain/availability.ts) and whether it is still known to be current
## (src/domain/freshness.ts).

cli-status-active = active
cli-status-inactive = inactive
cli-status-paused = paused
cli-status-expired = expired
cli-status-stale = not confirmed
cli-status-full = full
cli-freshness-fresh = current
cli-freshness-due = due
cli-freshness-asked = asked
cli-freshness-stale = stale

## lotse list

cli-list-description = list the offers with their status and freshness
cli-list-option-org = only this organisation's offers (short name)
cli-list-option-inactive = also switched-off and paused offers
cli-list-option-expired = only offers whose last day (valid until) has passed
cli-list-option-stale = only offers that need confirming (due, asked or stale)
cli-list-help =
    Without options: the running offers. --expired and --stale can be combined and then show both kinds.
    Freshness: current = confirmed recently; due = the organisation is about to be asked; asked = asked, no answer yet; stale = no answer, no longer recommended.
    Places: open signups / places (– = no limit).
    Example: lotse list --org mgh-altstadt --inactive
cli-list-column-slug = Short name
cli-list-column-title = Title
# same as German: the word is the same in English
cli-list-column-organisation = Organisation
# same as German: the word is the same in English
cli-list-column-status = Status
cli-list-column-freshness = Freshness
cli-list-column-confirmed = Confirmed
cli-list-column-places = Places
cli-list-count =
    { $count ->
        [one] 1 offer.
       *[other] { $count } offers.
    }
cli-list-empty = No offers found.
cli-list-left-out-expired =
    { $count ->
        [one] 1 expired offer not shown (--expired).
       *[other] { $count } expired offers not shown (--expired).
    }
cli-list-left-out-inactive =
    { $count ->
        [one] 1 switched-off or paused offer not shown (--inactive).
       *[other] { $count } switched-off or paused offers not shown (--inactive).
    }

## lotse show

cli-show-description = show everything about one offer (signups as counts only)
cli-show-help = Example: lotse show leih-oma-altstadt
cli-show-field-slug = Short name
# same as German: the word is the same in English
cli-show-field-status = Status
cli-show-field-paused = Paused
cli-show-field-freshness = Freshness
cli-show-field-valid-until = Valid until
# same as German: the word is the same in English
cli-show-field-organisation = Organisation
cli-show-field-coordinators = Coordinators
cli-show-field-summary = Summary
cli-show-field-description = Description
cli-show-field-translations = Translations
cli-show-field-interests = Interests
cli-show-field-time = Time
cli-show-field-place = Place
cli-show-field-languages = Languages
cli-show-field-requirements = Requirements
cli-show-field-min-age = Minimum age
cli-show-field-places = Places
cli-show-field-signups = Signups
cli-show-none = none
cli-show-open-ended = open-ended
cli-show-paused-since = since { $date }, by { $by }
cli-show-confirmed-at = confirmed on { $date }
cli-show-asked-at = asked on { $date }
cli-show-stale-at = stale from { $date } without an answer
cli-show-stale-since = stale since { $date }
cli-show-network-channel = signups go to the network channel
cli-show-slack-channel = Slack channel { $channel }
cli-show-translations-missing = missing: { $locales }
cli-show-schedule-flexible = flexible times
cli-show-hours = { $hours } h/week
cli-show-frequency-regular = regular
cli-show-frequency-once = once
cli-show-commitment =
    { $months ->
        [one] at least 1 month
       *[other] at least { $months } months
    }
cli-show-place-citywide = citywide
cli-show-place-remote = from home / online
cli-show-place-unknown-district = district missing
cli-show-languages-required = required: { $languages }
cli-show-languages-helpful = helpful: { $languages }
cli-show-little-german = little German needed
cli-show-places = { $open } of { $capacity } taken
cli-show-places-unlimited = { $open } taken, no limit

## lotse pause / resume

cli-pause-description = pause an offer: no longer recommended, no new signups
cli-pause-help =
    Existing signups stay. Importing the spreadsheet does not lift the pause; lotse resume does.
    Example: lotse pause leih-oma-altstadt
cli-pause-done = Paused: "{ $title }" ({ $organisation }). It is no longer recommended and takes no new signups.
cli-pause-already = "{ $title }" ({ $organisation }) was paused already.
cli-resume-description = offer a paused offer again (this confirms it as current)
cli-resume-help = Example: lotse resume leih-oma-altstadt
cli-resume-done = Offered again: "{ $title }" ({ $organisation }). It counts as confirmed as of today.
cli-resume-already = "{ $title }" ({ $organisation }) was not paused.
cli-resume-switched-off = Note: the offer or its organisation is switched off in the spreadsheet (active: no); it is recommended only once it is switched on there.

## lotse coordinator

cli-coordinator-description = add, list and remove coordinators in Slack
cli-coordinator-help =
    The Slack member ID is in the person's Slack profile under ⋮ → "Copy member ID" (e.g. U0123ABCD).
    Without --org the person is a network manager and acts for every organisation.
cli-coordinator-add-description = add a person; if the ID exists, its name and organisation are changed
cli-coordinator-add-help =
    Examples:
      lotse coordinator add U0123ABCD --name "Sabine Krause" --org mgh-altstadt
      lotse coordinator add U0456EFGH --name "Katrin Weber"    (network manager)
cli-coordinator-list-description = list all coordinators
cli-coordinator-remove-description = remove a person
cli-argument-slack-user-id = Slack member ID, e.g. U0123ABCD
cli-coordinator-option-name = name as it appears in Slack messages
cli-coordinator-option-org = short name of the organisation; without: network manager
cli-coordinator-network-manager = network manager (all organisations)
cli-coordinator-added = Added: { $coordinator }
cli-coordinator-updated = The ID existed and was changed: before { $before }; now { $coordinator }
cli-coordinator-unchanged = Already registered like this: { $coordinator }
cli-coordinator-removed = Removed: { $coordinator }
cli-coordinator-not-found = Nobody is registered with the Slack ID { $slackUserId } (lotse coordinator list shows everyone).
cli-coordinator-invalid-slack-user-id = "{ $value }" is not a Slack member ID: it starts with U or W, followed by capital letters and digits (e.g. U0123ABCD).
cli-coordinator-invalid-name = The name must not be empty and may have at most 100 characters.
cli-coordinator-list-empty = Nobody registered yet.
# same as German: the word is the same in English
cli-coordinator-column-name = Name
cli-coordinator-column-slack-user-id = Slack ID
# same as German: the word is the same in English
cli-coordinator-column-organisation = Organisation

## lotse stats

cli-stats-description = the network's figures: from the profile to "still in after 3 months", per organisation and district
cli-stats-option-since = from this day (YYYY-MM-DD or DD.MM.YYYY; without: the last 30 days)
cli-stats-option-format = output as a table (text) or for Excel (csv, with semicolons)
cli-stats-help =
    Examples:
      lotse stats --since 2026-09-01
      lotse stats --format csv > figures.csv
cli-stats-invalid-date = not a date; please YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-09-01
cli-stats-since-in-future = { $date } is not in the past.
cli-stats-title = Figures from { $from } to { $to }
cli-stats-by-organisation = By organisation
cli-stats-by-district = By district (offers by where they take place, residents by their choice)
cli-stats-total = Total
cli-stats-place-citywide = citywide / anywhere
cli-stats-place-remote = online / from home
cli-stats-place-unknown = district missing
cli-stats-column-group = Group
# same as German: the word is the same in English
cli-stats-column-name = Name
cli-stats-column-onboarded = New
cli-stats-column-shown = Shown
cli-stats-column-signed-up = Signed up
cli-stats-column-contacted = Contacted
cli-stats-column-accepted = Accepted
cli-stats-column-started = Started
cli-stats-column-still-active = After 3 mo.
# same as German: the word is the same in English
cli-stats-group-organisation = Organisation
cli-stats-group-district = District
cli-stats-group-total = Total
cli-stats-explanation =
    New: residents who answered all profile questions in the period (organisations: –, residents belong to none).
    Shown: how often offers were shown as recommendations.
    Signed up to After 3 mo.: the period's signups and how far they got until today – contacted (or accepted straight away), accepted, started according to the 2-week check-in, still in after 3 months.

## lotse backup

cli-backup-description = write a backup copy of the database, also while the bot is running
cli-backup-argument-file = where the copy is written
cli-backup-option-force = overwrite an existing file
cli-backup-help =
    The copy is a complete SQLite database. To restore it, stop the bot and copy the file to the place of DATABASE_URL.
    Example: lotse backup backups/lotse-2026-11-23.db
cli-backup-done = Backup written: { $file } ({ $size }).
cli-backup-exists = The file { $file } exists already. Use --force to overwrite it.
cli-backup-no-database = The database { $file } does not exist (check DATABASE_URL).
