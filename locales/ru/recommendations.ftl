# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## The list of offers (src/conversation/actions/recommendation-actions.ts).
## recommendations-item: { $rank } place in the list, { $why } the "passt zu" line.

recommendations-heading = Эти предложения Вам хорошо подходят:
recommendations-heading-more = Ещё предложения для Вас:
recommendations-item =
    { $rank }. { $title }
    { $summary }
    ({ $organisation })
    Почему подходит: { $why }
recommendations-no-more = Это были все подходящие предложения. Вот ещё раз первые из них.

## Questions under the list (flows/recommendations.yaml).

recommendations-pick = Нажмите на предложение, чтобы узнать о нём подробнее.
recommendations-more = Ещё предложения
recommendations-change-answers = Изменить мои ответы
recommendations-none =
    К сожалению, сейчас у меня нет предложений, которые подходят к Вашим ответам.

    Возможно, получится, если Вы измените ответы: например, выберете больше интересов или вариант «по всему городу».
recommendations-help = Помощь

## Parts of the "passt zu" line and of the details (src/conversation/present.ts).

reason-flexible-time = гибкое время
reason-language-needed = Здесь нужен Ваш язык: { $language }
reason-little-german = достаточно немного знать немецкий
## Shown under an offer whose texts exist only in German.
offer-german-only = Это предложение описано только на немецком языке.
reason-citywide = по всему городу
reason-remote = из дома
reason-few-hours =
    { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
        [many] { $hours } часов
       *[other] { $hours } часа
    } в неделю

## One offer in detail (src/conversation/present.ts). { $frequency } is regular or once.

details-organisation = Организация: { $name }
details-where = Где: { $where }
details-when = Когда: { $when }
details-hours =
    Затраты времени: { $frequency ->
        [once] однократно, примерно { $hours ->
            [one] { $hours } час
            [few] { $hours } часа
            [many] { $hours } часов
           *[other] { $hours } часа
        }
       *[regular] примерно { $hours ->
            [one] { $hours } час
            [few] { $hours } часа
            [many] { $hours } часов
           *[other] { $hours } часа
        } в неделю
    }
details-commitment =
    Минимальный срок участия: { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
        [many] { $months } месяцев
       *[other] { $months } месяца
    }
details-min-age =
    Минимальный возраст: { $age ->
        [one] { $age } год
        [few] { $age } года
        [many] { $age } лет
       *[other] { $age } года
    }
details-languages-required = Необходимое знание языков: { $languages }
details-languages-helpful = Полезное знание языков: { $languages }
details-requirements =
    Что для этого нужно:
    { $requirements }
