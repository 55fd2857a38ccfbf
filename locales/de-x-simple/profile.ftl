# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /profil: change one answer (flows/profile.yaml). The questions themselves are the
## onboarding-* messages.

profile-choose = Was wollen Sie an Ihren Antworten ändern?
# same as German: short everyday words as a button
profile-field-interests = Interessen
# same as German: short everyday words as a button
profile-field-time = Zeiten
# same as German: short everyday words as a button
profile-field-hours = Stunden pro Woche
# same as German: short everyday words as a button
profile-field-district = Stadtteil
# same as German: short everyday words as a button
profile-field-languages = Sprachen
# same as German: short button text, already plain
profile-show-offers = Zu den Angeboten
profile-saved = Danke, ich habe Ihre Antwort gespeichert.
