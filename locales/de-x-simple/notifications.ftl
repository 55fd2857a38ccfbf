# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = Neues zu Ihrer Anmeldung für „{ $title }“ ({ $organisation }): Die Organisation kümmert sich darum. Sie meldet sich bei Ihnen.
notify-signup-accepted =
    Gute Nachricht zu Ihrer Anmeldung für „{ $title }“ ({ $organisation }): Sie sind dabei! Die Organisation hat Ihre Anmeldung bestätigt.

    So geht es weiter: Die Organisation meldet sich bei Ihnen. Dann machen Sie ein erstes Treffen aus. Sie können sich auch selbst bei der Organisation melden.
notify-signup-declined = Zu Ihrer Anmeldung für „{ $title }“ ({ $organisation }): Leider passt es diesmal nicht. Die Organisation kann Ihre Anmeldung nicht annehmen. Trotzdem vielen Dank, dass Sie helfen wollten!

## Below "accepted": the organisation's contact as it published it, one line each (only those it gave).
# same as German: short heading with a placeholder, already plain
notify-contact-heading = So erreichen Sie { $organisation }:
notify-contact-person = Kontakt·person: { $value }
# same as German: label and placeholder, already plain
notify-contact-phone = Telefon: { $value }
# same as German: label and placeholder, already plain
notify-contact-email = E-Mail: { $value }
# same as German: label and placeholder, already plain
notify-contact-address = Adresse: { $value }
notify-contact-website = Internet·seite: { $value }

## Below "declined": the reason as the coordinator wrote it (usually German), then other offers as buttons.
# same as German: short sentence and the quoted reason, already plain
notify-decline-reason = Die Organisation schreibt dazu: „{ $reason }“
notify-alternatives = Vielleicht passen diese Angebote zu Ihnen:
# same as German: already plain German: short sentences, everyday words
notify-alternatives-none = Mit /angebote finden Sie andere Angebote.

## Nobody answered a signup for about two weeks (SIGNUP_RELEASE_WORKING_DAYS). Buttons: keep, withdraw, other offers.
notify-signup-released =
    Zu Ihrer Anmeldung für „{ $title }“ ({ $organisation }): Die Organisation hat sich leider noch nicht gemeldet. Das tut uns leid. Wir haben die Organisation schon daran erinnert.

    Sie können weiter warten. Oder Sie melden sich wieder ab.

## Check-ins after "accepted". Buttons: the answers (check-in-answer-… in follow-ups.ftl).
notify-check-in-two-weeks = Sie haben sich für „{ $title }“ angemeldet. { $organisation } hat Ihre Anmeldung vor einiger Zeit bestätigt. Hat es geklappt?
notify-check-in-three-months = Sie sind jetzt schon eine Weile bei „{ $title }“ ({ $organisation }). Machen Sie dort noch mit?

## An answer of the team to the resident's question; { $message } is the coordinator's text as written.
# same as German: label and placeholders, already plain
notify-team-answer =
    Antwort von { $organisation }:

    { $message }
notify-team-answer-network =
    Das Team vom Ehren·amts-Netzwerk antwortet Ihnen:

    { $message }

## Buttons under these messages (short: a phone shows about 30 characters).
notify-button-ask = Das Team etwas fragen
# same as German: short button word, already plain
notify-button-reply = Antworten
# same as German: short button text, already plain
notify-button-keep = Weiter warten
notify-button-withdraw = Mich wieder abmelden

## A coordinator's message to everyone accepted for an offer (/lotse nachricht in Slack).
## { $message } is the coordinator's text as written (usually German), { $title } the offer,
## { $organisation } offering it.

notify-broadcast =
    Eine Nachricht von { $organisation }. Sie geht an alle, die bei „{ $title }“ mitmachen:

    { $message }
