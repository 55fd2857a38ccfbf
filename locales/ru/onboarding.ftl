# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /start: welcome and language (flows/onboarding.yaml). The resident may not read German
## yet, so the language question is also asked in English.

onboarding-language =
    Добро пожаловать! Я — Ehrenamtslotse, помощник в поиске волонтёрской работы. Я помогу Вам найти занятие рядом с домом, которое Вам подходит.

    На каком языке Вам удобнее общаться?
    Which language would you like to use?
## First contact when Telegram tells us the resident's language: one tap to confirm it.
## Written in that language; "other" leads to the full list.

onboarding-language-suggest =
    Добро пожаловать! Я — Ehrenamtslotse, помощник в поиске волонтёрской работы. Я помогу Вам найти занятие рядом с домом, которое Вам подходит.

    Будем общаться по-русски?
onboarding-language-suggest-yes = Да, по-русски
onboarding-language-other = 🌐 Другой язык
onboarding-welcome-back = Как хорошо, что Вы снова здесь! Сейчас посмотрю, какие предложения Вам подходят.

## Privacy notice and consent. Short; the full text is /datenschutz (privacy.ftl).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts.

onboarding-privacy =
    Прежде чем начать, коротко о защите данных (по состоянию на ноябрь 2026 г.):

    Netzwerk für Generationen Saalberg хранит Ваше имя, Ваш идентификатор в Telegram и Ваши ответы на следующие вопросы. По ним я подбираю для Вас подходящие предложения. Организация узнаёт что-либо о Вас, только если Вы записываетесь к ней и отдельно даёте на это согласие.

    Вы можете в любое время удалить всё командой /delete. Полный текст — по команде /privacy.

    Вы согласны?
onboarding-privacy-agree = Да, даю согласие
onboarding-privacy-decline = Нет, лучше не надо
onboarding-no-consent =
    Хорошо. Никаких данных о Вас не сохранено.

    Если передумаете, просто напишите /start в любое время.

## The profile questions. Also asked by /profil (flows/profile.yaml), where the saved
## answers are already ticked, so the wording fits both.

onboarding-interests =
    Чем Вы любите заниматься? Выберите всё, что Вам интересно.

    Можно выбрать несколько ответов. Затем нажмите «{ common-done }».
onboarding-time-slots =
    Когда у Вас обычно есть время?

    Можно выбрать несколько ответов. Затем нажмите «{ common-done }».
onboarding-hours = Сколько часов в неделю Вы хотели бы уделять волонтёрству? Достаточно примерно.
onboarding-district = В каком районе Вы хотели бы помогать? Лучше всего там, где Вы живёте.
onboarding-district-any = Неважно, по всему городу
onboarding-district-remote = Только из дома
onboarding-languages =
    На каких языках Вы говорите? Пожалуйста, отметьте и немецкий, если Вы говорите по-немецки. Для некоторых предложений нужен, например, арабский или украинский.

    Можно выбрать несколько ответов. Затем нажмите «{ common-done }».

## After the last question; the offers follow, or recommendations-none when nothing
## fits, so this promises no list.

onboarding-profile-saved = Большое спасибо! Ваши ответы сохранены. Сейчас я поищу предложения, которые Вам подходят.
