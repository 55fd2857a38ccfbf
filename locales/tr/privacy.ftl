# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /datenschutz (flows/privacy.yaml): the full privacy notice. $version is PRIVACY_VERSION;
## $controller, $email and $dpo come from the configuration (PRIVACY_CONTROLLER,
## PRIVACY_CONTACT_EMAIL, PRIVACY_DPO), or privacy-not-entered where a network left one unset;
## $inactiveMonths, $conversationMonths and $textMonths are the retention periods (RETENTION_*).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts; bump PRIVACY_VERSION
## (residents are then asked again) when the consent changes: what is stored, what for, who gets it.

privacy-text =
    Ehrenamtslotse: Veri koruma bilgilendirmesi
    Sürüm { $version } (Kasım 2026 itibarıyla)

    Sorumlu: { $controller }
    Veri koruma soruları için iletişim: { $email }
    Veri koruma görevlisi: { $dpo }

    Neleri kaydediyoruz: Adınızı, Telegram kullanıcı kimliğinizi (ID), seçtiğiniz dili, sorulara verdiğiniz cevapları (ilgi alanları, zamanlar, saatler, semt, diller) ve başvurularınızı geçmişleriyle birlikte. Telegram kullanıcı adınızı yalnızca bir kuruluşun size bu yolla ulaşması gerektiği sürece kaydederiz. Bir kuruluşun ekibine soru sorarsanız soruyu ve cevabı kaydederiz. Başvurunuz kabul edildikten sonra her şeyin yolunda gidip gitmediğini sorarız; bu soruya verdiğiniz cevabı da kaydederiz.

    Ne için: Size uygun ilanlar önerebilmek ve başvurunuzu seçtiğiniz kuruluşa iletebilmek için. Bir kuruluş adınızı ve Telegram iletişim bilginizi yalnızca başvuru sırasında buna ayrıca onay verirseniz alır. Hukuki dayanak sizin onayınızdır (AB Genel Veri Koruma Tüzüğü, madde 6/1-a); onayınızı istediğiniz zaman geri alabilirsiniz.

    Paylaşım: Verilerinizi, başvurduğunuz veya soru sorduğunuz kuruluş dışında hiç kimseyle paylaşmayız. Mesajların kendisi Telegram üzerinden iletilir. Kuruluşların koordinatörleri başvurunuzu, sorularınızı ve takip sorularımıza verdiğiniz cevapları Slack adlı hizmet üzerinden alır. Telegram ve Slack verileri AB dışında da işleyebilir.

    Ne kadar süreyle: Profilinizi, siz silene kadar saklarız. { $inactiveMonths } ay boyunca bana hiç yazmazsanız profilinizi otomatik olarak sileriz. Ekibe sorduğunuz soruları, cevapları ve takip sorularımıza verdiğiniz cevapları başvuru sona erdikten { $conversationMonths } ay sonra sileriz. Bir başvuru kabul edilmez veya geri çekilirse, başvurudaki mesajınızı ve ret gerekçesini de { $textMonths } ay sonra sileriz.

    Haklarınız: /mydata komutuyla sizinle ilgili kayıtlı her şeyi bir dosya olarak alırsınız. Cevaplarınızı /profile komutuyla değiştirebilirsiniz. /signups komutuyla bir başvuruyu geri çekebilirsiniz. Orada “Geri çek, verilerimi sil” seçeneğini seçerseniz, verilerinizin iletilmesine verdiğiniz onayı da geri almış olursunuz: Kuruluş adınızı ve mesajınızı artık göremez ve bu durumdan haberdar edilir. /delete komutuyla tüm verilerinizi silebilirsiniz. Ayrıca bir veri koruma denetim makamına şikâyette bulunabilirsiniz.

## Shown instead of a contact the network has not filled in yet (PRIVACY_* unset).
privacy-not-entered = (henüz girilmedi – lütfen ağın koordinasyon ekibine başvurun)

## /loeschen (flows/erase.yaml).

erase-nothing-stored = Sizinle ilgili kayıtlı hiçbir şey yok. Yani silinecek bir şey de yok.
erase-confirm =
    Gerçekten tüm verilerinizi silmek istiyor musunuz?

    Profiliniz ve cevaplarınız silinecek. Açık başvurularınız geri çekilecek ve kuruluşlara bilgi verilecek. Bu işlem geri alınamaz.
erase-confirm-yes = Evet, her şeyi sil
erase-confirm-no = Hayır, kalsın
erase-kept = Tamam, her şey olduğu gibi kalıyor.
erase-done =
    Verileriniz silindi. Başvurularınız kuruluşların istatistiklerinde artık yalnızca adınız ve mesajınız olmadan yer alır.

    Geri dönmek isterseniz /start yazmanız yeterli. Her şey gönlünüzce olsun!
