# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = News about your signup for "{ $title }" ({ $organisation }): the organisation is looking after it and will get in touch with you.
notify-signup-accepted =
    Good news about your signup for "{ $title }" ({ $organisation }): you are in, your signup is confirmed.

    You will arrange the next steps directly with the organisation.
notify-signup-declined =
    About your signup for "{ $title }" ({ $organisation }): unfortunately it does not work out this time, the organisation cannot accept your signup. Thank you all the same for offering to help!

    /offers shows you other offers.
