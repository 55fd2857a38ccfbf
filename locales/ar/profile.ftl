# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /profil: change one answer (flows/profile.yaml). The questions themselves are the
## onboarding-* messages.

profile-choose = ما الذي نغيّره في إجاباتك؟
profile-field-interests = الاهتمامات
profile-field-time = الأوقات
profile-field-hours = الساعات في الأسبوع
profile-field-district = الحي
profile-field-languages = اللغات
profile-show-offers = إلى فرص التطوع
profile-saved = شكرًا، تم حفظ إجابتك.
