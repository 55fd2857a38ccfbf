# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /start: welcome and language (flows/onboarding.yaml). The resident may not read German
## yet, so the language question is also asked in English.

onboarding-language =
    Willkommen beim Ehrenamts·lotsen! Ich helfe Ihnen, ein passendes Ehren·amt in Ihrer Nähe zu finden. Ehren·amt heißt: Sie helfen freiwillig und ohne Bezahlung.

    In welcher Sprache wollen Sie schreiben?
    Which language would you like to use?
## First contact when Telegram tells us the resident's language: one tap to confirm it.
## Written in that language; "other" leads to the full list.

onboarding-language-suggest =
    Willkommen beim Ehrenamts·lotsen! Ich helfe Ihnen, ein passendes Ehren·amt in Ihrer Nähe zu finden. Ehren·amt heißt: Sie helfen freiwillig und ohne Bezahlung.

    Ich kann in Einfacher Sprache mit Ihnen schreiben. Wollen Sie das?
onboarding-language-suggest-yes = Ja, Einfache Sprache
# same as German: short button text, already plain
onboarding-language-other = 🌐 Andere Sprache
onboarding-welcome-back = Schön, dass Sie wieder da sind! Ich schaue jetzt nach passenden Angeboten für Sie.

## Privacy notice and consent. Short; the full text is /datenschutz (privacy.ftl).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts.

onboarding-privacy =
    Bevor es losgeht, kurz zum Daten·schutz (Stand: November 2026):

    Das Netzwerk für Generationen Saalberg speichert diese Daten von Ihnen:
    - Ihren Vornamen
    - Ihre Telegram-Kennung
    - Ihre Antworten auf die nächsten Fragen
    Mit diesen Daten schlage ich Ihnen passende Angebote vor. Eine Organisation erfährt nur etwas über Sie, wenn Sie sich dort anmelden. Auch dann müssen Sie extra zustimmen.

    Sie können alles jederzeit mit /loeschen löschen. Den ganzen Text finden Sie unter /datenschutz.

    Stimmen Sie zu?
onboarding-privacy-agree = Ja, ich stimme zu
# same as German: short button text, already plain
onboarding-privacy-decline = Nein, lieber nicht
onboarding-no-consent =
    In Ordnung. Ich habe nichts von Ihnen gespeichert.

    Haben Sie Ihre Meinung geändert? Dann schreiben Sie einfach /start. Das geht jederzeit.

## The profile questions. Also asked by /profil (flows/profile.yaml), where the saved
## answers are already ticked, so the wording fits both.

onboarding-interests =
    Was machen Sie gern? Wählen Sie alles aus, was Sie interessiert.

    Sie können mehrere Antworten wählen. Tippen Sie danach auf „{ common-done }“.
onboarding-time-slots =
    Wann haben Sie meistens Zeit?

    Sie können mehrere Antworten wählen. Tippen Sie danach auf „{ common-done }“.
onboarding-hours = Wie viele Stunden pro Woche wollen Sie helfen? Eine ungefähre Zahl reicht.
onboarding-district = In welchem Stadtteil wollen Sie helfen? Am besten dort, wo Sie wohnen.
# same as German: short button text, already plain
onboarding-district-any = Egal, überall in der Stadt
# same as German: short button text, already plain
onboarding-district-remote = Nur von zu Hause aus
onboarding-languages =
    Welche Sprachen sprechen Sie? Sprechen Sie Deutsch? Dann wählen Sie bitte auch Deutsch. Manche Angebote brauchen andere Sprachen, zum Beispiel Arabisch oder Ukrainisch.

    Sie können mehrere Antworten wählen. Tippen Sie danach auf „{ common-done }“.

## After the last question; the offers follow, or recommendations-none when nothing
## fits, so this promises no list.

onboarding-profile-saved = Vielen Dank! Ich habe Ihre Antworten gespeichert. Jetzt suche ich Angebote, die zu Ihnen passen.
