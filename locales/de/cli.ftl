## The network manager's command-line tool lotse (src/cli/lotse.ts and src/cli/lotse/).
## The shell, list/show/pause/resume, coordinator, stats and backup; other commands have their
## own cli-*.ftl files. German is the default (the users are German administrators), formal "Sie".

cli-lotse-description = Das Werkzeug für die Netzwerk-Koordination: Angebote aus einer Tabelle einlesen und ausgeben, Angebote pausieren, QR-Codes, Koordinator*innen, Zahlen, Sicherung.
cli-option-lang = Sprache der Meldungen
cli-see-help = (Hilfe: lotse --help)
cli-lotse-help =
    Beispiele:
      lotse list --expired --stale    abgelaufene und nicht bestätigte Angebote
      lotse show leih-oma-altstadt    alles über ein Angebot
      lotse help list                 Hilfe zu einem Befehl
    Aus dem Projektordner: npx lotse … oder npm run lotse -- …
    Rückgabewerte: 0 erledigt, 1 fehlgeschlagen (z. B. unbekanntes Angebot), 2 falsch aufgerufen.

## Commander's own words in the help and its error messages (src/cli/lotse.ts).

cli-help-usage = Aufruf:
cli-help-arguments = Argumente:
cli-help-options = Optionen:
cli-help-global-options = Allgemeine Optionen:
cli-help-commands = Befehle:
cli-help-choices = Auswahl
cli-help-default = Vorgabe
cli-help-option = Hilfe zu diesem Befehl anzeigen
cli-help-command = Hilfe zu einem Befehl anzeigen
cli-help-options-placeholder = optionen
cli-help-command-argument = befehl
cli-error-unknown-command = Fehler: Unbekannter Befehl „{ $name }“.
cli-error-unknown-option = Fehler: Unbekannte Option „{ $option }“.
cli-error-missing-argument = Fehler: Es fehlt die Angabe „{ $name }“.
cli-error-option-value-missing = Fehler: Zur Option „{ $option }“ fehlt der Wert.
cli-error-required-option = Fehler: Die Option „{ $option }“ ist nötig.
cli-error-too-many-arguments = Fehler: Zu viele Angaben: erwartet { $expected }, erhalten { $got }.
cli-error-invalid-choice = Fehler: „{ $value }“ ist für „{ $option }“ nicht möglich; erlaubt sind { $choices }.
cli-error-invalid-option-value = Fehler: „{ $value }“ ist für „{ $option }“ nicht möglich: { $detail }
cli-did-you-mean = Meinten Sie { $suggestions }?

## Slugs that name nothing (src/cli/lotse/output.ts).

cli-unknown-opportunity = Es gibt kein Angebot „{ $slug }“.
cli-unknown-organisation = Es gibt keine Organisation „{ $slug }“.
cli-see-list = Die Angebote zeigt: lotse list --inactive
cli-existing-organisations = Vorhandene Organisationen: { $slugs }
cli-argument-opportunity-slug = Kurzname (Slug) des Angebots, z. B. leih-oma-altstadt

## Status of an offer (src/domain/availability.ts) and whether it is still known to be current
## (src/domain/freshness.ts).

cli-status-active = aktiv
cli-status-inactive = inaktiv
cli-status-paused = pausiert
cli-status-expired = abgelaufen
cli-status-stale = nicht bestätigt
cli-status-full = voll
cli-freshness-fresh = aktuell
cli-freshness-due = fällig
cli-freshness-asked = angefragt
cli-freshness-stale = veraltet

## lotse list

cli-list-description = Angebote mit Status und Aktualität auflisten
cli-list-option-org = nur die Angebote dieser Organisation (Kurzname)
cli-list-option-inactive = auch abgeschaltete und pausierte Angebote
cli-list-option-expired = nur Angebote, deren letzter Tag (gültig bis) vorbei ist
cli-list-option-stale = nur Angebote, die bestätigt werden müssen (fällig, angefragt oder veraltet)
cli-list-help =
    Ohne Optionen: die laufenden Angebote. --expired und --stale lassen sich verbinden und zeigen dann beide Arten.
    Aktualität: aktuell = kürzlich bestätigt; fällig = die Organisation wird gefragt; angefragt = gefragt, Antwort steht aus; veraltet = keine Antwort, wird nicht mehr empfohlen.
    Plätze: offene Anmeldungen / Plätze (– = ohne Grenze).
    Beispiel: lotse list --org mgh-altstadt --inactive
cli-list-column-slug = Kurzname
cli-list-column-title = Titel
cli-list-column-organisation = Organisation
cli-list-column-status = Status
cli-list-column-freshness = Aktualität
cli-list-column-confirmed = Bestätigt
cli-list-column-places = Plätze
cli-list-count =
    { $count ->
        [one] 1 Angebot.
       *[other] { $count } Angebote.
    }
