# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meinedaten (flows/my-data.yaml, src/conversation/actions/my-data-actions.ts): everything
## stored about the resident (Art. 15 and 20 DSGVO), as a readable summary and as a JSON file.
## Dates arrive formatted; names, titles and texts as stored.

my-data-nothing-stored = Ich habe keine Daten von Ihnen gespeichert.
my-data-heading = Das habe ich über Sie gespeichert (Stand: { $date }). Danach schicke ich Ihnen eine Datei. Darin steht alles ganz genau. Sie können die Datei aufheben oder woanders nutzen.
# same as German: short label, already plain
my-data-value-none = nicht gespeichert
my-data-file-caption = Hier sind alle Ihre Daten als Datei (JSON). Ein Computer kann die Datei lesen.
# same as German: already plain German: short sentences, everyday words
my-data-footer = Stimmt etwas nicht? Mit /profil ändern Sie Ihre Antworten. Mit /loeschen löschen Sie alle Ihre Daten.

## Profile.
# same as German: short heading, already plain
my-data-profile-heading = Ihr Profil
# same as German: label and placeholder, already plain
my-data-profile-first-name = Vorname: { $value }
my-data-profile-username = Nutzer·name bei Telegram: { $value }
# same as German: label and placeholder, already plain
my-data-profile-locale = Sprache im Chat: { $value }
# same as German: label and placeholder, already plain
my-data-profile-interests = Interessen: { $value }
# same as German: label and placeholder, already plain
my-data-profile-times = Zeiten: { $value }
# same as German: label and placeholder, already plain
my-data-profile-hours = Stunden pro Woche: { $value }
# same as German: label and placeholder, already plain
my-data-profile-district = Stadtteil: { $value }
# same as German: label and placeholder, already plain
my-data-profile-languages = Sprachen: { $value }
# same as German: label and placeholder, already plain
my-data-profile-created = Gespeichert seit: { $date }
my-data-profile-last-active = Ihre letzte Nachricht: { $date }

## Consents.
my-data-consents-heading = Dem haben Sie zugestimmt
my-data-consent-privacy = Daten·schutz (Version { $version }): zugestimmt am { $date }
my-data-consent-privacy-none = Daten·schutz: keine Zustimmung gespeichert
my-data-consent-contact = Weitergabe an { $organisation } für „{ $title }“: zugestimmt am { $date }

## Signups with their history. { $by } is one of the my-data-actor-* words.
# same as German: short heading, already plain
my-data-signups-heading = Ihre Anmeldungen
# same as German: short text, already plain
my-data-signups-none = Keine Anmeldungen.
# same as German: placeholders with short labels, already plain
my-data-signup =
    { $title } ({ $organisation }), angemeldet am { $date }
    Stand: { $status }
# same as German: label and placeholder, already plain
my-data-signup-message = Ihre Nachricht: { $message }
my-data-signup-certificate = Führungs·zeugnis vom { $issued }: Die Organisation hat es am { $seen } gesehen.
# same as German: only placeholders
my-data-signup-event = { $date }: { $status } ({ $by })
my-data-signup-event-reason = Grund: { $reason }
my-data-actor-coordinator = Team
# same as German: short everyday word
my-data-actor-resident = Sie
my-data-actor-system = automatisch
# same as German: short status, already plain
my-data-status-new = angemeldet
my-data-status-contacted = Organisation hat sich gemeldet
# same as German: short status, already plain
my-data-status-accepted = zugesagt
# same as German: short status, already plain
my-data-status-declined = abgesagt
my-data-status-withdrawn = abgemeldet
# same as German: short question and placeholders, already plain
my-data-check-in-two-weeks = Frage „Hat es geklappt?“ am { $date }: { $answer }
# same as German: short question and placeholders, already plain
my-data-check-in-three-months = Frage „Sind Sie noch dabei?“ am { $date }: { $answer }
my-data-check-in-unanswered = keine Antwort

## Questions to the teams (/frage).
# same as German: short heading, already plain
my-data-questions-heading = Ihre Fragen an die Teams
# same as German: short everyday word
my-data-questions-none = Keine.
my-data-question-thread = { $team }: Ihre Nachrichten: { $sent }. Antworten: { $received }. Zuletzt am { $date }.
my-data-network-team = Team vom Netzwerk

## What organisations received. { $fields } is a list of the my-data-field-* words.
my-data-shared-heading = Das haben Organisationen von Ihnen bekommen
# same as German: short everyday word
my-data-shared-none = Nichts.
# same as German: only placeholders
my-data-shared-item = { $recipient }: { $fields } – { $when }
my-data-shared-sent = geschickt am { $date }
my-data-shared-pending = noch nicht geschickt
my-data-shared-removed = Dort gelöscht am { $date }. Denn Sie haben Ihre Einwilligung zurückgenommen.
# same as German: short everyday word
my-data-field-first-name = Vorname
my-data-field-telegram-username = Nutzer·name bei Telegram
# same as German: short label, already plain
my-data-field-chat-language = Sprache im Chat
# same as German: short everyday word
my-data-field-languages = Sprachen
# same as German: short label, already plain
my-data-field-signup-message = Ihre Nachricht zur Anmeldung
# same as German: short label, already plain
my-data-field-question = Ihre Frage
my-data-field-check-in-answer = Ihre Antwort auf eine Frage von uns
