# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /privacy (flows/privacy.yaml): the full privacy notice.
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts; when this
## text changes, bump PRIVACY_VERSION so that residents are asked again.

privacy-text =
    Privacy at Ehrenamtslotse (as of November 2026)

    Responsible: Netzwerk für Generationen Saalberg
    Contact: datenschutz@netzwerk-saalberg.example.org

    What we store: your first name, your Telegram user ID and Telegram username, the language you chose, your answers to the questions (interests, times, hours, part of town, languages) and your signups.

    What for: to suggest offers that suit you and to pass your signup on to the organisation you chose. An organisation only gets your first name and Telegram contact if you agree to it separately when you sign up. This is based on your consent, which you can withdraw at any time.

    Sharing: we do not pass your data on to anyone else, only to the organisation you sign up with. The messages themselves go through Telegram. The organisations' coordinators receive your signup through the Slack service.

    How long: until you delete your data. If you do not write to me for 12 months, we delete your profile automatically.

    Your rights: you can ask at any time what we store about you and have wrong details corrected (you can change your answers yourself with /profile). /delete deletes all your data. You can also complain to a data protection supervisory authority.

## /delete (flows/erase.yaml).

erase-nothing-stored = Nothing is stored about you, so there is nothing to delete.
erase-confirm =
    Do you really want to delete all your data?

    Your profile and your answers will be deleted. Open signups will be withdrawn, and the organisations will be told. This cannot be undone.
erase-confirm-yes = Yes, delete everything
erase-confirm-no = No, keep it
erase-kept = Fine, everything stays as it is.
erase-done =
    Your data is deleted. The organisations only keep your signups in their statistics, without your name and without your message.

    If you would like to come back, just send /start. All the best!
