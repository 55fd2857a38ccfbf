## /meine: withdrawing a signup together with the consent to pass the data on (flows/my-signups.yaml,
## Art. 7 Abs. 3 DSGVO). Shown before my-signups-withdraw-confirm, whose buttons are
## my-signups-withdraw-yes, consent-withdraw-button and my-signups-withdraw-no.

consent-withdraw-explain =
    Sie können die Anmeldung einfach zurückziehen.

    Oder Sie ziehen sie zurück und widerrufen auch Ihre Einwilligung, dass die Organisation Ihre Daten bekommt. Dann sieht die Organisation Ihren Vornamen, Ihren Telegram-Kontakt und Ihre Nachricht nicht mehr. Wir bitten sie außerdem, eigene Notizen über Sie zu löschen.
consent-withdraw-button = Zurückziehen, Daten löschen
consent-withdrawn-done = Ihre Anmeldung ist zurückgezogen. Die Organisation sieht Ihre Daten nicht mehr und wird gebeten, eigene Notizen über Sie zu löschen.
