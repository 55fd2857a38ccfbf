## Signing up for one offer (flows/signup.yaml). The details of the offer are shown just
## before. Arguments from the flow: { $opportunityTitle }, { $organisationName } (a name
## without an article, so it stands on its own line or after a colon) and
## { $requirementsText } (a list, one requirement per line).

signup-decide = Möchten Sie bei „{ $opportunityTitle }“ mitmachen?
signup-start = Ja, ich möchte mitmachen
signup-back = Zurück zu den Angeboten
signup-already = Für dieses Angebot sind Sie schon angemeldet. Unter /meine sehen Sie, wie es damit steht.
signup-unavailable = Für dieses Angebot kann man sich leider gerade nicht mehr anmelden. Mit /angebote finden Sie andere Angebote.

## Requirements such as a certificate of good conduct.

signup-requirements =
    Für „{ $opportunityTitle }“ braucht es Folgendes:
    { $requirementsText }

    Ist das für Sie in Ordnung?
signup-requirements-ok = Ja, das passt
signup-requirements-not-ok = Nein, das geht nicht
signup-requirements-declined = Schade, aber gut zu wissen. Sie sind nicht angemeldet. Mit /angebote finden Sie andere Angebote.

## Consent to pass the contact on, an optional message, the final yes.

signup-contact-consent =
    Damit sich { $organisationName } bei Ihnen melden kann, gebe ich Ihren Vornamen und Ihren Telegram-Kontakt dorthin weiter. Sonst niemand erhält diese Angaben.

    Sind Sie damit einverstanden?
signup-contact-consent-yes = Ja, weitergeben
signup-contact-consent-no = Nein, abbrechen
signup-message =
    Möchten Sie der Organisation noch etwas mitteilen? Zum Beispiel, wann Sie gut zu erreichen sind.

    Schreiben Sie es einfach als Nachricht. Oder tippen Sie auf „{ signup-message-skip }“.
signup-message-skip = Ohne Nachricht weiter
signup-confirm =
    Fast geschafft! Soll ich Sie jetzt für „{ $opportunityTitle }“ anmelden?
    Organisation: { $organisationName }
signup-confirm-yes = Ja, anmelden
signup-confirm-no = Nein, abbrechen
signup-cancelled = In Ordnung, ich habe Sie nicht angemeldet. Es wurde nichts weitergegeben. Mit /angebote sehen Sie wieder Ihre Angebote.
signup-done =
    Geschafft, Sie sind angemeldet. Vielen Dank für Ihr Engagement!

    { $organisationName } meldet sich bei Ihnen. Unter /meine sehen Sie Ihre Anmeldung und wie es damit steht.
