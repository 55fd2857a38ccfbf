# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meine: withdrawing a signup together with the consent to pass the data on (flows/my-signups.yaml,
## Art. 7 Abs. 3 DSGVO). Shown before my-signups-withdraw-confirm, whose buttons are
## my-signups-withdraw-yes, consent-withdraw-button and my-signups-withdraw-no.

consent-withdraw-explain =
    Sie können die Anmeldung einfach zurückziehen.

    Oder Sie ziehen die Anmeldung zurück. Und Sie nehmen auch Ihre Einwilligung zur Weitergabe zurück. Dafür tippen Sie gleich auf „{ consent-withdraw-button }“. Dann sieht die Organisation Ihre Daten nicht mehr: Ihren Vornamen, Ihren Telegram-Kontakt und Ihre Nachricht. Außerdem bitten wir die Organisation: Sie soll ihre Notizen über Sie löschen.
consent-withdraw-button = Ja, und Daten löschen
consent-withdrawn-done = Ihre Anmeldung gilt nicht mehr. Die Organisation sieht Ihre Daten nicht mehr. Wir bitten sie, ihre Notizen über Sie zu löschen.
