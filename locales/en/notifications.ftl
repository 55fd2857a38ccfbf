## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it.

notify-signup-contacted = News about your signup for "{ $title }": { $organisation } is looking after it and will get in touch with you.
notify-signup-accepted =
    Good news: { $organisation } is glad that you are joining "{ $title }". Your signup is confirmed.

    You will arrange the next steps directly with { $organisation }.
notify-signup-declined =
    Unfortunately it does not work out this time: { $organisation } cannot accept your signup for "{ $title }". Thank you all the same for offering to help!

    /angebote shows you other offers.
