## /hilfe (flows/help.yaml); also the answer to unknown commands and to messages
## outside a question.

help-text =
    Ich bin der Ehrenamtslotse. Ich helfe Ihnen, ein Ehrenamt zu finden, das zu Ihnen passt.

    Tippen Sie auf einen Befehl:
    /angebote – Angebote, die zu Ihnen passen
    /profil – Ihre Antworten ändern
    /meine – Ihre Anmeldungen ansehen oder zurückziehen
    /frage – Eine Frage an das Team stellen
    /sprache – Sprache wechseln
    /datenschutz – Was mit Ihren Daten geschieht
    /meinedaten – Alle Ihre gespeicherten Daten ansehen
    /loeschen – Alle Ihre Daten löschen
    /start – Von vorn beginnen
    /hilfe – Diese Übersicht
