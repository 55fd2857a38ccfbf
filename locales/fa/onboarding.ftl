# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /start: welcome and language (flows/onboarding.yaml). The resident may not read German
## yet, so the language question is also asked in English.

onboarding-language =
    به Ehrenamtslotse (راهنمای کار داوطلبانه) خوش آمدید! کمک می‌کنم در نزدیکی محل زندگی‌تان کار داوطلبانه‌ای پیدا کنید که مناسب شما باشد.

    مایلید به چه زبانی با هم گفت‌وگو کنیم؟
    Which language would you like to use?
## First contact when Telegram tells us the resident's language: one tap to confirm it.
## Written in that language; "other" leads to the full list.

onboarding-language-suggest =
    به Ehrenamtslotse (راهنمای کار داوطلبانه) خوش آمدید! کمک می‌کنم در نزدیکی محل زندگی‌تان کار داوطلبانه‌ای پیدا کنید که مناسب شما باشد.

    مایلید به فارسی با هم گفت‌وگو کنیم؟
onboarding-language-suggest-yes = بله، به فارسی
onboarding-language-other = 🌐 زبان دیگر
onboarding-welcome-back = خوشحالم که دوباره آمدید! الان نگاه می‌کنم کدام فرصت‌ها مناسب شما هستند.

## Privacy notice and consent. Short; the full text is /datenschutz (privacy.ftl).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts.

onboarding-privacy =
    پیش از شروع، توضیحی کوتاه دربارهٔ حفاظت از داده‌ها (تاریخ: نوامبر ۲۰۲۶):

    شبکهٔ «Netzwerk für Generationen Saalberg» نام کوچک شما، شناسهٔ تلگرام شما و پاسخ‌هایتان به پرسش‌های بعدی را ذخیره می‌کند. با این اطلاعات، فرصت‌های مناسب را به شما پیشنهاد می‌دهم. یک سازمان فقط زمانی چیزی دربارهٔ شما می‌فهمد که در آنجا ثبت‌نام کنید و جداگانه با آن موافقت کنید.

    هر زمان که بخواهید، می‌توانید با /delete همه‌چیز را پاک کنید. متن کامل را در /privacy می‌یابید.

    آیا با این موافقید؟
onboarding-privacy-agree = بله، موافقم
onboarding-privacy-decline = نه، موافق نیستم
onboarding-no-consent =
    بسیار خب. هیچ اطلاعاتی از شما ذخیره نکردم.

    اگر نظرتان عوض شد، هر وقت خواستید کافی است /start را بفرستید.

## The profile questions. Also asked by /profil (flows/profile.yaml), where the saved
## answers are already ticked, so the wording fits both.

onboarding-interests =
    به چه کارهایی علاقه دارید؟ هر چیزی را که برایتان جالب است انتخاب کنید.

    می‌توانید چند پاسخ انتخاب کنید. سپس روی «{ common-done }» بزنید.
onboarding-time-slots =
    معمولاً چه زمانی وقت آزاد دارید؟

    می‌توانید چند پاسخ انتخاب کنید. سپس روی «{ common-done }» بزنید.
onboarding-hours = چند ساعت در هفته می‌خواهید کار داوطلبانه کنید؟ یک عدد تقریبی کافی است.
onboarding-district = در کدام محلهٔ شهر می‌خواهید فعالیت کنید؟ بهتر است همان جایی باشد که زندگی می‌کنید.
onboarding-district-any = فرقی نمی‌کند، هر جای شهر
onboarding-district-remote = فقط از خانه
onboarding-languages =
    به چه زبان‌هایی صحبت می‌کنید؟ اگر آلمانی بلدید، لطفاً آلمانی را هم انتخاب کنید. برای نمونه، برخی فرصت‌ها به عربی یا اوکراینی نیاز دارند.

    می‌توانید چند پاسخ انتخاب کنید. سپس روی «{ common-done }» بزنید.

## After the last question; the offers follow, or recommendations-none when nothing
## fits, so this promises no list.

onboarding-profile-saved = خیلی ممنون! پاسخ‌های شما ذخیره شد. حالا دنبال فرصت‌هایی می‌گردم که مناسب شما باشند.
