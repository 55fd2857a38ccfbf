## /meinedaten (flows/my-data.yaml, src/conversation/actions/my-data-actions.ts): everything
## stored about the resident (Art. 15 and 20 DSGVO), as a readable summary and as a JSON file.
## Dates arrive formatted; names, titles and texts as stored.

my-data-nothing-stored = Über Sie ist nichts gespeichert.
my-data-heading = Das ist alles, was der Ehrenamtslotse über Sie gespeichert hat (Stand: { $date }). Die Datei danach enthält alles vollständig, zum Aufbewahren oder Mitnehmen.
my-data-value-none = nicht gespeichert
my-data-file-caption = Alle Ihre Daten vollständig als Datei (JSON, maschinenlesbar).
my-data-footer = Stimmt etwas nicht? Mit /profil ändern Sie Ihre Antworten. Mit /loeschen löschen Sie alle Ihre Daten.

## Profile.
my-data-profile-heading = Ihr Profil
my-data-profile-first-name = Vorname: { $value }
my-data-profile-username = Telegram-Benutzername: { $value }
my-data-profile-locale = Sprache im Chat: { $value }
my-data-profile-interests = Interessen: { $value }
my-data-profile-times = Zeiten: { $value }
my-data-profile-hours = Stunden pro Woche: { $value }
my-data-profile-district = Stadtteil: { $value }
my-data-profile-languages = Sprachen: { $value }
my-data-profile-created = Gespeichert seit: { $date }
my-data-profile-last-active = Zuletzt geschrieben: { $date }

## Consents.
my-data-consents-heading = Ihre Einwilligungen
my-data-consent-privacy = Datenschutzhinweis (Fassung { $version }) zugestimmt am { $date }
my-data-consent-privacy-none = Datenschutzhinweis: keine Zustimmung gespeichert
my-data-consent-contact = Weitergabe an { $organisation } für „{ $title }“ zugestimmt am { $date }

## Signups with their history. { $by } is one of the my-data-actor-* words.
my-data-signups-heading = Ihre Anmeldungen
my-data-signups-none = Keine Anmeldungen.
my-data-signup =
    { $title } ({ $organisation }), angemeldet am { $date }
    Stand: { $status }
my-data-signup-message = Ihre Nachricht: { $message }
my-data-signup-certificate = Führungszeugnis eingesehen am { $seen }, ausgestellt am { $issued }
my-data-signup-event = { $date }: { $status } ({ $by })
my-data-signup-event-reason = Begründung: { $reason }
my-data-actor-coordinator = Koordination
my-data-actor-resident = Sie
my-data-actor-system = System
my-data-status-new = angemeldet
my-data-status-contacted = Kontakt aufgenommen
my-data-status-accepted = zugesagt
my-data-status-declined = abgesagt
my-data-status-withdrawn = zurückgezogen
my-data-check-in-two-weeks = Frage „Hat es geklappt?“ am { $date }: { $answer }
my-data-check-in-three-months = Frage „Sind Sie noch dabei?“ am { $date }: { $answer }
my-data-check-in-unanswered = nicht beantwortet

## Questions to the teams (/frage).
my-data-questions-heading = Ihre Fragen an die Teams
my-data-questions-none = Keine.
my-data-question-thread = { $team }: Nachrichten von Ihnen: { $sent }, Antworten: { $received }, zuletzt am { $date }
my-data-network-team = Team des Netzwerks

## What organisations received. { $fields } is a list of the my-data-field-* words.
my-data-shared-heading = Was Organisationen von Ihnen erhalten haben
my-data-shared-none = Nichts.
my-data-shared-item = { $recipient }: { $fields } – { $when }
my-data-shared-sent = übermittelt am { $date }
my-data-shared-pending = noch nicht übermittelt
my-data-shared-removed = Dort entfernt am { $date }, weil Sie die Einwilligung widerrufen haben
my-data-field-first-name = Vorname
my-data-field-telegram-username = Telegram-Benutzername
my-data-field-chat-language = Sprache im Chat
my-data-field-languages = Sprachen
my-data-field-signup-message = Ihre Nachricht zur Anmeldung
my-data-field-question = Ihre Frage
my-data-field-check-in-answer = Ihre Antwort auf eine Nachfrage
