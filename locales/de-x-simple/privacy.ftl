# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /datenschutz (flows/privacy.yaml): the full privacy notice. $version is PRIVACY_VERSION;
## $controller, $email and $dpo come from the configuration (PRIVACY_CONTROLLER,
## PRIVACY_CONTACT_EMAIL, PRIVACY_DPO), or privacy-not-entered where a network left one unset;
## $inactiveMonths, $conversationMonths and $textMonths are the retention periods (RETENTION_*).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts; bump PRIVACY_VERSION
## (residents are then asked again) when the consent changes: what is stored, what for, who gets it.

privacy-text =
    Daten·schutz beim Ehrenamts·lotsen
    Version { $version } (Stand: November 2026)

    Verantwortlich für Ihre Daten: { $controller }
    Kontakt bei Fragen zum Daten·schutz: { $email }
    Daten·schutz·beauftragte oder Daten·schutz·beauftragter: { $dpo }

    Diese Daten speichern wir:
    - Ihren Vornamen
    - Ihre Nutzer-ID bei Telegram (die Nummer von Ihrem Konto)
    - die Sprache, die Sie gewählt haben
    - Ihre Antworten auf die Fragen: Interessen, Zeiten, Stunden, Stadtteil, Sprachen
    - Ihre Anmeldungen und was dabei passiert ist
    - Ihre Fragen an das Team von einer Organisation und die Antworten
    - Ihre Antworten auf unsere Nachfragen. Nach einer Zusage fragen wir zum Beispiel: Hat es geklappt?
    - Ihren Nutzer·namen bei Telegram. Aber nur, solange eine Organisation Sie so erreichen soll.

    Dafür brauchen wir die Daten:
    - Wir schlagen Ihnen passende Angebote vor.
    - Wir geben Ihre Anmeldung an die gewählte Organisation weiter.
    Ihren Vornamen und Ihren Telegram-Kontakt bekommt eine Organisation nur mit Ihrer Erlaubnis. Das fragen wir Sie bei der Anmeldung extra. Die Grundlage für das Speichern und Weitergeben ist Ihre Einwilligung. Das heißt: Sie haben zugestimmt. Das Gesetz dazu: Artikel 6 Absatz 1 Buchstabe a DSGVO. Sie können Ihre Einwilligung jederzeit zurücknehmen (widerrufen).

    Weitergabe: Wir geben Ihre Daten an niemanden sonst weiter. Ausnahme: die Organisation, bei der Sie sich anmelden oder die Sie etwas fragen. Die Nachrichten in diesem Chat laufen über Telegram. Die Organisation bekommt über Slack: Ihre Anmeldung, Ihre Fragen und Ihre Antworten auf unsere Nachfragen. Slack ist ein Dienst für Nachrichten im Internet. Telegram und Slack können Daten auch außerhalb der EU speichern und nutzen.

    Wie lange:
    - Ihr Profil speichern wir, bis Sie es löschen.
    - Schreiben Sie { $inactiveMonths } Monate lang nicht mit mir? Dann löschen wir Ihr Profil automatisch.
    - Eine Anmeldung ist zu Ende? Dann löschen wir nach { $conversationMonths } Monaten: Ihre Fragen an das Team und die Antworten. Auch Ihre Antworten auf unsere Nachfragen.
    - Die Organisation sagt ab? Oder Sie ziehen Ihre Anmeldung zurück? Dann löschen wir nach { $textMonths } Monaten auch Ihre Nachricht zur Anmeldung. Und den Grund für die Absage.

    Ihre Rechte:
    - Mit /meinedaten sehen Sie alles, was wir über Sie speichern. Sie bekommen es auch als Datei.
    - Ihre Antworten ändern Sie mit /profil.
    - Unter /meine ziehen Sie eine Anmeldung zurück. Tippen Sie dabei auf „{ consent-withdraw-button }“? Dann nehmen Sie auch Ihre Einwilligung zur Weitergabe zurück. Die Organisation sieht Ihren Namen und Ihre Nachricht dann nicht mehr. Die Organisation erfährt davon.
    - Mit /loeschen löschen Sie alle Ihre Daten.
    - Sie können sich bei einer Aufsichts·behörde für Daten·schutz beschweren. Diese Behörde prüft den Daten·schutz.

## Shown instead of a contact the network has not filled in yet (PRIVACY_* unset).
privacy-not-entered = (fehlt noch – bitte fragen Sie das Team vom Netzwerk)

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
