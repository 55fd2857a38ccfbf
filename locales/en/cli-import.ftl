# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## lotse import and lotse export: the network from and into a spreadsheet (src/cli/lotse/import-command.ts,
## src/cli/lotse/export-command.ts; the problems are src/services/network/sheet/problems.ts).

cli-import-description = read districts, organisations, coordinators and offers from spreadsheets (CSV, XLSX, JSON, YAML)
cli-import-argument-files = one or more files, e.g. netzwerk.xlsx or netzwerk-angebote.csv netzwerk-organisationen.csv
cli-import-option-dry-run = only check and show what would change; save nothing
cli-import-option-entity = which table a CSV file holds, when its name does not say
cli-import-option-format = file format, when the extension does not say
cli-import-help =
    Check first, then apply:
      lotse import netzwerk.xlsx --dry-run
      lotse import netzwerk.xlsx
    Templates: prisma/templates/ (one CSV file per table and an Excel workbook). Rows are recognised by their key
    (kuerzel; coordinators by their Slack ID): new ones are added, changed ones changed, nothing is deleted –
    to end one, set "aktiv" to "nein". A file may hold only a part, e.g. only offers; organisations and districts
    it refers to may already be in the database.
    If anything in the file is wrong, all problems are listed and nothing is saved.

## Where a problem is.

cli-import-at-cell = { $source }, row { $row }, column { $column }
cli-import-at-row = { $source }, row { $row }
# same as German: only the file name
cli-import-at-table = { $source }
# same as German: the file name and the path of the field
cli-import-at-path = { $source }, { $path }
cli-import-did-you-mean = did you mean "{ $suggestion }"?

## What is wrong (one per problem code).

cli-import-problem-unknown-column = unknown column "{ $column }"
cli-import-problem-duplicate-column = the column "{ $column }" appears twice
cli-import-problem-missing-column = the column "{ $column }" is missing; every row must fill it
cli-import-problem-unknown-field = unknown field "{ $field }"
cli-import-problem-not-a-list = "{ $field }" must be a list
cli-import-problem-missing-cell = "{ $column }" is empty but must be filled
cli-import-problem-missing-translation = "{ $column }" is missing: a translation needs a title and a summary
cli-import-problem-missing-contact = "{ $column }" is missing: a contact person needs a name and an e-mail
cli-import-problem-bad-slug = "{ $value }" is not a valid key (only lower-case letters, digits and hyphens, e.g. leih-oma-auenhain)
cli-import-problem-slug-too-long = "{ $value }" is too long: at most { $max } characters
cli-import-problem-duplicate-key = "{ $value }" is already in row { $first }
cli-import-problem-duplicate-key-at-path = "{ $value }" is already at { $first }
cli-import-problem-not-a-network-file = the file is not a network file (expected: districts, organisations, coordinators, opportunities)
cli-import-problem-table-twice = the table { $table } is already in { $first }; please give it only once
cli-import-problem-bad-number = "{ $value }" is not a number (e.g. 2 or 1,5)
cli-import-problem-bad-whole-number = "{ $value }" is not a whole number
cli-import-problem-out-of-range =
    { $exclusive ->
        [yes] "{ $value }" is not allowed: more than { $min } and at most { $max }
        [open] "{ $value }" is not allowed: at least { $min }
       *[no] "{ $value }" is not allowed: from { $min } to { $max }
    }
cli-import-problem-bad-boolean = "{ $value }" is neither yes nor no (allowed: ja, nein, x, empty)
cli-import-problem-bad-date = "{ $value }" is not a date (e.g. 30.06.2027 or 2027-06-30)
cli-import-problem-bad-times =
    { $reason ->
        [unknown-word] "{ $value }" is not a time we understand: "{ $word }" is unknown (examples: "Mo-Fr vormittags", "Sa 10-12 Uhr", "flexibel")
        [bad-time] "{ $value }" is not a time we understand: "{ $word }" is not a clock time
        [bad-range] "{ $value }" is not a time we understand: the start or end next to "{ $word }" is missing
        [no-time] "{ $value }" names no days and no times of day (examples: "Mo-Fr vormittags", "flexibel")
       *[other] "{ $value }" is not a time we understand (examples: "Mo-Fr vormittags", "Sa 10-12 Uhr", "flexibel")
    }
