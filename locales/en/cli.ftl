# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## The network manager's command-line tool lotse (src/cli/lotse.ts and src/cli/lotse/).

cli-lotse-description = The network coordination's tool: read offers from a spreadsheet and write them out, pause offers, QR codes, coordinators, figures, backup.
cli-option-lang = Language of the messages (de or en)
cli-see-help = (Help: lotse --help)
