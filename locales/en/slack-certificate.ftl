# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## "Declined" with a reason (src/channels/slack/decline-modal.ts; title, question and buttons are
## the slack-confirm-declined-* texts in slack.ftl). The resident reads the reason as written.

slack-decline-modal-signup = Signup #{ $id } for "{ $title }" ({ $organisation })
slack-decline-reason-label = Reason (optional)
slack-decline-reason-hint = The person reads the reason in their chat exactly as you write it here. Please be kind and leave out anything about other people; at most { $max } characters. Without a reason they get the usual message.
slack-decline-reason-placeholder = e.g. Unfortunately the group is already full for this term.
slack-decline-reason-too-long = Please use at most { $max } characters.

## Führungszeugnis (certificate of conduct, § 72a SGB VIII), data-minimal: only the two dates and
## who recorded them. $months and $years are the rules: at most 3 months old when seen, shown
## again after 5 years.

slack-button-certificate-record = Record certificate
slack-button-certificate-renew = Renew certificate
slack-certificate-recorded = :page_facing_up: Certificate of conduct seen on { $seen }, issued on { $issued } (recorded by { $user }) · to be shown again by { $due }
slack-certificate-missing = :page_facing_up: Certificate of conduct: not recorded yet
slack-certificate-modal-title = Certificate of conduct
slack-certificate-modal-submit = Save
slack-certificate-modal-cancel = Cancel
slack-certificate-modal-signup = Signup #{ $id } for "{ $title }"
slack-certificate-modal-intro = Only two dates and who recorded them are kept: no document, no copy, no entries. Ask to see the original and hand it back.
slack-certificate-seen-label = Seen on
slack-certificate-seen-hint = The day you saw the original; not in the future.
slack-certificate-issued-label = Issued on
slack-certificate-issued-hint = The issue date printed on the certificate: not in the future, not after the day you saw it, and at most { $months } months old when you saw it (common practice). After { $years } years a new one must be shown.
slack-certificate-error-seen-missing = Please pick the day you saw the certificate.
slack-certificate-error-seen-future = This day is in the future.
slack-certificate-error-issued-missing = Please pick the issue date.
slack-certificate-error-issued-future = This day is in the future.
slack-certificate-error-issued-after-seen = The issue date is after the day you saw it.
slack-certificate-error-issued-too-old = The certificate was more than { $months } months old when you saw it. Please ask for a current one.
slack-certificate-error-not-accepted = A certificate can only be recorded for accepted signups. This one is "{ $status }".
slack-certificate-error-not-required = This opportunity does not ask for a certificate of conduct.

## The re-check is due soon (src/channels/slack/slack-notifier.ts; the certificate-rechecks job,
## CERTIFICATE_RECHECK_NOTICE_DAYS before issue + 5 years). $coordinators are Slack mentions.

slack-certificate-recheck-due = { $coordinators } The certificate of conduct for signup #{ $id } for "{ $title }" was issued on { $issued } and must be shown again by { $due }. Please ask to see a current one and record it with "Renew certificate" on the signup.
slack-certificate-recheck-due-no-coordinator = The certificate of conduct for signup #{ $id } for "{ $title }" was issued on { $issued } and must be shown again by { $due }. Nobody is registered as a coordinator for { $organisation } in Slack, so this notice mentions nobody. Please pass it on.
