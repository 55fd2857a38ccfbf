## The list of offers (src/conversation/actions/recommendation-actions.ts).
## recommendations-item: { $rank } place in the list, { $why } the "passt zu" line.

recommendations-heading = Diese Angebote passen gut zu Ihnen:
recommendations-heading-more = Weitere Angebote für Sie:
recommendations-item =
    { $rank }. { $title }
    { $summary }
    ({ $organisation })
    passt zu: { $why }
recommendations-no-more = Das waren alle passenden Angebote. Hier sind noch einmal die ersten.

## Questions under the list (flows/recommendations.yaml).

recommendations-pick = Tippen Sie auf ein Angebot, um mehr darüber zu erfahren.
recommendations-more = Weitere Angebote
recommendations-change-answers = Meine Antworten ändern
recommendations-none =
    Im Moment habe ich leider kein Angebot, das zu Ihren Antworten passt.

    Vielleicht klappt es, wenn Sie Ihre Antworten ändern, zum Beispiel mehr Interessen oder „überall in der Stadt“ wählen.
recommendations-help = Hilfe

## Parts of the "passt zu" line and of the details (src/conversation/present.ts).

reason-flexible-time = zeitlich flexibel
reason-language-needed = Ihre Sprache { $language } wird hier gebraucht
reason-little-german = wenig Deutsch nötig
## Shown under an offer whose texts exist only in German.
offer-german-only = Dieses Angebot ist nur auf Deutsch beschrieben.
reason-citywide = in der ganzen Stadt
reason-remote = von zu Hause aus
reason-few-hours =
    { $hours ->
        [one] 1 Stunde
       *[other] { $hours } Stunden
    } pro Woche

## One offer in detail (src/conversation/present.ts). { $frequency } is regular or once.

details-organisation = Organisation: { $name }
details-where = Wo: { $where }
details-when = Wann: { $when }
details-hours =
    Zeitaufwand: { $frequency ->
        [once] einmalig, etwa { $hours ->
            [one] 1 Stunde
           *[other] { $hours } Stunden
        }
       *[regular] etwa { $hours ->
            [one] 1 Stunde
           *[other] { $hours } Stunden
        } pro Woche
    }
details-commitment =
    Dauer: mindestens { $months ->
        [one] 1 Monat
       *[other] { $months } Monate
    }
details-min-age = Mindestalter: { $age } Jahre
details-languages-required = Nötige Sprachkenntnisse: { $languages }
details-languages-helpful = Hilfreiche Sprachkenntnisse: { $languages }
details-requirements =
    Das brauchen Sie dafür:
    { $requirements }
