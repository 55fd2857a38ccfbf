# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## The list of offers (src/conversation/actions/recommendation-actions.ts).
## recommendations-item: { $rank } place in the list, { $why } the "passt zu" line.

recommendations-heading = این فرصت‌ها به‌خوبی با شما جور هستند:
recommendations-heading-more = فرصت‌های دیگر برای شما:
recommendations-item =
    { $rank }. { $title }
    { $summary }
    ({ $organisation })
    چرا مناسب شماست: { $why }
recommendations-no-more = این‌ها همهٔ فرصت‌های مناسب بودند. فرصت‌های اول را دوباره اینجا می‌بینید.

## Questions under the list (flows/recommendations.yaml).

recommendations-pick = روی یک فرصت بزنید تا دربارهٔ آن بیشتر بدانید.
recommendations-more = فرصت‌های بیشتر
recommendations-change-answers = تغییر پاسخ‌هایم
recommendations-none =
    متأسفانه در حال حاضر هیچ فرصتی ندارم که با پاسخ‌های شما جور باشد.

    شاید اگر پاسخ‌هایتان را تغییر دهید، نتیجه بگیرید؛ مثلاً علاقه‌های بیشتری انتخاب کنید یا «هر جای شهر» را بزنید.
recommendations-help = راهنما

## Parts of the "passt zu" line and of the details (src/conversation/present.ts).

reason-flexible-time = زمان انعطاف‌پذیر
reason-language-needed = اینجا به زبان { $language } شما نیاز است
reason-little-german = آلمانی کم هم کافی است
## Shown under an offer whose texts exist only in German.
offer-german-only = این فرصت فقط به زبان آلمانی توضیح داده شده است.
reason-citywide = در سراسر شهر
reason-remote = از خانه
reason-few-hours =
    { $hours ->
        [one] { $hours } ساعت
       *[other] { $hours } ساعت
    } در هفته

## One offer in detail (src/conversation/present.ts). { $frequency } is regular or once.

details-organisation = سازمان: { $name }
details-where = کجا: { $where }
details-when = چه زمانی: { $when }
details-hours =
    زمان لازم: { $frequency ->
        [once] یک بار، حدود { $hours ->
            [one] { $hours } ساعت
           *[other] { $hours } ساعت
        }
       *[regular] حدود { $hours ->
            [one] { $hours } ساعت
           *[other] { $hours } ساعت
        } در هفته
    }
details-commitment =
    مدت: دست‌کم { $months ->
        [one] { $months } ماه
       *[other] { $months } ماه
    }
details-min-age = حداقل سن: { $age } سال
details-languages-required = زبان‌های لازم: { $languages }
details-languages-helpful = زبان‌های مفید: { $languages }
details-requirements =
    برای این کار به این موارد نیاز دارید:
    { $requirements }
