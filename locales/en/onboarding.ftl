# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /start: welcome and language (flows/onboarding.yaml). The resident may not read English,
## so the language question is also asked in German.

onboarding-language =
    Welcome to Ehrenamtslotse! I help you find volunteering near you that suits you.

    Which language would you like to use?
    In welcher Sprache möchten Sie schreiben?
## First contact when Telegram tells us the resident's language: one tap to confirm it.
## Written in that language; "other" leads to the full list.

onboarding-language-suggest =
    Welcome to Ehrenamtslotse! I help you find volunteering near you that suits you.

    Shall we write in English?
onboarding-language-suggest-yes = Yes, in English
onboarding-language-other = 🌐 Other language
onboarding-welcome-back = Good to see you again! Let me look for offers that suit you.

## Privacy notice and consent. Short; the full text is /privacy (privacy.ftl).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts.

onboarding-privacy =
    Before we start, a quick word on privacy (as of November 2026):

    The Netzwerk für Generationen Saalberg stores your first name, your Telegram account and your answers to the following questions. I use them to suggest offers that suit you. An organisation only hears about you if you sign up with them and agree to it separately.

    You can delete everything at any time with /delete. The full text is at /privacy.

    Do you agree?
onboarding-privacy-agree = Yes, I agree
onboarding-privacy-decline = No, thanks
onboarding-no-consent =
    That's fine. I have not stored anything about you.

    If you change your mind, just send /start at any time.

## The profile questions. Also asked by /profil (flows/profile.yaml), where the saved
## answers are already ticked, so the wording fits both.

onboarding-interests =
    What do you enjoy? Choose everything that interests you.

    You can choose several answers. Then tap "{ common-done }".
onboarding-time-slots =
    When do you usually have time?

    You can choose several answers. Then tap "{ common-done }".
onboarding-hours = How many hours a week would you like to volunteer? A rough idea is fine.
onboarding-district = In which part of town would you like to volunteer? Ideally where you live.
onboarding-district-any = Anywhere in town
onboarding-district-remote = Only from home
onboarding-languages =
    Which languages do you speak? Please also choose German if you speak it. Some offers need, for example, Arabic or Ukrainian.

    You can choose several answers. Then tap "{ common-done }".

## After the last question; the offers follow, or recommendations-none when nothing
## fits, so this promises no list.

onboarding-profile-saved = Thank you! Your answers are saved. Now I will look for offers that suit you.