cli-import-problem-bad-frequency = "{ $value }" is not a frequency (allowed: regelmäßig, einmalig)
cli-import-problem-bad-email = "{ $value }" is not an e-mail address
cli-import-problem-bad-url = "{ $value }" is not a web address (starting with https://)
cli-import-problem-bad-slack-channel = "{ $value }" is not a Slack channel ID (e.g. C0123ABCD)
cli-import-problem-bad-slack-user = "{ $value }" is not a Slack member ID (e.g. U0123ABCD)
cli-import-problem-unknown-interest = "{ $value }" is not a known interest
cli-import-problem-unknown-language = "{ $value }" is not a known language
cli-import-problem-unknown-requirement = "{ $value }" is not a known requirement
cli-import-problem-unknown-district = "{ $value }" is not a known district (neither in the file nor in the database)
cli-import-problem-unknown-organisation = "{ $value }" is not a known organisation (neither in the file nor in the database)
cli-import-problem-listed-twice = "{ $value }" is in the cell twice
cli-import-problem-own-neighbour = a district cannot be its own neighbour
cli-import-problem-required-and-helpful = "{ $value }" is already given as required; please name it only once
cli-import-problem-invalid-value = "{ $value }" is not possible here

## Files that cannot be read at all (src/services/network/formats/source-file-error.ts).

cli-import-file-unreadable = The file cannot be read ({ $reason }).
cli-import-file-unknown-format = Unknown file type "{ $extension }" (possible: { $accepted }). Give the type with --format.
cli-import-file-unknown-entity = The name "{ $name }" does not say which table the file holds (it must contain one of: { $accepted }). Give it with --entity.
cli-import-file-ambiguous-entity = The name "{ $name }" fits several tables ({ $entities }).
cli-import-file-no-known-sheet = No sheet is a known table (sheets: { $sheets }; expected: { $accepted }).
cli-import-file-duplicate-entity = Several sheets hold { $entity }: { $sheets }.
cli-import-file-encoding =
    { $detail ->
        [binary] This is not a text file (perhaps an Excel file with the wrong extension?).
       *[other] The file is not saved as UTF-8.
    }
cli-import-file-empty = The file is empty.
cli-import-file-duplicate-column = { $where }: the column "{ $column }" appears twice.
cli-import-file-unnamed-column = { $where }: row { $row } has a value in column { $column }, which has no header.
cli-import-file-ragged-row = { $where }: row { $row } has { $cells } cells, the header { $expected }.
cli-import-file-bad-structure = { $where } (line { $line }): { $detail }
cli-import-file-syntax = Line { $line }, column { $column }: { $detail }

## The plan: what the import does (or would do with --dry-run).

cli-import-table-districts = Districts
cli-import-table-organisations = Organisations
cli-import-table-coordinators = Coordinators
cli-import-table-opportunities = Offers
cli-import-plan-counts = { $table }: { $created } new, { $changed } changed, { $deactivated } deactivated, { $unchanged } unchanged
cli-import-plan-created = new: { $key } ({ $where })
cli-import-plan-changed = changed: { $key } ({ $where }) – { $changes }
cli-import-plan-deactivated = deactivated: { $key } ({ $where }) – { $changes }
cli-import-change = { $column }: "{ $before }" → "{ $after }"
cli-import-empty-value = empty
cli-import-progress = Checked: { $done } of { $total } rows
cli-import-progress-bar = Checking rows
cli-import-problems-found =
    { $count ->
        [one] 1 problem found. Nothing was saved; please correct the file and run the command again.
       *[other] { $count } problems found. Nothing was saved; please correct the file and run the command again.
    }
cli-import-dry-run-done = Dry run: nothing was saved. To apply, run the same command without --dry-run.
cli-import-nothing-to-change = The database is already up to date; there is nothing to change.
cli-import-applied =
    { $count ->
        [one] Applied: 1 entry new or changed.
       *[other] Applied: { $count } entries new or changed.
    }
cli-import-confirmation-note = New and changed offers count as confirmed as of today (unless bestaetigt_am says otherwise).

## lotse export

cli-export-description = write the network as a spreadsheet (XLSX, CSV per table, JSON, YAML) or the offers as open data (odi, JSON-LD)
cli-export-option-format = format: xlsx (default), csv, json, yaml or odi
cli-export-option-out = target file; for csv the start of the file names (netzwerk → netzwerk-angebote.csv …). Without: json, yaml and odi to the output, xlsx and csv as netzwerk… in the current folder
cli-export-option-id-base = start of the identifiers in odi, e.g. https://netzwerk.example.org/ (default urn:ehrenamtslotse:)
cli-export-help =
    Examples:
      lotse export --out netzwerk.xlsx
      lotse export --format csv --out export/netzwerk
      lotse export --format odi --out angebote.jsonld
    What export writes, import reads back exactly: edit it and bring it back with lotse import.
    odi: the offers currently taking signups, after the open standard for volunteering data
    (standard.volunteeringdata.io), for publishing as open data.
cli-export-written = Written: { $file }
cli-export-summary = { $districts } districts, { $organisations } organisations, { $coordinators } coordinators, { $opportunities } offers
cli-export-odi-summary = { $organisations } organisations with { $activities } offers currently taking signups
cli-export-not-writable = { $file } cannot be written ({ $reason }).
