# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /datenschutz (flows/privacy.yaml): the full privacy notice.
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts; when this
## text changes, bump PRIVACY_VERSION so that residents are asked again.

privacy-text =
    Ehrenamtslotse: Veri koruma bilgilendirmesi (Kasım 2026 itibarıyla)

    Sorumlu: Netzwerk für Generationen Saalberg
    İletişim: datenschutz@netzwerk-saalberg.example.org

    Neleri kaydediyoruz: Adınızı, Telegram kullanıcı kimliğinizi (ID) ve Telegram kullanıcı adınızı, seçtiğiniz dili, sorulara verdiğiniz cevapları (ilgi alanları, zamanlar, saatler, semt, diller) ve başvurularınızı.

    Ne için: Size uygun ilanlar önerebilmek ve başvurunuzu seçtiğiniz kuruluşa iletebilmek için. Bir kuruluş adınızı ve Telegram iletişim bilginizi yalnızca başvuru sırasında buna ayrıca onay verirseniz alır. Hukuki dayanak sizin onayınızdır; onayınızı istediğiniz zaman geri alabilirsiniz.

    Paylaşım: Verilerinizi başvurduğunuz kuruluş dışında hiç kimseyle paylaşmayız. Mesajların kendisi Telegram üzerinden iletilir. Kuruluşların koordinatörleri başvurunuzu Slack adlı hizmet üzerinden alır.

    Ne kadar süreyle: Verilerinizi silene kadar. 12 ay boyunca bana hiç yazmazsanız profilinizi otomatik olarak sileriz.

    Haklarınız: İstediğiniz zaman verileriniz hakkında bilgi isteyebilir ve yanlış bilgilerin düzeltilmesini talep edebilirsiniz (cevaplarınızı /profile komutuyla kendiniz değiştirebilirsiniz). /delete komutuyla tüm verilerinizi silebilirsiniz. Ayrıca bir veri koruma denetim makamına şikâyette bulunabilirsiniz.

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
