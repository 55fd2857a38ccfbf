## /start: welcome and language (flows/onboarding.yaml). The resident may not read German
## yet, so the language question is also asked in English.

onboarding-language =
    Willkommen beim Ehrenamtslotsen! Ich helfe Ihnen, ein Ehrenamt in Ihrer Nähe zu finden, das zu Ihnen passt.

    In welcher Sprache möchten Sie schreiben?
    Which language would you like to use?
## First contact when Telegram tells us the resident's language: one tap to confirm it.
## Written in that language; "other" leads to the full list.

onboarding-language-suggest =
    Willkommen beim Ehrenamtslotsen! Ich helfe Ihnen, ein Ehrenamt in Ihrer Nähe zu finden, das zu Ihnen passt.

    Möchten Sie auf Deutsch schreiben?
onboarding-language-suggest-yes = Ja, auf Deutsch
onboarding-language-other = 🌐 Andere Sprache
onboarding-welcome-back = Schön, dass Sie wieder da sind! Ich schaue nach, welche Angebote zu Ihnen passen.

## Privacy notice and consent. Short; the full text is /datenschutz (privacy.ftl).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts.

onboarding-privacy =
    Bevor es losgeht, kurz zum Datenschutz (Stand: November 2026):

    Das Netzwerk für Generationen Saalberg speichert Ihren Vornamen, Ihre Telegram-Kennung und Ihre Antworten auf die folgenden Fragen. Damit schlage ich Ihnen passende Angebote vor. Eine Organisation erfährt nur etwas von Ihnen, wenn Sie sich dort anmelden und dem extra zustimmen.

    Sie können alles jederzeit mit /loeschen löschen. Den ganzen Text finden Sie unter /datenschutz.

    Sind Sie damit einverstanden?
onboarding-privacy-agree = Ja, einverstanden
onboarding-privacy-decline = Nein, lieber nicht
onboarding-no-consent =
    In Ordnung. Ich habe nichts von Ihnen gespeichert.

    Wenn Sie es sich anders überlegen, schreiben Sie einfach jederzeit /start.

## The profile questions. Also asked by /profil (flows/profile.yaml), where the saved
## answers are already ticked, so the wording fits both.

onboarding-interests =
    Was machen Sie gern? Wählen Sie alles aus, was Sie interessiert.

    Mehrere Antworten sind möglich. Tippen Sie danach auf „{ common-done }“.
onboarding-time-slots =
    Wann haben Sie meistens Zeit?

    Mehrere Antworten sind möglich. Tippen Sie danach auf „{ common-done }“.
onboarding-hours = Wie viele Stunden pro Woche möchten Sie sich engagieren? Ungefähr genügt.
onboarding-district = In welchem Stadtteil möchten Sie sich engagieren? Am besten dort, wo Sie wohnen.
onboarding-district-any = Egal, überall in der Stadt
onboarding-district-remote = Nur von zu Hause aus
onboarding-languages =
    Welche Sprachen sprechen Sie? Bitte wählen Sie auch Deutsch, wenn Sie Deutsch sprechen. Manche Angebote brauchen zum Beispiel Arabisch oder Ukrainisch.

    Mehrere Antworten sind möglich. Tippen Sie danach auf „{ common-done }“.

## After the last question; the offers follow, or recommendations-none when nothing
## fits, so this promises no list.

onboarding-profile-saved = Vielen Dank! Ihre Antworten sind gespeichert. Jetzt suche ich Angebote, die zu Ihnen passen.
