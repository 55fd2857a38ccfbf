## The network manager's command-line tool lotse (src/cli/lotse.ts and src/cli/lotse/).

cli-lotse-description = Das Werkzeug für die Netzwerk-Koordination: Angebote aus einer Tabelle einlesen und ausgeben, Angebote pausieren, QR-Codes, Koordinator*innen, Zahlen, Sicherung.
cli-option-lang = Sprache der Meldungen (de oder en)
cli-see-help = (Hilfe: lotse --help)
