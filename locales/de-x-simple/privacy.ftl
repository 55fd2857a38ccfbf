# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /datenschutz (flows/privacy.yaml): the full privacy notice.
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts; when this
## text changes, bump PRIVACY_VERSION so that residents are asked again.

privacy-text =
    Daten·schutz beim Ehrenamts·lotsen (Stand: November 2026)

    Verantwortlich für Ihre Daten: Netzwerk für Generationen Saalberg
    Kontakt: datenschutz@netzwerk-saalberg.example.org

    Diese Daten speichern wir:
    - Ihren Vornamen
    - Ihre Nutzer-ID bei Telegram (die Nummer von Ihrem Konto)
    - Ihren Nutzer·namen bei Telegram
    - die Sprache, die Sie gewählt haben
    - Ihre Antworten auf die Fragen: Interessen, Zeiten, Stunden, Stadtteil, Sprachen
    - Ihre Anmeldungen

    Dafür brauchen wir die Daten:
    - Wir schlagen Ihnen passende Angebote vor.
    - Wir geben Ihre Anmeldung an die gewählte Organisation weiter.
    Ihren Vornamen und Ihren Telegram-Kontakt bekommt eine Organisation nur mit Ihrer Erlaubnis. Das fragen wir Sie bei der Anmeldung extra. Die Grundlage für das Speichern und Weitergeben ist Ihre Einwilligung. Das heißt: Sie haben zugestimmt. Sie können Ihre Einwilligung jederzeit zurücknehmen (widerrufen).

    Weitergabe: Wir geben Ihre Daten an niemanden sonst weiter. Ausnahme: die Organisation, bei der Sie sich anmelden. Die Nachrichten in diesem Chat laufen über Telegram. Die zuständigen Personen bei der Organisation bekommen Ihre Anmeldung über Slack. Slack ist ein Dienst für Nachrichten im Internet.

    Wie lange: Wir speichern Ihre Daten, bis Sie die Daten löschen. Schreiben Sie 12 Monate lang nicht mit mir? Dann löschen wir Ihr Profil automatisch.

    Ihre Rechte:
    - Sie können jederzeit fragen, welche Daten wir über Sie haben.
    - Sie können falsche Angaben berichtigen lassen. Ihre Antworten ändern Sie selbst mit /profil.
    - Mit /loeschen löschen Sie alle Ihre Daten.
    - Sie können sich bei einer Aufsichts·behörde für Daten·schutz beschweren. Diese Behörde prüft den Daten·schutz.

## /loeschen (flows/erase.yaml).

erase-nothing-stored = Ich habe keine Daten von Ihnen gespeichert. Es gibt also nichts zu löschen.
erase-confirm =
    Wollen Sie wirklich alle Ihre Daten löschen?

    Dann lösche ich Ihr Profil und Ihre Antworten. Offene Anmeldungen ziehe ich zurück. Die Organisationen erfahren davon. Sie können das nicht rückgängig machen.
# same as German: short button text, already plain
erase-confirm-yes = Ja, alles löschen
# same as German: short button text, already plain
erase-confirm-no = Nein, behalten
# same as German: already plain German: short sentences, everyday words
erase-kept = Gut, es bleibt alles, wie es ist.
erase-done =
    Ich habe Ihre Daten gelöscht. Bei den Organisationen zählen Ihre Anmeldungen nur noch in der Statistik. Die Statistik zeigt keinen Namen und keine Nachricht von Ihnen.

    Wollen Sie wiederkommen? Dann schreiben Sie einfach /start. Alles Gute!
