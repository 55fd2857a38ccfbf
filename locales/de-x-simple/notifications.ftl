# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = Neues zu Ihrer Anmeldung für „{ $title }“ ({ $organisation }): Die Organisation kümmert sich darum. Sie meldet sich bei Ihnen.
notify-signup-accepted =
    Gute Nachricht zu Ihrer Anmeldung für „{ $title }“ ({ $organisation }): Sie sind dabei! Die Organisation hat Ihre Anmeldung bestätigt.

    Die nächsten Schritte besprechen Sie direkt mit der Organisation.
notify-signup-declined =
    Zu Ihrer Anmeldung für „{ $title }“ ({ $organisation }): Leider passt es diesmal nicht. Die Organisation kann Ihre Anmeldung nicht annehmen. Trotzdem vielen Dank, dass Sie helfen wollten!

    Mit /angebote finden Sie andere Angebote.
