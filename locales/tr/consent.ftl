# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meine: withdrawing a signup together with the consent to pass the data on (flows/my-signups.yaml,
## Art. 7 Abs. 3 DSGVO). Shown before my-signups-withdraw-confirm, whose buttons are
## my-signups-withdraw-yes, consent-withdraw-button and my-signups-withdraw-no.

consent-withdraw-explain =
    Başvurunuzu sadece geri çekebilirsiniz.

    Ya da başvurunuzu geri çeker ve kuruluşun verilerinizi almasına verdiğiniz onayı da geri alırsınız. O zaman kuruluş adınızı, Telegram iletişim bilginizi ve mesajınızı artık göremez. Ayrıca kuruluştan, sizinle ilgili tuttuğu kendi notlarını silmesini isteriz.
consent-withdraw-button = Geri çek, verilerimi sil
consent-withdrawn-done = Başvurunuz geri çekildi. Kuruluş verilerinizi artık göremez; sizinle ilgili tuttuğu kendi notlarını silmesi de kendisinden istenecek.
