## /profil: change one answer (flows/profile.yaml). The questions themselves are the
## onboarding-* messages.

profile-choose = Was möchten Sie an Ihren Antworten ändern?
profile-field-interests = Interessen
profile-field-time = Zeiten
profile-field-hours = Stunden pro Woche
profile-field-district = Stadtteil
profile-field-languages = Sprachen
profile-show-offers = Zu den Angeboten
profile-saved = Danke, Ihre Antwort ist gespeichert.
