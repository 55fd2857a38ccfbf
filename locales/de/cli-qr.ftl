## lotse qr: QR codes of the bot's deep links and A4 posters (src/cli/lotse/qr-command.ts).
## The poster texts (cli-qr-poster-*) are read by residents in a Mehrgenerationenhaus.

cli-qr-description = QR-Codes mit dem Link zum Bot schreiben (PNG und SVG), für ein Angebot oder mit --all für alle verfügbaren Angebote, dazu je Organisation ein Plakat (PDF, A4)
cli-qr-argument-slug = Kürzel des Angebots, z. B. leih-oma-auenhain
cli-qr-option-all = alle Angebote, die gerade Anmeldungen annehmen, und ein Plakat je Organisation
cli-qr-option-out = Ordner für die Dateien (wird angelegt, wenn es ihn noch nicht gibt)
cli-qr-option-bot = Benutzername des Bots, z. B. lotse_saalberg_bot (sonst gilt TELEGRAM_BOT_USERNAME)
cli-qr-slug-or-all = Bitte geben Sie entweder das Kürzel eines Angebots an (lotse qr leih-oma-auenhain) oder --all für alle Angebote.
cli-qr-no-bot = Der Benutzername des Bots fehlt; ohne ihn gibt es keinen Link. Setzen Sie TELEGRAM_BOT_USERNAME oder geben Sie ihn mit --bot an, z. B. --bot lotse_saalberg_bot (so, wie @BotFather ihn anzeigt).
cli-qr-invalid-bot = „{ $value }“ ist kein Benutzername eines Telegram-Bots: 5 bis 32 Buchstaben, Ziffern oder _, am Ende „bot“ (z. B. lotse_saalberg_bot).
cli-qr-unknown-offer = Es gibt kein Angebot mit dem Kürzel „{ $slug }“.
cli-qr-did-you-mean = Meinten Sie „{ $suggestion }“?
cli-qr-list-hint = Alle Kürzel zeigt: lotse list
cli-qr-not-available = Hinweis: „{ $title }“ nimmt zurzeit keine Anmeldungen an (ausgeschaltet, pausiert, abgelaufen oder voll). Wer den Code jetzt scannt, sieht im Bot die übrigen Angebote.
cli-qr-link = Link: { $link }
cli-qr-written = Geschrieben:
cli-qr-written-all =
    { $offers ->
        [one] Ein QR-Code (PNG und SVG)
       *[other] { $offers } QR-Codes (PNG und SVG)
    } und { $posters ->
        [one] ein Plakat
       *[other] { $posters } Plakate
    } in { $dir }:
cli-qr-nothing = Kein Angebot nimmt gerade Anmeldungen an; es wurde nichts geschrieben.
cli-qr-poster-invitation = Machen Sie mit! Scannen Sie einen Code mit der Kamera Ihres Handys. Der Ehrenamtslotse auf Telegram zeigt Ihnen das Angebot und hilft bei der Anmeldung.
cli-qr-poster-footer = Ehrenamtslotse · Stand: { $date } · Seite { $page } von { $pages }