cli-list-empty = Keine Angebote gefunden.
cli-list-left-out-expired =
    { $count ->
        [one] 1 abgelaufenes Angebot nicht gezeigt (--expired).
       *[other] { $count } abgelaufene Angebote nicht gezeigt (--expired).
    }
cli-list-left-out-inactive =
    { $count ->
        [one] 1 abgeschaltetes oder pausiertes Angebot nicht gezeigt (--inactive).
       *[other] { $count } abgeschaltete oder pausierte Angebote nicht gezeigt (--inactive).
    }

## lotse show

cli-show-description = Alles über ein Angebot zeigen (Anmeldungen nur als Zahlen)
cli-show-help = Beispiel: lotse show leih-oma-altstadt
cli-show-field-slug = Kurzname
cli-show-field-status = Status
cli-show-field-paused = Pausiert
cli-show-field-freshness = Aktualität
cli-show-field-valid-until = Gültig bis
cli-show-field-organisation = Organisation
cli-show-field-coordinators = Koordination
cli-show-field-summary = Kurzbeschreibung
cli-show-field-description = Beschreibung
cli-show-field-translations = Übersetzungen
cli-show-field-interests = Interessen
cli-show-field-time = Zeit
cli-show-field-place = Ort
cli-show-field-languages = Sprachen
cli-show-field-requirements = Voraussetzungen
cli-show-field-min-age = Mindestalter
cli-show-field-places = Plätze
cli-show-field-signups = Anmeldungen
cli-show-none = keine
cli-show-open-ended = unbefristet
cli-show-paused-since = seit { $date }, von { $by }
cli-show-confirmed-at = bestätigt am { $date }
cli-show-asked-at = angefragt am { $date }
cli-show-stale-at = ohne Antwort veraltet ab { $date }
cli-show-stale-since = veraltet seit { $date }
cli-show-network-channel = Anmeldungen gehen in den Netzwerk-Kanal
cli-show-slack-channel = Slack-Kanal { $channel }
cli-show-translations-missing = es fehlt: { $locales }
cli-show-schedule-flexible = zeitlich flexibel
cli-show-hours = { $hours } Std./Woche
cli-show-frequency-regular = regelmäßig
cli-show-frequency-once = einmalig
cli-show-commitment =
    { $months ->
        [one] mindestens 1 Monat
       *[other] mindestens { $months } Monate
    }
cli-show-place-citywide = stadtweit
cli-show-place-remote = von zu Hause / online
cli-show-place-unknown-district = Stadtteil fehlt
cli-show-languages-required = nötig: { $languages }
cli-show-languages-helpful = hilfreich: { $languages }
cli-show-little-german = wenig Deutsch nötig
cli-show-places = { $open } von { $capacity } belegt
cli-show-places-unlimited = { $open } belegt, ohne Grenze

## lotse pause / resume

cli-pause-description = Ein Angebot pausieren: nicht mehr empfehlen, keine neuen Anmeldungen
cli-pause-help =
    Bestehende Anmeldungen bleiben. Ein Import der Tabelle hebt die Pause nicht auf; lotse resume tut es.
    Beispiel: lotse pause leih-oma-altstadt
cli-pause-done = Pausiert: „{ $title }“ ({ $organisation }). Es wird nicht mehr empfohlen und nimmt keine neuen Anmeldungen an.
cli-pause-already = „{ $title }“ ({ $organisation }) war schon pausiert.
cli-resume-description = Ein pausiertes Angebot wieder anbieten (gilt damit als bestätigt)
cli-resume-help = Beispiel: lotse resume leih-oma-altstadt
cli-resume-done = Wieder im Angebot: „{ $title }“ ({ $organisation }). Es gilt ab heute als bestätigt.
cli-resume-already = „{ $title }“ ({ $organisation }) war nicht pausiert.
cli-resume-switched-off = Hinweis: Das Angebot oder seine Organisation ist in der Tabelle abgeschaltet (aktiv: nein); es wird erst empfohlen, wenn es dort wieder eingeschaltet ist.

## lotse coordinator

cli-coordinator-description = Koordinator*innen in Slack eintragen, anzeigen, austragen
cli-coordinator-help =
    Die Slack-Mitglieds-ID finden Sie in Slack im Profil unter ⋮ → „Mitglieds-ID kopieren“ (z. B. U0123ABCD).
    Ohne --org ist die Person Netzwerk-Koordination und handelt für alle Organisationen.
cli-coordinator-add-description = Eine Person eintragen; ist die ID schon eingetragen, werden Name und Organisation geändert
cli-coordinator-add-help =
    Beispiele:
      lotse coordinator add U0123ABCD --name "Sabine Krause" --org mgh-altstadt
      lotse coordinator add U0456EFGH --name "Katrin Weber"    (Netzwerk-Koordination)
