# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meine: the resident's signups (src/conversation/actions/signup-actions.ts).
## { $status } is one of the my-signups-status-* labels (the resident's view; coordinators
## see the status-* labels in Slack).

my-signups-heading = Your signups:
my-signups-item =
    { $title }
    { $organisation }
    Status: { $status }
my-signups-none = You have not signed up for any offer yet. /offers shows offers that suit you.

## Withdrawing a signup (flows/my-signups.yaml).

my-signups-choose = Would you like to withdraw a signup? Then tap it.
my-signups-withdraw-button = Withdraw: { $title }
my-signups-close = No, leave everything as it is
my-signups-withdraw-confirm = Do you really want to withdraw this signup? The organisation will be told.
my-signups-withdraw-yes = Yes, withdraw
my-signups-withdraw-no = No, keep it
my-signups-kept = Fine, your signup stays as it is.
my-signups-withdrawn = Your signup is withdrawn. The organisation will be told.
my-signups-not-withdrawable = This signup can no longer be withdrawn. Perhaps its status has just changed; /signups shows how it is going.

## Status of a signup as the resident reads it.

my-signups-status-new = signed up, the organisation will get in touch
my-signups-status-contacted = the organisation has been in touch
my-signups-status-accepted = confirmed – great to have you!
my-signups-status-declined = sadly declined
my-signups-status-withdrawn = withdrawn by you
