# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = News about your signup for "{ $title }" ({ $organisation }): the organisation is looking after it and will get in touch with you.
notify-signup-accepted =
    Good news about your signup for "{ $title }" ({ $organisation }): you are in, your signup is confirmed.

    What happens next: the organisation will get in touch with you to arrange a first meeting. You can also contact them yourself.
notify-signup-declined = About your signup for "{ $title }" ({ $organisation }): unfortunately it does not work out this time, the organisation cannot accept your signup. Thank you all the same for offering to help!

## Below "accepted": the organisation's contact as it published it, one line each (only those it gave).
notify-contact-heading = How to reach { $organisation }:
notify-contact-person = Contact person: { $value }
notify-contact-phone = Phone: { $value }
notify-contact-email = Email: { $value }
notify-contact-address = Address: { $value }
notify-contact-website = Website: { $value }

## Below "declined": the reason as the coordinator wrote it (usually German), then other offers as buttons.
notify-decline-reason = The organisation adds: "{ $reason }"
notify-alternatives = Perhaps one of these offers suits you:
notify-alternatives-none = /offers shows you other offers.

## Nobody answered a signup for about two weeks (SIGNUP_RELEASE_WORKING_DAYS). Buttons: keep, withdraw, other offers.
notify-signup-released =
    About your signup for "{ $title }" ({ $organisation }): unfortunately the organisation has not replied yet. We are sorry – we have already reminded them.

    You can keep waiting or withdraw your signup.

## Check-ins after "accepted". Buttons: the answers (check-in-answer-… in follow-ups.ftl).
notify-check-in-two-weeks = Some time ago { $organisation } confirmed your signup for "{ $title }". Did it work out?
notify-check-in-three-months = You have been with "{ $title }" ({ $organisation }) for a while now. Are you still taking part?

## An answer of the team to the resident's question; { $message } is the coordinator's text as written.
notify-team-answer =
    Answer from { $organisation }:

    { $message }
notify-team-answer-network =
    Answer from the volunteering network's team:

    { $message }

## Buttons under these messages (short: a phone shows about 30 characters).
notify-button-ask = Ask the team
notify-button-reply = Reply
notify-button-keep = Keep waiting
notify-button-withdraw = Withdraw signup

## A coordinator's message to everyone accepted for an offer (/lotse nachricht in Slack).
## { $message } is the coordinator's text as written (usually German), { $title } the offer,
## { $organisation } offering it.

notify-broadcast =
    A message from { $organisation } to everyone taking part in "{ $title }":

    { $message }
