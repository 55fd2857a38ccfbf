## /meine: the resident's signups (src/conversation/actions/signup-actions.ts).
## { $status } is one of the my-signups-status-* labels (the resident's view; coordinators
## see the status-* labels in Slack).

my-signups-heading = Ihre Anmeldungen:
my-signups-item =
    { $title }
    { $organisation }
    Stand: { $status }
my-signups-none = Sie haben sich noch für kein Angebot angemeldet. Mit /angebote finden Sie passende Angebote.

## Withdrawing a signup (flows/my-signups.yaml).

my-signups-choose = Möchten Sie eine Anmeldung zurückziehen? Dann tippen Sie darauf.
my-signups-withdraw-button = Zurückziehen: { $title }
my-signups-close = Nein, alles bleibt so
my-signups-withdraw-confirm = Möchten Sie diese Anmeldung wirklich zurückziehen? Die Organisation erfährt davon.
my-signups-withdraw-yes = Ja, zurückziehen
my-signups-withdraw-no = Nein, behalten
my-signups-kept = Gut, Ihre Anmeldung bleibt bestehen.
my-signups-withdrawn = Ihre Anmeldung ist zurückgezogen. Die Organisation wird informiert.
my-signups-not-withdrawable = Diese Anmeldung kann nicht mehr zurückgezogen werden. Vielleicht hat sich ihr Stand gerade geändert; unter /meine sehen Sie, wie es damit steht.

## Status of a signup as the resident reads it.

my-signups-status-new = angemeldet, die Organisation meldet sich bei Ihnen
my-signups-status-contacted = die Organisation hat Kontakt aufgenommen
my-signups-status-accepted = zugesagt – schön, dass Sie dabei sind!
my-signups-status-declined = leider abgesagt
my-signups-status-withdrawn = von Ihnen zurückgezogen
