# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## The list of offers (src/conversation/actions/recommendation-actions.ts).
## recommendations-item: { $rank } place in the list, { $why } the "passt zu" line.

recommendations-heading = Ці пропозиції Вам добре підходять:
recommendations-heading-more = Ще пропозиції для Вас:
recommendations-item =
    { $rank }. { $title }
    { $summary }
    ({ $organisation })
    Чому підходить: { $why }
recommendations-no-more = Це були всі відповідні пропозиції. Ось ще раз перші з них.

## Questions under the list (flows/recommendations.yaml).

recommendations-pick = Натисніть на пропозицію, щоб дізнатися про неї більше.
recommendations-more = Ще пропозиції
recommendations-change-answers = Змінити мої відповіді
recommendations-none =
    На жаль, зараз у мене немає пропозицій, які пасують до Ваших відповідей.

    Можливо, допоможе, якщо Ви зміните свої відповіді – наприклад, оберете більше інтересів або «будь-де в місті».
recommendations-help = Допомога

## Parts of the "passt zu" line and of the details (src/conversation/present.ts).

reason-flexible-time = гнучкий час
reason-language-needed = тут потрібна Ваша мова: { $language }
reason-little-german = досить трохи знати німецьку
## Shown under an offer whose texts exist only in German.
offer-german-only = Ця пропозиція описана лише німецькою мовою.
reason-citywide = по всьому місту
reason-remote = з дому
reason-few-hours =
    { $hours ->
        [one] { $hours } година
        [few] { $hours } години
        [many] { $hours } годин
       *[other] { $hours } години
    } на тиждень

## One offer in detail (src/conversation/present.ts). { $frequency } is regular or once.

details-organisation = Організація: { $name }
details-where = Де: { $where }
details-when = Коли: { $when }
details-hours =
    Витрати часу: { $frequency ->
        [once] одноразово, приблизно { $hours ->
            [one] { $hours } година
            [few] { $hours } години
            [many] { $hours } годин
           *[other] { $hours } години
        }
       *[regular] приблизно { $hours ->
            [one] { $hours } година
            [few] { $hours } години
            [many] { $hours } годин
           *[other] { $hours } години
        } на тиждень
    }
details-commitment =
    Тривалість: щонайменше { $months ->
        [one] { $months } місяць
        [few] { $months } місяці
        [many] { $months } місяців
       *[other] { $months } місяця
    }
details-min-age =
    Мінімальний вік: { $age ->
        [one] { $age } рік
        [few] { $age } роки
        [many] { $age } років
       *[other] { $age } року
    }
details-languages-required = Потрібне знання мов: { $languages }
details-languages-helpful = Корисне знання мов: { $languages }
details-requirements =
    Що для цього потрібно:
    { $requirements }