cli-coordinator-list-description = Alle Koordinator*innen anzeigen
cli-coordinator-remove-description = Eine Person austragen
cli-argument-slack-user-id = Slack-Mitglieds-ID, z. B. U0123ABCD
cli-coordinator-option-name = Name, wie er in Slack-Nachrichten erscheint
cli-coordinator-option-org = Kurzname der Organisation; ohne: Netzwerk-Koordination
cli-coordinator-network-manager = Netzwerk-Koordination (alle Organisationen)
cli-coordinator-added = Eingetragen: { $coordinator }
cli-coordinator-updated = Die ID war schon eingetragen und wurde geändert: vorher { $before }; jetzt { $coordinator }
cli-coordinator-unchanged = Schon so eingetragen: { $coordinator }
cli-coordinator-removed = Ausgetragen: { $coordinator }
cli-coordinator-not-found = Unter der Slack-ID { $slackUserId } ist niemand eingetragen (lotse coordinator list zeigt alle).
cli-coordinator-invalid-slack-user-id = „{ $value }“ ist keine Slack-Mitglieds-ID: sie beginnt mit U oder W, gefolgt von Großbuchstaben und Ziffern (z. B. U0123ABCD).
cli-coordinator-invalid-name = Der Name darf nicht leer und höchstens 100 Zeichen lang sein.
cli-coordinator-list-empty = Noch niemand eingetragen.
cli-coordinator-column-name = Name
cli-coordinator-column-slack-user-id = Slack-ID
cli-coordinator-column-organisation = Organisation

## lotse stats

cli-stats-description = Die Zahlen des Netzwerks: vom Profil bis „nach 3 Monaten noch dabei“, je Organisation und Stadtteil
cli-stats-option-since = ab diesem Tag (JJJJ-MM-TT oder TT.MM.JJJJ; ohne: die letzten 30 Tage)
cli-stats-option-format = Ausgabe als Tabelle (text) oder für Excel (csv, mit Semikolon)
cli-stats-help =
    Beispiele:
      lotse stats --since 01.09.2026
      lotse stats --format csv > zahlen.csv
cli-stats-invalid-date = kein Datum; bitte JJJJ-MM-TT oder TT.MM.JJJJ, z. B. 01.09.2026
cli-stats-since-in-future = Der { $date } liegt nicht in der Vergangenheit.
cli-stats-title = Zahlen vom { $from } bis { $to }
cli-stats-by-organisation = Nach Organisation
cli-stats-by-district = Nach Stadtteil (Angebote nach ihrem Ort, Einwohner*innen nach ihrer Wahl)
cli-stats-total = Gesamt
cli-stats-place-citywide = stadtweit / überall
cli-stats-place-remote = online / von zu Hause
cli-stats-place-unknown = Stadtteil fehlt
cli-stats-column-group = Gruppe
cli-stats-column-name = Name
cli-stats-column-onboarded = Neu
cli-stats-column-shown = Empfohlen
cli-stats-column-signed-up = Angemeldet
cli-stats-column-contacted = Kontaktiert
cli-stats-column-accepted = Zugesagt
cli-stats-column-started = Begonnen
cli-stats-column-still-active = Nach 3 Mon.
cli-stats-group-organisation = Organisation
cli-stats-group-district = Stadtteil
cli-stats-group-total = Gesamt
cli-stats-explanation =
    Neu: Einwohner*innen, die im Zeitraum alle Fragen beantwortet haben (Organisationen: –, weil sie zu keiner gehören).
    Empfohlen: wie oft Angebote als Vorschlag gezeigt wurden.
    Angemeldet bis Nach 3 Mon.: die Anmeldungen des Zeitraums und wie weit sie bis heute kamen – kontaktiert (oder gleich zugesagt), zugesagt, laut Nachfrage nach 2 Wochen begonnen, nach 3 Monaten noch dabei.

## lotse backup

cli-backup-description = Eine Sicherungskopie der Datenbank schreiben, auch während der Bot läuft
cli-backup-argument-file = wohin die Kopie geschrieben wird
cli-backup-option-force = eine vorhandene Datei überschreiben
cli-backup-help =
    Die Kopie ist eine vollständige SQLite-Datenbank. Zum Zurückspielen den Bot anhalten und die Datei an die Stelle von DATABASE_URL kopieren.
    Beispiel: lotse backup sicherungen/lotse-2026-11-23.db
cli-backup-done = Sicherung geschrieben: { $file } ({ $size }).
cli-backup-exists = Die Datei { $file } gibt es schon. Mit --force wird sie überschrieben.
cli-backup-no-database = Die Datenbank { $file } gibt es nicht (DATABASE_URL prüfen).
