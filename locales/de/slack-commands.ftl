## The coordinators' tools in Slack: the slash command /lotse (src/channels/slack/listeners/commands/lotse.ts),
## the modal for messages to volunteers (listeners/views/broadcast-submit.ts) and the App Home
## (listeners/events/app-home-opened.ts); texts composed in src/channels/slack/coordinator-texts.ts.
## Slack mrkdwn: *bold*, `code`. Arguments are escaped by the code.

slack-lotse-help = *So nutzt du /lotse*
    `/lotse offen`: offene Anmeldungen deiner Organisation, die ältesten zuerst
    `/lotse statistik [Tage]`: Zahlen der letzten Tage (ohne Angabe 30, höchstens 365)
    `/lotse angebot pausieren <Kürzel>`: ein Angebot vorübergehend nicht mehr anbieten
    `/lotse angebot aktivieren <Kürzel>`: ein pausiertes Angebot wieder anbieten
    `/lotse nachricht <Kürzel>`: allen Zugesagten eines Angebots schreiben
    `/lotse export`: alle Anmeldungen als CSV-Datei, mit Kontaktdaten nur, wo die Person zugestimmt hat
    `/lotse hilfe`: diese Übersicht
    Das Kürzel eines Angebots steht unter jeder Anmeldung („Angebot …“).
slack-lotse-unknown = Diesen Befehl kenne ich nicht.
slack-lotse-not-coordinator = Du bist nicht als Koordinator:in eingetragen, deshalb zeigt dir /lotse keine Daten. Bitte wende dich an das Netzwerk-Team.
slack-lotse-invalid-days = Bitte gib die Tage als ganze Zahl von 1 bis 365 an, zum Beispiel `/lotse statistik 90`.
slack-lotse-invalid-slug = Bitte gib das Kürzel des Angebots an, zum Beispiel `/lotse { $command } leih-oma-auenhain`.

## /lotse offen, and the App Home.

slack-open-heading = *Offene Anmeldungen ({ $count })*
slack-open-none = Keine offenen Anmeldungen. Schön!
slack-open-item = Anmeldung #{ $id } · { $title } ({ $organisation }) · { $status } · { $age } · { $who }
slack-open-age = { $days ->
    [0] seit heute
    [one] seit einem Tag
   *[other] seit { $days } Tagen
  }
slack-open-overdue = überfällig
slack-open-anonymised = Daten gelöscht
slack-open-no-first-name = Vorname nicht angegeben
slack-open-more = … und { $count } weitere. Alle stehen in der Datei von `/lotse export`.

## /lotse statistik, and the App Home. $days, $count and the like are numbers.

slack-stats-heading = *Zahlen der letzten { $days } Tage* ({ $from } bis { $to })
slack-stats-residents = Einwohner:innen, die ihr Profil ausgefüllt haben: { $count }
slack-stats-residents-network = Einwohner:innen, die ihr Profil ausgefüllt haben: { $count } (im ganzen Netzwerk; Einwohner:innen gehören zu keiner Organisation)
slack-stats-total = *Alle Organisationen zusammen*
slack-stats-organisation = *{ $organisation }*
slack-stats-recommendations = Als Empfehlung gezeigt: { $count }
slack-stats-signups = Neue Anmeldungen: { $total } (Stand jetzt: { $new } neu · { $contacted } kontaktiert · { $accepted } zugesagt · { $declined } abgesagt · { $withdrawn } zurückgezogen)
slack-stats-first-answer = Erste Reaktion nach (Median): { $duration } ({ $answered } mit Reaktion, { $unanswered } noch ohne)
slack-stats-first-answer-none = Erste Reaktion: noch keine ({ $unanswered } ohne Reaktion)
slack-stats-check-in-two-weeks = Nachfrage nach zwei Wochen: { $answers } · { $unanswered } ohne Antwort
slack-stats-check-in-three-months = Nachfrage nach drei Monaten: { $answers } · { $unanswered } ohne Antwort
slack-stats-check-in-answer = { $count } { $answer }
slack-stats-check-in-started = hat angefangen
slack-stats-check-in-not-yet = noch nicht
slack-stats-check-in-failed = hat nicht geklappt
slack-stats-check-in-still-in = noch dabei
slack-stats-check-in-stopped = aufgehört
slack-duration-minutes = { $count ->
    [one] einer Minute
   *[other] { $count } Minuten
  }
