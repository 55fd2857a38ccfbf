## "Abgesagt" with a reason (src/channels/slack/decline-modal.ts; title, question and buttons are
## the slack-confirm-declined-* texts in slack.ftl). The resident reads the reason as written.

slack-decline-modal-signup = Anmeldung #{ $id } für „{ $title }“ ({ $organisation })
slack-decline-reason-label = Grund (freiwillig)
slack-decline-reason-hint = Die Person liest den Grund genau so, wie du ihn hier schreibst, in ihrem Chat. Bitte freundlich und ohne Angaben über andere; höchstens { $max } Zeichen. Ohne Grund bekommt sie die übliche Absage.
slack-decline-reason-placeholder = z. B. Die Gruppe ist für dieses Halbjahr leider schon voll.
slack-decline-reason-too-long = Bitte höchstens { $max } Zeichen.

## Führungszeugnis (§ 72a SGB VIII), data-minimal: only the two dates and who recorded them
## (src/channels/slack/certificate-modal.ts, signup-message.ts). $months and $years are the rules:
## at most 3 months old when seen, shown again after 5 years.

slack-button-certificate-record = Führungszeugnis erfassen
slack-button-certificate-renew = Führungszeugnis erneuern
slack-certificate-recorded = :page_facing_up: Führungszeugnis eingesehen am { $seen }, ausgestellt am { $issued } (erfasst von { $user }) · erneut vorzulegen bis { $due }
slack-certificate-missing = :page_facing_up: Führungszeugnis: noch nicht erfasst
slack-certificate-modal-title = Führungszeugnis
slack-certificate-modal-submit = Speichern
slack-certificate-modal-cancel = Abbrechen
slack-certificate-modal-signup = Anmeldung #{ $id } für „{ $title }“
slack-certificate-modal-intro = Erfasst werden nur zwei Daten und wer sie erfasst hat: kein Dokument, keine Kopie, keine Einträge. Lass dir das Original zeigen und gib es zurück.
slack-certificate-seen-label = Eingesehen am
slack-certificate-seen-hint = Der Tag, an dem du das Original gesehen hast; nicht in der Zukunft.
slack-certificate-issued-label = Ausgestellt am
slack-certificate-issued-hint = Das Ausstellungsdatum auf dem Führungszeugnis: nicht in der Zukunft, nicht nach dem Einsehen und beim Einsehen höchstens { $months } Monate alt (übliche Praxis). Nach { $years } Jahren muss ein neues vorgelegt werden.
slack-certificate-error-seen-missing = Bitte wähle, wann du das Führungszeugnis eingesehen hast.
slack-certificate-error-seen-future = Dieser Tag liegt in der Zukunft.
slack-certificate-error-issued-missing = Bitte wähle das Ausstellungsdatum.
slack-certificate-error-issued-future = Dieser Tag liegt in der Zukunft.
slack-certificate-error-issued-after-seen = Das Ausstellungsdatum liegt nach dem Tag, an dem du es eingesehen hast.
slack-certificate-error-issued-too-old = Beim Einsehen war das Führungszeugnis älter als { $months } Monate. Bitte lass dir ein aktuelles zeigen.
slack-certificate-error-not-accepted = Ein Führungszeugnis lässt sich nur bei zugesagten Anmeldungen erfassen. Diese steht auf „{ $status }“.
slack-certificate-error-not-required = Für dieses Angebot ist kein Führungszeugnis vorgesehen.

## The re-check is due soon (src/channels/slack/slack-notifier.ts; the certificate-rechecks job,
## CERTIFICATE_RECHECK_NOTICE_DAYS before issue + 5 years). $coordinators are Slack mentions.

slack-certificate-recheck-due = { $coordinators } Das Führungszeugnis zur Anmeldung #{ $id } für „{ $title }“ wurde am { $issued } ausgestellt und muss bis { $due } erneut vorgelegt werden. Bitte lasst euch ein aktuelles zeigen und erfasst es mit „Führungszeugnis erneuern“ an der Anmeldung.
slack-certificate-recheck-due-no-coordinator = Das Führungszeugnis zur Anmeldung #{ $id } für „{ $title }“ wurde am { $issued } ausgestellt und muss bis { $due } erneut vorgelegt werden. Für { $organisation } ist in Slack niemand als Koordinator:in eingetragen, deshalb erwähnt dieser Hinweis niemanden. Bitte gebt ihn weiter.
