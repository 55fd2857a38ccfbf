## lotse qr: QR codes of the bot's deep links and A4 posters (src/cli/lotse/qr-command.ts).
## The poster texts (cli-qr-poster-*) are read by residents in a Mehrgenerationenhaus.

cli-qr-description = Write QR codes with the link to the bot (PNG and SVG), for one offer, or with --all for every available offer plus a poster (PDF, A4) per organisation
cli-qr-argument-slug = the offer's slug, e.g. leih-oma-auenhain
cli-qr-option-all = every offer that takes signups now, and a poster per organisation
cli-qr-option-out = folder for the files (created if it does not exist)
cli-qr-option-bot = the bot's username, e.g. lotse_saalberg_bot (default: TELEGRAM_BOT_USERNAME)
cli-qr-slug-or-all = Please give either an offer's slug (lotse qr leih-oma-auenhain) or --all for every offer.
cli-qr-no-bot = The bot's username is missing; without it there is no link. Set TELEGRAM_BOT_USERNAME or pass it with --bot, e.g. --bot lotse_saalberg_bot (as @BotFather shows it).
cli-qr-invalid-bot = "{ $value }" is not a Telegram bot's username: 5 to 32 letters, digits or _, ending in "bot" (e.g. lotse_saalberg_bot).
cli-qr-unknown-offer = There is no offer with the slug "{ $slug }".
cli-qr-did-you-mean = Did you mean "{ $suggestion }"?
cli-qr-list-hint = lotse list shows every slug.
cli-qr-not-available = Note: "{ $title }" takes no signups at the moment (switched off, paused, expired or full). Whoever scans the code now sees the other offers in the bot.
# same as German: "Link" is English too
cli-qr-link = Link: { $link }
cli-qr-written = Written:
cli-qr-written-all =
    { $offers ->
        [one] One QR code (PNG and SVG)
       *[other] { $offers } QR codes (PNG and SVG)
    } and { $posters ->
        [one] one poster
       *[other] { $posters } posters
    } in { $dir }:
cli-qr-nothing = No offer takes signups at the moment; nothing was written.
cli-qr-poster-invitation = Join in! Scan a code with your phone's camera. The Ehrenamtslotse on Telegram shows you the offer and helps you sign up.
cli-qr-poster-footer = Ehrenamtslotse · As of { $date } · Page { $page } of { $pages }
