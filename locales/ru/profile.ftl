# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /profil: change one answer (flows/profile.yaml). The questions themselves are the
## onboarding-* messages.

profile-choose = Что Вы хотите изменить в своих ответах?
profile-field-interests = Интересы
profile-field-time = Время
profile-field-hours = Часов в неделю
profile-field-district = Район
profile-field-languages = Языки
profile-show-offers = К предложениям
profile-saved = Спасибо, Ваш ответ сохранён.
