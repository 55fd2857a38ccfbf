# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /start: welcome and language (flows/onboarding.yaml). The resident may not read German
## yet, so the language question is also asked in English.

onboarding-language =
    Hoş geldiniz! Ben Ehrenamtslotse, yani gönüllülük rehberiniz. Yakınınızda, size uygun bir gönüllü çalışma bulmanıza yardım ediyorum.

    Hangi dilde yazışmak istersiniz?
    Which language would you like to use?
    In welcher Sprache möchten Sie schreiben?
## First contact when Telegram tells us the resident's language: one tap to confirm it.
## Written in that language; "other" leads to the full list.

onboarding-language-suggest =
    Hoş geldiniz! Ben Ehrenamtslotse, yani gönüllülük rehberiniz. Yakınınızda, size uygun bir gönüllü çalışma bulmanıza yardım ediyorum.

    Türkçe yazışmak ister misiniz?
onboarding-language-suggest-yes = Evet, Türkçe
onboarding-language-other = 🌐 Başka bir dil
onboarding-welcome-back = Tekrar hoş geldiniz! Size hangi ilanların uygun olduğuna bakıyorum.

## Privacy notice and consent. Short; the full text is /datenschutz (privacy.ftl).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts.

onboarding-privacy =
    Başlamadan önce veri koruma hakkında kısa bir bilgi (Kasım 2026 itibarıyla):

    Netzwerk für Generationen Saalberg, adınızı, Telegram kimliğinizi ve birazdan soracağım sorulara vereceğiniz cevapları kaydeder. Bu bilgilerle size uygun ilanlar öneriyorum. Bir kuruluş sizinle ilgili bir şeyi ancak oraya başvurursanız ve buna ayrıca onay verirseniz öğrenir.

    Her şeyi istediğiniz zaman /delete komutuyla silebilirsiniz. Metnin tamamını /privacy komutuyla okuyabilirsiniz.

    Bunu kabul ediyor musunuz?
onboarding-privacy-agree = Evet, kabul ediyorum
onboarding-privacy-decline = Hayır, istemiyorum
onboarding-no-consent =
    Peki. Sizinle ilgili hiçbir şey kaydetmedim.

    Fikrinizi değiştirirseniz istediğiniz zaman /start yazmanız yeterli.

## The profile questions. Also asked by /profil (flows/profile.yaml), where the saved
## answers are already ticked, so the wording fits both.

onboarding-interests =
    Neler yapmaktan hoşlanırsınız? İlginizi çeken her şeyi seçin.

    Birden fazla cevap seçebilirsiniz. Sonra “{ common-done }” düğmesine dokunun.
onboarding-time-slots =
    Genellikle ne zaman vaktiniz olur?

    Birden fazla cevap seçebilirsiniz. Sonra “{ common-done }” düğmesine dokunun.
onboarding-hours = Haftada kaç saat gönüllü çalışmak istersiniz? Yaklaşık bir tahmin yeterli.
onboarding-district = Hangi semtte gönüllü çalışmak istersiniz? En iyisi oturduğunuz semt.
onboarding-district-any = Fark etmez, tüm şehirde
onboarding-district-remote = Sadece evden
onboarding-languages =
    Hangi dilleri konuşuyorsunuz? Almanca konuşuyorsanız lütfen Almancayı da seçin. Bazı ilanlar için örneğin Arapça veya Ukraynaca bilen birine ihtiyaç var.

    Birden fazla cevap seçebilirsiniz. Sonra “{ common-done }” düğmesine dokunun.

## After the last question; the offers follow, or recommendations-none when nothing
## fits, so this promises no list.

onboarding-profile-saved = Çok teşekkürler! Cevaplarınız kaydedildi. Şimdi size uygun ilanları arıyorum.
