## /datenschutz (flows/privacy.yaml): the full privacy notice. $version is PRIVACY_VERSION;
## $controller, $email and $dpo come from the configuration (PRIVACY_CONTROLLER,
## PRIVACY_CONTACT_EMAIL, PRIVACY_DPO), or privacy-not-entered where a network left one unset;
## $inactiveMonths, $conversationMonths and $textMonths are the retention periods (RETENTION_*).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts; bump PRIVACY_VERSION
## (residents are then asked again) when the consent changes: what is stored, what for, who gets it.

privacy-text =
    Datenschutz beim Ehrenamtslotsen
    Version { $version } (Stand: November 2026)

    Verantwortlich: { $controller }
    Kontakt für Fragen zum Datenschutz: { $email }
    Datenschutzbeauftragte oder Datenschutzbeauftragter: { $dpo }

    Was wir speichern: Ihren Vornamen, Ihre Telegram-Nutzer-ID, die Sprache, die Sie gewählt haben, Ihre Antworten auf die Fragen (Interessen, Zeiten, Stunden, Stadtteil, Sprachen) und Ihre Anmeldungen mit ihrem Verlauf. Ihren Telegram-Benutzernamen speichern wir nur, solange eine Organisation Sie darüber erreichen soll. Wenn Sie dem Team einer Organisation eine Frage stellen, speichern wir die Frage und die Antwort. Nach einer Zusage fragen wir nach, ob es geklappt hat; auch Ihre Antwort darauf speichern wir.

    Wozu: Damit wir Ihnen passende Angebote vorschlagen und Ihre Anmeldung an die Organisation geben können, die Sie ausgewählt haben. Ihren Vornamen und Ihren Telegram-Kontakt bekommt eine Organisation nur, wenn Sie bei der Anmeldung extra zustimmen. Grundlage ist Ihre Einwilligung (Art. 6 Abs. 1 Buchst. a DSGVO); Sie können sie jederzeit widerrufen.

    Weitergabe: Wir geben Ihre Daten an niemanden sonst weiter, nur an die Organisation, bei der Sie sich anmelden oder der Sie eine Frage stellen. Die Nachrichten selbst laufen über Telegram. Die Koordinatorinnen und Koordinatoren der Organisationen erhalten Ihre Anmeldung, Ihre Fragen und Ihre Antworten auf unsere Nachfragen über den Dienst Slack. Telegram und Slack können Daten auch außerhalb der EU verarbeiten.

    Wie lange: Ihr Profil, bis Sie es löschen. Wenn Sie { $inactiveMonths } Monate lang nicht mit mir schreiben, löschen wir es automatisch. Ihre Fragen an das Team, die Antworten und Ihre Antworten auf unsere Nachfragen löschen wir { $conversationMonths } Monate nach dem Ende der Anmeldung. Wird eine Anmeldung abgesagt oder zurückgezogen, löschen wir nach { $textMonths } Monaten auch Ihre Nachricht dazu und den Grund der Absage.

    Ihre Rechte: Mit /meinedaten bekommen Sie alles, was über Sie gespeichert ist, als Datei. Ihre Antworten ändern Sie mit /profil. Unter /meine ziehen Sie eine Anmeldung zurück. Wählen Sie dabei „Zurückziehen, Daten löschen“, widerrufen Sie auch die Weitergabe: Die Organisation sieht Ihren Namen und Ihre Nachricht dann nicht mehr und erfährt davon. Mit /loeschen löschen Sie alle Ihre Daten. Außerdem können Sie sich bei einer Datenschutz-Aufsichtsbehörde beschweren.

## Shown instead of a contact the network has not filled in yet (PRIVACY_* unset).
privacy-not-entered = (noch nicht eingetragen – bitte an die Netzwerk-Koordination wenden)

## /loeschen (flows/erase.yaml).

erase-nothing-stored = Über Sie ist nichts gespeichert. Es gibt also nichts zu löschen.
erase-confirm =
    Möchten Sie wirklich alle Ihre Daten löschen?

    Ihr Profil und Ihre Antworten werden gelöscht. Offene Anmeldungen werden zurückgezogen, und die Organisationen erfahren davon. Das lässt sich nicht rückgängig machen.
erase-confirm-yes = Ja, alles löschen
erase-confirm-no = Nein, behalten
erase-kept = Gut, es bleibt alles, wie es ist.
erase-done =
    Ihre Daten sind gelöscht. Ihre Anmeldungen zählen bei den Organisationen nur noch ohne Namen und ohne Nachricht in der Statistik.

    Wenn Sie wiederkommen möchten, schreiben Sie einfach /start. Alles Gute!
