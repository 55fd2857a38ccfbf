# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /profil: change one answer (flows/profile.yaml). The questions themselves are the
## onboarding-* messages.

profile-choose = کدام‌یک از پاسخ‌هایتان را می‌خواهید تغییر دهید؟
profile-field-interests = علاقه‌ها
profile-field-time = زمان‌ها
profile-field-hours = ساعت در هفته
profile-field-district = محله
profile-field-languages = زبان‌ها
profile-show-offers = دیدن فرصت‌ها
profile-saved = ممنون، پاسخ شما ذخیره شد.
