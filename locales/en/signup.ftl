# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Signing up for one offer (flows/signup.yaml). The details of the offer are shown just
## before. Arguments from the flow: { $opportunityTitle }, { $organisationName } (a name
## without an article, so it stands on its own line or after a colon) and
## { $requirementsText } (a list, one requirement per line).

signup-decide = Would you like to join "{ $opportunityTitle }"?
signup-start = Yes, I'd like to join
signup-back = Back to the offers
signup-already = You have already signed up for this offer. /signups shows how it is going.
signup-unavailable = Sorry, this offer is not taking signups at the moment. /offers shows you other offers.

## Requirements such as a certificate of good conduct.

signup-requirements =
    For "{ $opportunityTitle }" you need the following:
    { $requirementsText }

    Is that okay for you?
signup-requirements-ok = Yes, that's fine
signup-requirements-not-ok = No, I can't do that
signup-requirements-declined = What a pity, but good to know. You are not signed up. /offers shows you other offers.

## Consent to pass the contact on, an optional message, the final yes.

signup-contact-consent =
    So that { $organisationName } can get in touch with you, I will pass your first name and your Telegram contact on to them. Nobody else gets these details.

    Do you agree?
signup-contact-consent-yes = Yes, pass it on
signup-contact-consent-no = No, cancel
signup-message =
    Would you like to tell the organisation anything else? For example, when it is best to reach you.

    Just type it as a message. Or tap "{ signup-message-skip }".
signup-message-skip = Continue without a message
signup-confirm =
    Almost done! Shall I sign you up for "{ $opportunityTitle }" now?
    Organisation: { $organisationName }
signup-confirm-yes = Yes, sign me up
signup-confirm-no = No, cancel
signup-cancelled = All right, I have not signed you up. Nothing was passed on. /offers shows your offers again.
signup-done =
    Done, you are signed up. Thank you for volunteering!

    { $organisationName } will get in touch with you. /signups shows your signup and how it is going.
