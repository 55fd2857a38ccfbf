# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /help (flows/help.yaml); also the answer to unknown commands and to messages
## outside a question. English readers see the English commands; the German ones work too.

help-text =
    I am Ehrenamtslotse. I help you find volunteering that suits you.

    Tap a command:
    /offers – offers that suit you
    /profile – change your answers
    /signups – see or withdraw your signups
    /question – ask the team a question
    /language – change language
    /privacy – what happens to your data
    /mydata – see all the data stored about you
    /delete – delete all your data
    /start – start again
    /help – this overview
