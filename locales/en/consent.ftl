# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /signups: withdrawing a signup together with the consent to pass the data on (flows/my-signups.yaml,
## Art. 7(3) GDPR). Shown before my-signups-withdraw-confirm, whose buttons are
## my-signups-withdraw-yes, consent-withdraw-button and my-signups-withdraw-no.

consent-withdraw-explain =
    You can simply withdraw the signup.

    Or you withdraw it and also withdraw your consent for the organisation to have your data. Then the organisation no longer sees your first name, your Telegram contact or your message. We also ask them to delete any notes they made about you.
consent-withdraw-button = Withdraw and delete my data
consent-withdrawn-done = Your signup is withdrawn. The organisation no longer sees your data and is asked to delete any notes it made about you.
