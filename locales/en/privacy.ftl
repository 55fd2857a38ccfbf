# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /privacy (flows/privacy.yaml): the full privacy notice. $version is PRIVACY_VERSION;
## $controller, $email and $dpo come from the configuration (PRIVACY_CONTROLLER,
## PRIVACY_CONTACT_EMAIL, PRIVACY_DPO), or privacy-not-entered where a network left one unset;
## $inactiveMonths, $conversationMonths and $textMonths are the retention periods (RETENTION_*).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts; bump PRIVACY_VERSION
## (residents are then asked again) when the consent changes: what is stored, what for, who gets it.

privacy-text =
    Privacy at Ehrenamtslotse
    Version { $version } (as of November 2026)

    Responsible: { $controller }
    Contact for privacy questions: { $email }
    Data protection officer: { $dpo }

    What we store: your first name, your Telegram user ID, the language you chose, your answers to the questions (interests, times, hours, part of town, languages) and your signups with their history. We only store your Telegram username while an organisation is to reach you through it. If you ask an organisation's team a question, we store the question and the answer. After you have been accepted, we ask whether it worked out; we store your answer to that too.

    What for: to suggest offers that suit you and to pass your signup on to the organisation you chose. An organisation only gets your first name and Telegram contact if you agree to it separately when you sign up. This is based on your consent (Art. 6(1)(a) GDPR), which you can withdraw at any time.

    Sharing: we do not pass your data on to anyone else, only to the organisation you sign up with or ask a question. The messages themselves go through Telegram. The organisations' coordinators receive your signup, your questions and your answers to our follow-up questions through the Slack service. Telegram and Slack may also process data outside the EU.

    How long: your profile until you delete it. If you do not write to me for { $inactiveMonths } months, we delete it automatically. We delete your questions to the team, the answers and your answers to our follow-up questions { $conversationMonths } months after the signup ends. If a signup is declined or withdrawn, we also delete your message with it and the reason for declining after { $textMonths } months.

    Your rights: /mydata sends you everything we store about you as a file. You change your answers with /profile. Under /signups you can withdraw a signup. If you choose "Withdraw and delete my data" there, you also withdraw your consent to passing your data on: the organisation no longer sees your name and message, and it is told. /delete deletes all your data. You can also complain to a data protection supervisory authority.

## Shown instead of a contact the network has not filled in yet (PRIVACY_* unset).
privacy-not-entered = (not filled in yet – please contact the network's coordination)

## /delete (flows/erase.yaml).

erase-nothing-stored = Nothing is stored about you, so there is nothing to delete.
erase-confirm =
    Do you really want to delete all your data?

    Your profile and your answers will be deleted. Open signups will be withdrawn, and the organisations will be told. This cannot be undone.
erase-confirm-yes = Yes, delete everything
erase-confirm-no = No, keep it
erase-kept = Fine, everything stays as it is.
erase-done =
    Your data is deleted. The organisations only keep your signups in their statistics, without your name and without your message.

    If you would like to come back, just send /start. All the best!