slack-duration-hours = { $count ->
    [one] einer Stunde
   *[other] { $count } Stunden
  }
slack-duration-days = { $count ->
    [one] einem Tag
   *[other] { $count } Tagen
  }

## /lotse angebot pausieren | aktivieren <Kürzel>

slack-pause-done = „{ $title }“ ({ $organisation }) ist pausiert: Der Bot bietet es nicht mehr an, und niemand kann sich neu anmelden. Bestehende Anmeldungen bleiben. Mit `/lotse angebot aktivieren { $slug }` wird es wieder angeboten.
slack-pause-already = „{ $title }“ ist schon pausiert. Mit `/lotse angebot aktivieren { $slug }` wird es wieder angeboten.
slack-resume-done = „{ $title }“ ({ $organisation }) wird wieder angeboten.
slack-resume-already = „{ $title }“ war nicht pausiert.
slack-resume-inactive = Achtung: Das Angebot ist in der Netzwerkdatei abgeschaltet. Der Bot bietet es erst an, wenn es dort wieder aktiv ist.
slack-opportunity-not-found = Ein Angebot mit dem Kürzel „{ $slug }“ gibt es nicht. Das Kürzel steht unter jeder Anmeldung.
slack-opportunity-not-yours = Das Angebot „{ $slug }“ gehört zu { $organisation }. Du kannst nur die Angebote deiner Organisation ändern.

## /lotse nachricht <Kürzel>: the modal, and the answer after sending.

slack-broadcast-no-volunteers = Für „{ $title }“ hat noch niemand eine Zusage, an die eine Nachricht gehen könnte.
slack-broadcast-modal-title = Nachricht an Zugesagte
slack-broadcast-modal-submit = Senden
slack-broadcast-modal-close = Abbrechen
slack-broadcast-modal-intro = Die Nachricht geht über den Bot an { $count ->
    [one] die zugesagte Person
   *[other] alle { $count } zugesagten Personen
  } von „{ $title }“ ({ $organisation }). Sie lesen sie so, wie du sie schreibst, mit einem kurzen Satz in ihrer Sprache davor, von wem sie kommt.
slack-broadcast-modal-label = Deine Nachricht
slack-broadcast-modal-placeholder = Zum Beispiel: Das Treffen am Samstag beginnt eine Stunde später.
slack-broadcast-invalid = Bitte schreibe eine Nachricht mit höchstens { $max } Zeichen.
slack-broadcast-sent = Deine Nachricht zu „{ $title }“ geht an { $count ->
    [one] eine zugesagte Person
   *[other] { $count } zugesagte Personen
  }.
slack-broadcast-failed = Deine Nachricht konnte nicht gesendet werden. Bitte versuche es gleich noch einmal.

## /lotse export

slack-export-comment = Alle Anmeldungen deiner Organisation als CSV-Datei ({ $count } Zeilen). Vorname und Telegram-Name stehen nur dort, wo die Person der Weitergabe zugestimmt hat. Bitte nicht weitergeben und nach Gebrauch löschen.
slack-export-sent = Die CSV-Datei liegt in deinem Direktchat mit dem Ehrenamtslotsen.
slack-export-failed = Die Datei konnte nicht hochgeladen werden. Bitte versuche es gleich noch einmal.
slack-export-header-signup-id = Anmeldung
slack-export-header-created = Eingegangen
slack-export-header-status = Status
slack-export-header-status-changed = Status seit
slack-export-header-opportunity-slug = Kürzel
slack-export-header-opportunity-title = Angebot
slack-export-header-organisation = Organisation
slack-export-header-first-name = Vorname
slack-export-header-telegram = Telegram

## The App Home.

slack-home-heading = Ehrenamtslotse
slack-home-not-coordinator = Du bist nicht als Koordinator:in eingetragen. Wenn du Anmeldungen bearbeiten sollst, bitte das Netzwerk-Team, dich in die Netzwerkdatei einzutragen.
slack-home-footer = Stand { $time }. Mehr mit `/lotse hilfe`.
