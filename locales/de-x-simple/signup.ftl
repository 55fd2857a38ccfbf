# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Signing up for one offer (flows/signup.yaml). The details of the offer are shown just
## before. Arguments from the flow: { $opportunityTitle }, { $organisationName } (a name
## without an article, so it stands on its own line or after a colon) and
## { $requirementsText } (a list, one requirement per line).

signup-decide = Wollen Sie bei „{ $opportunityTitle }“ mitmachen?
signup-start = Ja, ich mache mit
# same as German: short button text, already plain
signup-back = Zurück zu den Angeboten
signup-already = Für dieses Angebot sind Sie schon angemeldet. Unter /meine sehen Sie den Stand.
signup-unavailable = Bei diesem Angebot geht im Moment leider keine Anmeldung mehr. Mit /angebote finden Sie andere Angebote.

## Requirements such as a certificate of good conduct.

signup-requirements =
    Für „{ $opportunityTitle }“ brauchen Sie das hier:
    { $requirementsText }

    Ist das für Sie in Ordnung?
# same as German: short button text, already plain
signup-requirements-ok = Ja, das passt
# same as German: short button text, already plain
signup-requirements-not-ok = Nein, das geht nicht
# same as German: already plain German: short sentences, everyday words
signup-requirements-declined = Schade, aber gut zu wissen. Sie sind nicht angemeldet. Mit /angebote finden Sie andere Angebote.

## Consent to pass the contact on, an optional message, the final yes.

signup-contact-consent =
    Diese Organisation soll sich bei Ihnen melden können:
    { $organisationName }

    Dafür gebe ich ihr Ihren Vornamen und Ihren Telegram-Kontakt. Sonst bekommt niemand diese Angaben.

    Stimmen Sie zu?
# same as German: short button text, already plain
signup-contact-consent-yes = Ja, weitergeben
# same as German: short button text, already plain
signup-contact-consent-no = Nein, abbrechen
signup-message =
    Wollen Sie der Organisation noch etwas sagen? Zum Beispiel, wann man Sie gut erreicht.

    Schreiben Sie es einfach als Nachricht. Oder tippen Sie auf „{ signup-message-skip }“.
# same as German: short button text, already plain
signup-message-skip = Ohne Nachricht weiter
# same as German: already plain German: short sentences, everyday words
signup-confirm =
    Fast geschafft! Soll ich Sie jetzt für „{ $opportunityTitle }“ anmelden?
    Organisation: { $organisationName }
# same as German: short button text, already plain
signup-confirm-yes = Ja, anmelden
# same as German: short button text, already plain
signup-confirm-no = Nein, abbrechen
signup-cancelled = In Ordnung, ich habe Sie nicht angemeldet. Niemand hat Ihre Daten bekommen. Mit /angebote sehen Sie wieder Ihre Angebote.
signup-done =
    Geschafft, Sie sind angemeldet. Vielen Dank für Ihre Hilfe!

    Diese Organisation meldet sich bei Ihnen:
    { $organisationName }
    Unter /meine sehen Sie Ihre Anmeldung und den Stand.
