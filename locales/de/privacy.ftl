## /datenschutz (flows/privacy.yaml): the full privacy notice.
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts; when this
## text changes, bump PRIVACY_VERSION so that residents are asked again.

privacy-text =
    Datenschutz beim Ehrenamtslotsen (Stand: November 2026)

    Verantwortlich: Netzwerk für Generationen Saalberg
    Kontakt: datenschutz@netzwerk-saalberg.example.org

    Was wir speichern: Ihren Vornamen, Ihre Telegram-Nutzer-ID und Ihren Telegram-Benutzernamen, die Sprache, die Sie gewählt haben, Ihre Antworten auf die Fragen (Interessen, Zeiten, Stunden, Stadtteil, Sprachen) und Ihre Anmeldungen.

    Wozu: Damit wir Ihnen passende Angebote vorschlagen und Ihre Anmeldung an die Organisation geben können, die Sie ausgewählt haben. Ihren Vornamen und Ihren Telegram-Kontakt bekommt eine Organisation nur, wenn Sie bei der Anmeldung extra zustimmen. Grundlage ist Ihre Einwilligung; Sie können sie jederzeit widerrufen.

    Weitergabe: Wir geben Ihre Daten an niemanden sonst weiter, nur an die Organisation, bei der Sie sich anmelden. Die Nachrichten selbst laufen über Telegram. Die Koordinatorinnen und Koordinatoren der Organisationen erhalten Ihre Anmeldung über den Dienst Slack.

    Wie lange: Bis Sie Ihre Daten löschen. Wenn Sie 12 Monate lang nicht mit mir schreiben, löschen wir Ihr Profil automatisch.

    Ihre Rechte: Sie können jederzeit Auskunft über Ihre Daten verlangen und falsche Angaben berichtigen lassen (Ihre Antworten ändern Sie selbst mit /profil). Mit /loeschen löschen Sie alle Ihre Daten. Außerdem können Sie sich bei einer Datenschutz-Aufsichtsbehörde beschweren.

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
