# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meine: the resident's signups (src/conversation/actions/signup-actions.ts).
## { $status } is one of the my-signups-status-* labels (the resident's view; coordinators
## see the status-* labels in Slack).

# same as German: already plain German: short sentences, everyday words
my-signups-heading = Ihre Anmeldungen:
# same as German: only placeholders and the label „Stand“
my-signups-item =
    { $title }
    { $organisation }
    Stand: { $status }
# same as German: already plain German: short sentences, everyday words
my-signups-none = Sie haben sich noch für kein Angebot angemeldet. Mit /angebote finden Sie passende Angebote.

## Withdrawing a signup (flows/my-signups.yaml).

my-signups-choose = Zurückziehen heißt: Sie melden sich wieder ab. Wollen Sie eine Anmeldung zurückziehen? Dann tippen Sie auf die Anmeldung.
# same as German: button: 1 verb and the title, already plain
my-signups-withdraw-button = Zurückziehen: { $title }
# same as German: short button text, already plain
my-signups-close = Nein, alles bleibt so
my-signups-withdraw-confirm = Wollen Sie diese Anmeldung wirklich zurückziehen? Die Organisation erfährt davon.
# same as German: short button text, already plain
my-signups-withdraw-yes = Ja, zurückziehen
# same as German: short button text, already plain
my-signups-withdraw-no = Nein, behalten
# same as German: already plain German: short sentences, everyday words
my-signups-kept = Gut, Ihre Anmeldung bleibt bestehen.
my-signups-withdrawn = Ihre Anmeldung gilt nicht mehr. Wir sagen der Organisation Bescheid.
my-signups-not-withdrawable = Diese Anmeldung können Sie nicht mehr zurückziehen. Vielleicht hat sich gerade der Stand geändert. Unter /meine sehen Sie den aktuellen Stand.

## Status of a signup as the resident reads it.

my-signups-status-new = angemeldet – die Organisation meldet sich bei Ihnen
my-signups-status-contacted = die Organisation hat sich bei Ihnen gemeldet
my-signups-status-accepted = zugesagt – schön, dass Sie mitmachen!
# same as German: short status, already plain
my-signups-status-declined = leider abgesagt
my-signups-status-withdrawn = Sie haben sich abgemeldet
