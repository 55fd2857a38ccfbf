## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = Neuigkeiten zu Ihrer Anmeldung für „{ $title }“ ({ $organisation }): Die Organisation kümmert sich darum und nimmt Kontakt mit Ihnen auf.
notify-signup-accepted =
    Schöne Nachricht zu Ihrer Anmeldung für „{ $title }“ ({ $organisation }): Sie sind dabei, Ihre Anmeldung ist bestätigt.

    So geht es weiter: Die Organisation meldet sich bei Ihnen und vereinbart ein erstes Treffen. Sie können sich auch selbst melden.
notify-signup-declined = Zu Ihrer Anmeldung für „{ $title }“ ({ $organisation }): Leider passt es diesmal nicht, die Organisation kann Ihre Anmeldung nicht annehmen. Vielen Dank trotzdem für Ihre Bereitschaft!

## Below "accepted": the organisation's contact as it published it, one line each (only those it gave).
notify-contact-heading = So erreichen Sie { $organisation }:
notify-contact-person = Ansprechperson: { $value }
notify-contact-phone = Telefon: { $value }
notify-contact-email = E-Mail: { $value }
notify-contact-address = Adresse: { $value }
notify-contact-website = Internet: { $value }

## Below "declined": the reason as the coordinator wrote it (usually German), then other offers as buttons.
notify-decline-reason = Die Organisation schreibt dazu: „{ $reason }“
notify-alternatives = Vielleicht passt eines dieser Angebote zu Ihnen:
notify-alternatives-none = Mit /angebote finden Sie andere Angebote.

## Nobody answered a signup for about two weeks (SIGNUP_RELEASE_WORKING_DAYS). Buttons: keep, withdraw, other offers.
notify-signup-released =
    Zu Ihrer Anmeldung für „{ $title }“ ({ $organisation }): Die Organisation hat sich leider noch nicht gemeldet. Das tut uns leid – wir haben sie schon erinnert.

    Sie können weiter warten oder die Anmeldung zurückziehen.

## Check-ins after "accepted". Buttons: the answers (check-in-answer-… in follow-ups.ftl).
notify-check-in-two-weeks = Vor einiger Zeit hat { $organisation } Ihre Anmeldung für „{ $title }“ bestätigt. Hat es geklappt?
notify-check-in-three-months = Sie sind jetzt schon eine Weile bei „{ $title }“ ({ $organisation }). Sind Sie noch dabei?

## An answer of the team to the resident's question; { $message } is the coordinator's text as written.
notify-team-answer =
    Antwort von { $organisation }:

    { $message }
notify-team-answer-network =
    Antwort vom Team des Ehrenamts-Netzwerks:

    { $message }

## Buttons under these messages (short: a phone shows about 30 characters).
notify-button-ask = Frage an das Team
notify-button-reply = Antworten
notify-button-keep = Weiter warten
notify-button-withdraw = Anmeldung zurückziehen

## A coordinator's message to everyone accepted for an offer (/lotse nachricht in Slack).
## { $message } is the coordinator's text as written (usually German), { $title } the offer,
## { $organisation } offering it.

notify-broadcast =
    Eine Nachricht von { $organisation } an alle, die bei „{ $title }“ dabei sind:

    { $message }
