# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## The list of offers (src/conversation/actions/recommendation-actions.ts).
## recommendations-item: { $rank } place in the list, { $why } the "suits you" line.

recommendations-heading = These offers suit you well:
recommendations-heading-more = More offers for you:
recommendations-item =
    { $rank }. { $title }
    { $summary }
    ({ $organisation })
    suits you: { $why }
recommendations-no-more = Those were all the offers that fit. Here are the first ones again.

## Questions under the list (flows/recommendations.yaml).

recommendations-pick = Tap an offer to find out more about it.
recommendations-more = More offers
recommendations-change-answers = Change my answers
recommendations-none =
    Right now I have no offer that fits your answers, sorry.

    It may help to change your answers, for example to choose more interests or "anywhere in town".
recommendations-help = Help

## Parts of the "suits you" line and of the details (src/conversation/present.ts).

reason-language-needed = Your { $language } is needed here
reason-little-german = little German needed
## Shown under an offer whose texts exist only in German.
offer-german-only = This offer is only described in German.
reason-flexible-time = flexible times
reason-citywide = anywhere in town
reason-remote = from home
reason-few-hours =
    { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    } a week

## One offer in detail (src/conversation/present.ts). { $frequency } is regular or once.

# same as German: the word is the same in English.
details-organisation = Organisation: { $name }
details-where = Where: { $where }
details-when = When: { $when }
details-hours =
    Time needed: { $frequency ->
        [once] once, about { $hours ->
            [one] 1 hour
           *[other] { $hours } hours
        }
       *[regular] about { $hours ->
            [one] 1 hour
           *[other] { $hours } hours
        } a week
    }
details-commitment =
    Duration: at least { $months ->
        [one] 1 month
       *[other] { $months } months
    }
details-min-age = Minimum age: { $age }
details-languages-required = Languages needed: { $languages }
details-languages-helpful = Languages that help: { $languages }
details-requirements =
    What you need for it:
    { $requirements }
