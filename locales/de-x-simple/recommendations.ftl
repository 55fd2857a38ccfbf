# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## The list of offers (src/conversation/actions/recommendation-actions.ts).
## recommendations-item: { $rank } place in the list, { $why } the "passt zu" line.

# same as German: already plain German: short sentences, everyday words
recommendations-heading = Diese Angebote passen gut zu Ihnen:
# same as German: already plain German: short sentences, everyday words
recommendations-heading-more = Weitere Angebote für Sie:
recommendations-item =
    { $rank }. { $title }
    { $summary }
    ({ $organisation })
    Passt zu Ihnen: { $why }
recommendations-no-more = Das waren alle passenden Angebote. Hier sind wieder die Angebote vom Anfang.

## Questions under the list (flows/recommendations.yaml).

recommendations-pick = Tippen Sie auf ein Angebot. Dann erfahren Sie mehr darüber.
# same as German: short button text, already plain
recommendations-more = Weitere Angebote
# same as German: short button text, already plain
recommendations-change-answers = Meine Antworten ändern
recommendations-none =
    Im Moment habe ich leider kein passendes Angebot für Sie.

    Vielleicht hilft es, wenn Sie Ihre Antworten ändern. Wählen Sie zum Beispiel mehr Interessen. Oder wählen Sie „überall in der Stadt“.
# same as German: short button word, already plain
recommendations-help = Hilfe

## Parts of the "passt zu" line and of the details (src/conversation/present.ts).

reason-flexible-time = Zeit frei wählbar
reason-language-needed = hier braucht man Ihre Sprache: { $language }
# same as German: short list item with everyday words, already plain
reason-little-german = wenig Deutsch nötig
## Shown under an offer whose texts exist only in German.
offer-german-only = Diesen Text gibt es leider nicht in Einfacher Sprache.
# same as German: short list item with everyday words, already plain
reason-citywide = in der ganzen Stadt
# same as German: short list item with everyday words, already plain
reason-remote = von zu Hause aus
# same as German: short list item with everyday words, already plain
reason-few-hours =
    { $hours ->
        [one] 1 Stunde
       *[other] { $hours } Stunden
    } pro Woche

## One offer in detail (src/conversation/present.ts). { $frequency } is regular or once.

# same as German: label and placeholder, already plain
details-organisation = Organisation: { $name }
# same as German: label and placeholder, already plain
details-where = Wo: { $where }
# same as German: label and placeholder, already plain
details-when = Wann: { $when }
details-hours =
    Wie viel Zeit: { $frequency ->
        [once] nur 1 Mal, etwa { $hours ->
            [one] 1 Stunde
           *[other] { $hours } Stunden
        }
       *[regular] etwa { $hours ->
            [one] 1 Stunde
           *[other] { $hours } Stunden
        } pro Woche
    }
details-commitment =
    Wie lange: mindestens { $months ->
        [one] 1 Monat
       *[other] { $months } Monate
    }
details-min-age = Alter: mindestens { $age } Jahre
details-languages-required = Diese Sprachen brauchen Sie: { $languages }
details-languages-helpful = Diese Sprachen helfen: { $languages }
# same as German: label and placeholder, already plain
details-requirements =
    Das brauchen Sie dafür:
    { $requirements }
