# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /profile: change one answer (flows/profile.yaml). The questions themselves are the
## onboarding-* messages.

profile-choose = Що Ви хочете змінити у своїх відповідях?
profile-field-interests = Інтереси
profile-field-time = Час
profile-field-hours = Годин на тиждень
profile-field-district = Район міста
profile-field-languages = Мови
profile-show-offers = До пропозицій
profile-saved = Дякую, Вашу відповідь збережено.
