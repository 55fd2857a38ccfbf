## lotse import and lotse export: the network from and into a spreadsheet (src/cli/lotse/import-command.ts,
## src/cli/lotse/export-command.ts; the problems are src/services/network/sheet/problems.ts).

cli-import-description = Stadtteile, Organisationen, Koordinator*innen und Angebote aus Tabellen einlesen (CSV, XLSX, JSON, YAML)
cli-import-argument-files = eine oder mehrere Dateien, z. B. netzwerk.xlsx oder netzwerk-angebote.csv netzwerk-organisationen.csv
cli-import-option-dry-run = nur prüfen und zeigen, was sich ändern würde; nichts speichern
cli-import-option-entity = welche Tabelle eine CSV-Datei enthält, wenn ihr Name es nicht sagt
cli-import-option-format = Dateiformat, wenn die Endung es nicht sagt
cli-import-help =
    Erst prüfen, dann übernehmen:
      lotse import netzwerk.xlsx --dry-run
      lotse import netzwerk.xlsx
    Vorlagen: prisma/templates/ (eine CSV-Datei je Tabelle und eine Excel-Mappe). Zeilen werden über ihr Kürzel
    wiedererkannt (Koordinator*innen über die Slack-ID): neue kommen hinzu, geänderte werden geändert, nichts wird gelöscht –
    zum Beenden „aktiv“ auf „nein“ setzen. Eine Datei darf nur einen Teil enthalten, z. B. nur Angebote; Organisationen und
    Stadtteile, auf die sie verweist, dürfen schon in der Datenbank stehen.
    Ist irgendetwas in der Datei falsch, werden alle Probleme aufgelistet und nichts wird gespeichert.

## Where a problem is.

cli-import-at-cell = { $source }, Zeile { $row }, Spalte { $column }
cli-import-at-row = { $source }, Zeile { $row }
cli-import-at-table = { $source }
cli-import-at-path = { $source }, { $path }
cli-import-did-you-mean = meinten Sie „{ $suggestion }“?

## What is wrong (one per problem code).

cli-import-problem-unknown-column = unbekannte Spalte „{ $column }“
cli-import-problem-duplicate-column = die Spalte „{ $column }“ gibt es zweimal
cli-import-problem-missing-column = die Spalte „{ $column }“ fehlt; sie muss in jeder Zeile ausgefüllt sein
cli-import-problem-unknown-field = unbekanntes Feld „{ $field }“
cli-import-problem-not-a-list = „{ $field }“ muss eine Liste sein
cli-import-problem-missing-cell = „{ $column }“ ist leer, muss aber ausgefüllt sein
cli-import-problem-missing-translation = „{ $column }“ fehlt: eine Übersetzung braucht Titel und Kurzbeschreibung
cli-import-problem-missing-contact = „{ $column }“ fehlt: zur Kontaktperson gehören Name und E-Mail
cli-import-problem-bad-slug = „{ $value }“ ist kein gültiges Kürzel (nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. leih-oma-auenhain)
cli-import-problem-slug-too-long = „{ $value }“ ist zu lang: höchstens { $max } Zeichen
cli-import-problem-duplicate-key = „{ $value }“ steht schon in Zeile { $first }
cli-import-problem-duplicate-key-at-path = „{ $value }“ steht schon bei { $first }
cli-import-problem-not-a-network-file = die Datei ist keine Netzwerkdatei (erwartet: districts, organisations, coordinators, opportunities)
cli-import-problem-table-twice = die Tabelle { $table } steht schon in { $first }; bitte nur einmal angeben
cli-import-problem-bad-number = „{ $value }“ ist keine Zahl (z. B. 2 oder 1,5)
cli-import-problem-bad-whole-number = „{ $value }“ ist keine ganze Zahl
cli-import-problem-out-of-range =
    { $exclusive ->
        [yes] „{ $value }“ ist nicht erlaubt: mehr als { $min } und höchstens { $max }
        [open] „{ $value }“ ist nicht erlaubt: mindestens { $min }
       *[no] „{ $value }“ ist nicht erlaubt: von { $min } bis { $max }
    }
