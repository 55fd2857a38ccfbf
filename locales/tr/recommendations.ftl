# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## The list of offers (src/conversation/actions/recommendation-actions.ts).
## recommendations-item: { $rank } place in the list, { $why } the "passt zu" line.

recommendations-heading = Bu ilanlar size iyi uyuyor:
recommendations-heading-more = Sizin için başka ilanlar:
recommendations-item =
    { $rank }. { $title }
    { $summary }
    ({ $organisation })
    Neden size uygun: { $why }
recommendations-no-more = Size uygun ilanların hepsi bu kadardı. İlk ilanlar yeniden aşağıda.

## Questions under the list (flows/recommendations.yaml).

recommendations-pick = Daha fazla bilgi almak için bir ilana dokunun.
recommendations-more = Başka ilanlar
recommendations-change-answers = Cevaplarımı değiştir
recommendations-none =
    Şu anda maalesef cevaplarınıza uyan bir ilanım yok.

    Cevaplarınızı değiştirirseniz belki olur; örneğin daha fazla ilgi alanı ya da “Fark etmez, tüm şehirde” seçeneğini seçebilirsiniz.
recommendations-help = Yardım

## Parts of the "passt zu" line and of the details (src/conversation/present.ts).

reason-flexible-time = zamanı esnek
reason-language-needed = { $language } bilginize burada ihtiyaç var
reason-little-german = az Almanca yeterli
## Shown under an offer whose texts exist only in German.
offer-german-only = Bu ilanın açıklaması yalnızca Almanca.
reason-citywide = şehrin her yerinde
reason-remote = evden
reason-few-hours =
    haftada { $hours ->
        [one] 1 saat
       *[other] { $hours } saat
    }

## One offer in detail (src/conversation/present.ts). { $frequency } is regular or once.

details-organisation = Kuruluş: { $name }
details-where = Nerede: { $where }
details-when = Ne zaman: { $when }
details-hours =
    Gereken zaman: { $frequency ->
        [once] bir kez, yaklaşık { $hours ->
            [one] 1 saat
           *[other] { $hours } saat
        }
       *[regular] haftada yaklaşık { $hours ->
            [one] 1 saat
           *[other] { $hours } saat
        }
    }
details-commitment =
    Süre: en az { $months ->
        [one] 1 ay
       *[other] { $months } ay
    }
details-min-age = Yaş sınırı: en az { $age } yaşında
details-languages-required = Gerekli dil bilgisi: { $languages }
details-languages-helpful = Faydalı dil bilgisi: { $languages }
details-requirements =
    Bunun için gerekenler:
    { $requirements }
