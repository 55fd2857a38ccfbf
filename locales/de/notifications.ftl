## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = Neuigkeiten zu Ihrer Anmeldung für „{ $title }“ ({ $organisation }): Die Organisation kümmert sich darum und nimmt Kontakt mit Ihnen auf.
notify-signup-accepted =
    Schöne Nachricht zu Ihrer Anmeldung für „{ $title }“ ({ $organisation }): Sie sind dabei, Ihre Anmeldung ist bestätigt.

    Die nächsten Schritte besprechen Sie direkt mit der Organisation.
notify-signup-declined =
    Zu Ihrer Anmeldung für „{ $title }“ ({ $organisation }): Leider passt es diesmal nicht, die Organisation kann Ihre Anmeldung nicht annehmen. Vielen Dank trotzdem für Ihre Bereitschaft!

    Mit /angebote finden Sie andere Angebote.