cli-import-problem-bad-boolean = „{ $value }“ ist weder ja noch nein (erlaubt: ja, nein, x, leer)
cli-import-problem-bad-date = „{ $value }“ ist kein Datum (z. B. 30.06.2027 oder 2027-06-30)
cli-import-problem-bad-times =
    { $reason ->
        [unknown-word] „{ $value }“ ist keine verständliche Zeitangabe: „{ $word }“ ist unbekannt (Beispiele: „Mo-Fr vormittags“, „Sa 10-12 Uhr“, „flexibel“)
        [bad-time] „{ $value }“ ist keine verständliche Zeitangabe: „{ $word }“ ist keine Uhrzeit
        [bad-range] „{ $value }“ ist keine verständliche Zeitangabe: bei „{ $word }“ fehlt Anfang oder Ende
        [no-time] „{ $value }“ nennt keine Tage und keine Tageszeiten (Beispiele: „Mo-Fr vormittags“, „flexibel“)
       *[other] „{ $value }“ ist keine verständliche Zeitangabe (Beispiele: „Mo-Fr vormittags“, „Sa 10-12 Uhr“, „flexibel“)
    }
cli-import-problem-bad-frequency = „{ $value }“ ist keine Häufigkeit (erlaubt: regelmäßig, einmalig)
cli-import-problem-bad-email = „{ $value }“ ist keine E-Mail-Adresse
cli-import-problem-bad-url = „{ $value }“ ist keine Internetadresse (mit https:// am Anfang)
cli-import-problem-bad-slack-channel = „{ $value }“ ist keine Slack-Kanal-ID (z. B. C0123ABCD)
cli-import-problem-bad-slack-user = „{ $value }“ ist keine Slack-Mitglieds-ID (z. B. U0123ABCD)
cli-import-problem-unknown-interest = „{ $value }“ ist kein bekanntes Interesse
cli-import-problem-unknown-language = „{ $value }“ ist keine bekannte Sprache
cli-import-problem-unknown-requirement = „{ $value }“ ist keine bekannte Voraussetzung
cli-import-problem-unknown-district = „{ $value }“ ist kein bekannter Stadtteil (weder in der Datei noch in der Datenbank)
cli-import-problem-unknown-organisation = „{ $value }“ ist keine bekannte Organisation (weder in der Datei noch in der Datenbank)
cli-import-problem-listed-twice = „{ $value }“ steht zweimal in der Zelle
cli-import-problem-own-neighbour = ein Stadtteil kann nicht sein eigener Nachbar sein
cli-import-problem-required-and-helpful = „{ $value }“ ist schon als nötig angegeben; bitte nur einmal nennen
cli-import-problem-invalid-value = „{ $value }“ ist hier nicht möglich

## Files that cannot be read at all (src/services/network/formats/source-file-error.ts).

cli-import-file-unreadable = Die Datei kann nicht gelesen werden ({ $reason }).
cli-import-file-unknown-format = Unbekannter Dateityp „{ $extension }“ (möglich: { $accepted }). Mit --format lässt sich der Typ angeben.
cli-import-file-unknown-entity = Aus dem Namen „{ $name }“ geht nicht hervor, welche Tabelle die Datei enthält (der Name muss eines davon enthalten: { $accepted }). Mit --entity lässt sie sich angeben.
cli-import-file-ambiguous-entity = Der Name „{ $name }“ passt zu mehreren Tabellen ({ $entities }).
cli-import-file-no-known-sheet = Kein Tabellenblatt ist eine bekannte Tabelle (Blätter: { $sheets }; erwartet: { $accepted }).
cli-import-file-duplicate-entity = Mehrere Tabellenblätter enthalten { $entity }: { $sheets }.
cli-import-file-encoding =
    { $detail ->
        [binary] Das ist keine Textdatei (vielleicht eine Excel-Datei mit falscher Endung?).
       *[other] Die Datei ist nicht in UTF-8 gespeichert.
    }
cli-import-file-empty = Die Datei ist leer.
cli-import-file-duplicate-column = { $where }: die Spalte „{ $column }“ gibt es zweimal.
cli-import-file-unnamed-column = { $where }: Zeile { $row } hat einen Wert in Spalte { $column }, die keine Überschrift hat.
cli-import-file-ragged-row = { $where }: Zeile { $row } hat { $cells } Zellen, die Kopfzeile { $expected }.
cli-import-file-bad-structure = { $where } (Zeile { $line }): { $detail }
cli-import-file-syntax = Zeile { $line }, Spalte { $column }: { $detail }

## The plan: what the import does (or would do with --dry-run).

cli-import-table-districts = Stadtteile
cli-import-table-organisations = Organisationen
cli-import-table-coordinators = Koordinator*innen
cli-import-table-opportunities = Angebote
cli-import-plan-counts = { $table }: { $created } neu, { $changed } geändert, { $deactivated } deaktiviert, { $unchanged } unverändert
cli-import-plan-created = neu: { $key } ({ $where })
cli-import-plan-changed = geändert: { $key } ({ $where }) – { $changes }
cli-import-plan-deactivated = deaktiviert: { $key } ({ $where }) – { $changes }
cli-import-change = { $column }: „{ $before }“ → „{ $after }“
cli-import-empty-value = leer
cli-import-progress = Geprüft: { $done } von { $total } Zeilen
cli-import-progress-bar = Prüfe Zeilen
cli-import-problems-found =
    { $count ->
        [one] 1 Problem gefunden. Es wurde nichts gespeichert; bitte korrigieren Sie die Datei und rufen Sie den Befehl noch einmal auf.
       *[other] { $count } Probleme gefunden. Es wurde nichts gespeichert; bitte korrigieren Sie die Datei und rufen Sie den Befehl noch einmal auf.
    }
cli-import-dry-run-done = Probelauf: es wurde nichts gespeichert. Zum Übernehmen denselben Befehl ohne --dry-run aufrufen.
cli-import-nothing-to-change = Die Datenbank ist schon auf diesem Stand; es gibt nichts zu ändern.
cli-import-applied =
    { $count ->
        [one] Übernommen: 1 Eintrag neu oder geändert.
       *[other] Übernommen: { $count } Einträge neu oder geändert.
    }
cli-import-confirmation-note = Neue und geänderte Angebote gelten ab heute als bestätigt (außer eine andere Angabe in bestaetigt_am).

## lotse export

cli-export-description = das Netzwerk als Tabelle ausgeben (XLSX, CSV je Tabelle, JSON, YAML) oder die Angebote als offene Daten (odi, JSON-LD)
cli-export-option-format = Format: xlsx (Standard), csv, json, yaml oder odi
cli-export-option-out = Zieldatei; bei csv der Anfang der Dateinamen (netzwerk → netzwerk-angebote.csv …). Ohne: json, yaml und odi auf die Ausgabe, xlsx und csv als netzwerk… im aktuellen Ordner
cli-export-option-id-base = Anfang der Kennungen in odi, z. B. https://netzwerk.example.org/ (sonst urn:ehrenamtslotse:)
cli-export-help =
    Beispiele:
      lotse export --out netzwerk.xlsx
      lotse export --format csv --out export/netzwerk
      lotse export --format odi --out angebote.jsonld
    Was export schreibt, liest import genau so wieder ein: bearbeiten und zurück mit lotse import.
    odi: die Angebote, die gerade Anmeldungen annehmen, nach dem offenen Standard für Ehrenamtsdaten
    (standard.volunteeringdata.io), zum Veröffentlichen als offene Daten.
cli-export-written = Geschrieben: { $file }
cli-export-summary = { $districts } Stadtteile, { $organisations } Organisationen, { $coordinators } Koordinator*innen, { $opportunities } Angebote
cli-export-odi-summary = { $organisations } Organisationen mit { $activities } Angeboten, die gerade Anmeldungen annehmen
cli-export-not-writable = { $file } kann nicht geschrieben werden ({ $reason }).
