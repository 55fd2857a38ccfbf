## Coordinators' texts about residents' data rights (src/channels/slack/slack-notifier.ts,
## listeners/views/answer-resident-submit.ts). Arguments are escaped by the code.

## A resident withdrew a signup together with the consent to pass their data on (Art. 7 Abs. 3 DSGVO):
## a reply in the signup's thread, or a message of its own where the signup message is gone.
slack-consent-withdrawn-reply = Die Person hat ihre Anmeldung zurückgezogen und ihre Einwilligung zur Weitergabe ihrer Daten widerrufen. Vorname, Kontakt und Nachricht sind aus der Anmeldung entfernt. Bitte nicht mehr kontaktieren und eigene Notizen über die Person löschen.
slack-consent-withdrawn-message = Anmeldung #{ $id } für „{ $title }“ wurde zurückgezogen; die Person hat ihre Einwilligung zur Weitergabe ihrer Daten widerrufen. Bitte nicht mehr kontaktieren und eigene Notizen über die Person löschen.

## Replaces a message the bot posted with a resident's words (their question, the copy of an
## answer to them) once the resident erased their data (/loeschen, or after 12 months without contact).
slack-message-redacted = Die Person hat ihre Daten gelöscht.
