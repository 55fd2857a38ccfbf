## Labels of signup statuses. Shared by every channel until the Telegram
## texts get a file of their own; the codes are SIGNUP_STATUSES in src/domain/vocabulary.ts.

status-new = Neu
status-contacted = Kontaktiert
status-accepted = Zugesagt
status-declined = Abgesagt
status-withdrawn = Zurückgezogen

## Signup message in the coordinators' Slack channel (src/channels/slack/signup-message.ts).
## Field labels are plain words; the code makes them bold. Arguments are escaped by the code.

slack-signup-header = Neue Anmeldung: { $title }
slack-signup-fallback = Neue Anmeldung für „{ $title }“ ({ $organisation }), Status: { $status }
slack-signup-field-opportunity = Angebot
slack-signup-field-district = Stadtteil
slack-signup-district-none = kein fester Stadtteil
slack-signup-field-first-name = Vorname
slack-signup-first-name-missing = nicht angegeben
slack-signup-field-contact = Kontakt
slack-signup-contact-telegram = Telegram: { $link }
slack-signup-contact-via-bot = Kein Telegram-Kontakt freigegeben, direkt erreichen könnt ihr die Person nicht. Setzt ihr hier den Status, teilt der Bot ihr das mit.
slack-signup-contact-console = Testanmeldung über die Konsole, kein Kontakt möglich.
slack-signup-field-bot-language = Schreibt im Bot auf
slack-signup-field-languages = Spricht
slack-signup-languages-none = keine Angabe
slack-signup-field-status = Status
slack-signup-field-message = Nachricht
slack-signup-no-message = Keine Nachricht.
slack-signup-anonymised = Die Person hat ihre Daten gelöscht. Kontaktdaten gibt es nicht mehr.
slack-signup-reference = Anmeldung #{ $id } · Angebot { $slug } · eingegangen { $date }
slack-signup-status-changed-by = Status „{ $status }“ gesetzt von { $user } am { $date }
slack-signup-status-changed-by-resident = Status „{ $status }“ gesetzt von der angemeldeten Person am { $date }
slack-signup-status-changed-by-system = Status „{ $status }“ automatisch gesetzt am { $date }
slack-signup-final = Diese Anmeldung ist abgeschlossen.

## Buttons under a signup; the action ids are signup_status_<status>.

slack-button-contacted = Kontaktiert
slack-button-accepted = Zugesagt
slack-button-declined = Abgesagt
slack-confirm-declined-title = Anmeldung absagen?
slack-confirm-declined-text = Die Person erfährt über den Bot, dass es diesmal nicht passt. Das lässt sich nicht rückgängig machen.
slack-confirm-declined-confirm = Absagen
slack-confirm-declined-cancel = Abbrechen

## A resident withdrew (src/channels/slack/slack-notifier.ts).

slack-withdrawn-reply = Die Person hat ihre Anmeldung zurückgezogen. Bitte nicht mehr kontaktieren.
slack-withdrawn-message = Anmeldung #{ $id } für „{ $title }“ wurde zurückgezogen. Bitte nicht mehr kontaktieren.

## The organisation's own channel failed, so the message went to the network channel.

slack-channel-fallback-note = Der Slack-Kanal von { $organisation } ist nicht erreichbar ({ $error }), deshalb steht die Anmeldung hier. Bitte gebt sie weiter und ladet die App in den Kanal ein.

## Ephemeral answers to a coordinator's button click.

slack-error-not-coordinator = Du bist nicht als Koordinator:in eingetragen und kannst den Status deshalb nicht ändern. Bitte wende dich an das Netzwerk-Team.
slack-error-not-responsible = Diese Anmeldung gehört zu { $organisation }. Du bist für eine andere Organisation eingetragen.
slack-error-transition = Die Anmeldung steht auf „{ $from }“ und kann nicht mehr auf „{ $to }“ gesetzt werden.
slack-error-not-found = Diese Anmeldung gibt es nicht mehr.
slack-error-generic = Das hat nicht geklappt. Bitte versuche es gleich noch einmal.

## The outbox gave up on a notification (src/channels/slack/slack-notifier.ts, to the network channel).

slack-parked-notice = Eine Benachrichtigung konnte nicht zugestellt werden und wartet jetzt: #{ $id } ({ $kind }, { $subject }), letzter Fehler: { $error }. Mit `npm run outbox -- list` seht ihr alle wartenden, mit `npm run outbox -- retry { $id }` wird sie erneut versucht.
slack-parked-subject-signup = Anmeldung #{ $signupId }
slack-parked-subject-none = ohne Anmeldung

## Nobody acted on a signup (src/channels/slack/slack-notifier.ts; the signup-follow-ups job).
## A reminder in the signup's thread, later a notice in the network channel. $days is a number
## of working days; $coordinators are Slack mentions.

slack-reminder = { $coordinators } Erinnerung: Die Anmeldung #{ $id } für „{ $title }“ wartet seit { $days ->
    [one] einem Arbeitstag
   *[other] { $days } Arbeitstagen
  } auf eine Antwort. Bitte meldet euch bei der Person und setzt den Status mit den Knöpfen an der Anmeldung.
slack-reminder-no-coordinator = Erinnerung: Die Anmeldung #{ $id } für „{ $title }“ wartet seit { $days ->
    [one] einem Arbeitstag
   *[other] { $days } Arbeitstagen
  } auf eine Antwort. Für { $organisation } ist in Slack niemand als Koordinator:in eingetragen, deshalb erwähnt diese Erinnerung niemanden. Bitte gebt die Anmeldung weiter und tragt eine Koordinator:in in die Netzwerkdatei ein.
slack-escalated-notice = Anmeldung #{ $id } für „{ $title }“ ({ $organisation }) wartet seit { $days ->
    [one] einem Arbeitstag
   *[other] { $days } Arbeitstagen
  } auf eine Reaktion, auch nach der Erinnerung in { $channel }. Bitte fragt bei der Organisation nach.
