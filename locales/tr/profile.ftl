# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /profil: change one answer (flows/profile.yaml). The questions themselves are the
## onboarding-* messages.

profile-choose = Cevaplarınızdan neyi değiştirmek istersiniz?
profile-field-interests = İlgi alanları
profile-field-time = Zamanlar
profile-field-hours = Haftalık saat
profile-field-district = Semt
profile-field-languages = Diller
profile-show-offers = İlanlara git
profile-saved = Teşekkürler, cevabınız kaydedildi.
