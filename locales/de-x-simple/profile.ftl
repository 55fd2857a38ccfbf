# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /profil: change one answer (flows/profile.yaml). The questions themselves are the
## onboarding-* messages.

profile-choose = Was wollen Sie an Ihren Antworten ändern?
profile-field-interests = Interessen
profile-field-time = Zeiten
profile-field-hours = Stunden pro Woche
profile-field-district = Stadtteil
profile-field-languages = Sprachen
profile-show-offers = Zu den Angeboten
profile-saved = Danke, ich habe Ihre Antwort gespeichert.
