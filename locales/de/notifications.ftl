## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it.

notify-signup-contacted = Neuigkeiten zu Ihrer Anmeldung für „{ $title }“: { $organisation } kümmert sich darum und nimmt Kontakt mit Ihnen auf.
notify-signup-accepted =
    Schöne Nachricht: { $organisation } freut sich, dass Sie bei „{ $title }“ mitmachen. Ihre Anmeldung ist bestätigt.

    Wie es weitergeht, besprechen Sie direkt mit { $organisation }.
notify-signup-declined =
    Leider passt es diesmal nicht: { $organisation } kann Ihre Anmeldung für „{ $title }“ nicht annehmen. Vielen Dank trotzdem für Ihre Bereitschaft!

    Mit /angebote finden Sie andere Angebote.
