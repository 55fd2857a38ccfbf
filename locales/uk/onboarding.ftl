# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /start: welcome and language (flows/onboarding.yaml). The resident may not read German
## yet, so the language question is also asked in English.

onboarding-language =
    Вітаю! Я – Ehrenamtslotse, помічник у пошуку волонтерства. Я допоможу Вам знайти поблизу волонтерську справу, яка Вам підходить.

    Якою мовою Вам зручніше спілкуватися?
    Which language would you like to use?
## First contact when Telegram tells us the resident's language: one tap to confirm it.
## Written in that language; "other" leads to the full list.

onboarding-language-suggest =
    Вітаю! Я – Ehrenamtslotse, помічник у пошуку волонтерства. Я допоможу Вам знайти поблизу волонтерську справу, яка Вам підходить.

    Бажаєте спілкуватися українською?
onboarding-language-suggest-yes = Так, українською
onboarding-language-other = 🌐 Інша мова
onboarding-welcome-back = Як добре, що Ви знову тут! Зараз подивлюся, які пропозиції Вам підходять.

## Privacy notice and consent. Short; the full text is /privacy (privacy.ftl).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts.

onboarding-privacy =
    Перш ніж почати – коротко про захист даних (станом на листопад 2026 р.):

    Netzwerk für Generationen Saalberg зберігає Ваше ім’я, Ваш ідентифікатор у Telegram і Ваші відповіді на наступні запитання. На їх основі я пропоную Вам відповідні пропозиції. Організація дізнається про Вас лише тоді, коли Ви запишетеся до неї та окремо на це погодитеся.

    Ви можете будь-коли видалити все командою /delete. Повний текст – за командою /privacy.

    Ви з цим згодні?
onboarding-privacy-agree = Так, погоджуюся
onboarding-privacy-decline = Ні, краще не треба
onboarding-no-consent =
    Гаразд. Нічого з Ваших даних не збережено.

    Якщо передумаєте, просто напишіть /start у будь-який час.

## The profile questions. Also asked by /profile (flows/profile.yaml), where the saved
## answers are already ticked, so the wording fits both.

onboarding-interests =
    Чим Вам подобається займатися? Оберіть усе, що Вас цікавить.

    Можна обрати кілька відповідей. Потім натисніть «{ common-done }».
onboarding-time-slots =
    Коли у Вас здебільшого є час?

    Можна обрати кілька відповідей. Потім натисніть «{ common-done }».
onboarding-hours = Скільки годин на тиждень Ви хотіли б займатися волонтерством? Можна приблизно.
onboarding-district = У якому районі міста Ви хотіли б допомагати? Найкраще – там, де Ви живете.
onboarding-district-any = Неважливо, будь-де в місті
onboarding-district-remote = Лише з дому
onboarding-languages =
    Якими мовами Ви володієте? Будь ласка, оберіть і німецьку, якщо Ви нею володієте. Для деяких пропозицій потрібна, наприклад, арабська чи українська.

    Можна обрати кілька відповідей. Потім натисніть «{ common-done }».

## After the last question; the offers follow, or recommendations-none when nothing
## fits, so this promises no list.

onboarding-profile-saved = Щиро дякую! Ваші відповіді збережено. Тепер я шукаю пропозиції, які Вам підходять.
