# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /hilfe (flows/help.yaml); also the answer to unknown commands and to messages
## outside a question.

help-text =
    Ich bin der Ehrenamts·lotse. Ich helfe Ihnen, ein passendes Ehren·amt zu finden. Ehren·amt heißt: Sie helfen freiwillig und ohne Bezahlung.

    Tippen Sie auf einen Befehl:
    /angebote – Angebote, die zu Ihnen passen
    /profil – Ihre Antworten ändern
    /meine – Ihre Anmeldungen ansehen oder zurückziehen
    /frage – Das Team etwas fragen
    /sprache – Sprache wechseln
    /datenschutz – Was mit Ihren Daten passiert
    /meinedaten – Alle Ihre gespeicherten Daten ansehen
    /loeschen – Alle Ihre Daten löschen
    /start – Von vorn anfangen
    /hilfe – Diese Übersicht
