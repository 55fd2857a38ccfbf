# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /profil: change one answer (flows/profile.yaml). The questions themselves are the
## onboarding-* messages.

profile-choose = What would you like to change in your answers?
profile-field-interests = Interests
profile-field-time = Times
profile-field-hours = Hours a week
profile-field-district = Part of town
profile-field-languages = Languages
profile-show-offers = Show offers
profile-saved = Thank you, your answer is saved.
