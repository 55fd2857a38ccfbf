# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meinedaten (flows/my-data.yaml, src/conversation/actions/my-data-actions.ts): everything
## stored about the resident (Art. 15 and 20 DSGVO), as a readable summary and as a JSON file.
## Dates arrive formatted; names, titles and texts as stored.

my-data-nothing-stored = Sizinle ilgili kayıtlı hiçbir şey yok.
my-data-heading = Ehrenamtslotse’nin sizinle ilgili kaydettiği her şey bu kadar ({ $date } itibarıyla). Ardından gelen dosyada hepsi eksiksiz yer alıyor; saklayabilir veya başka bir yere götürebilirsiniz.
my-data-value-none = kayıtlı değil
my-data-file-caption = Tüm verileriniz eksiksiz olarak bir dosyada (JSON, makinece okunabilir).
my-data-footer = Yanlış bir şey mi var? Cevaplarınızı /profile komutuyla değiştirebilirsiniz. Tüm verilerinizi /delete komutuyla silebilirsiniz.

## Profile.
my-data-profile-heading = Profiliniz
my-data-profile-first-name = Adınız: { $value }
my-data-profile-username = Telegram kullanıcı adı: { $value }
my-data-profile-locale = Sohbet dili: { $value }
my-data-profile-interests = İlgi alanları: { $value }
my-data-profile-times = Zamanlar: { $value }
my-data-profile-hours = Haftalık saat: { $value }
my-data-profile-district = Semt: { $value }
my-data-profile-languages = Diller: { $value }
my-data-profile-created = Kayıt tarihi: { $date }
my-data-profile-last-active = Son mesajınız: { $date }

## Consents.
my-data-consents-heading = Onaylarınız
my-data-consent-privacy = Veri koruma bilgilendirmesi (sürüm { $version }): { $date } tarihinde onaylandı
my-data-consent-privacy-none = Veri koruma bilgilendirmesi: kayıtlı onay yok
my-data-consent-contact = Bilgilerinizin “{ $title }” için { $organisation } kuruluşuna iletilmesi: { $date } tarihinde onaylandı

## Signups with their history. { $by } is one of the my-data-actor-* words.
my-data-signups-heading = Başvurularınız
my-data-signups-none = Başvuru yok.
my-data-signup =
    { $title } ({ $organisation }), başvuru tarihi: { $date }
    Durum: { $status }
my-data-signup-message = Mesajınız: { $message }
my-data-signup-certificate = Adli sicil belgesi („Führungszeugnis“) görülme tarihi: { $seen }, düzenlenme tarihi: { $issued }
my-data-signup-event = { $date }: { $status } ({ $by })
my-data-signup-event-reason = Gerekçe: { $reason }
my-data-actor-coordinator = koordinatör
my-data-actor-resident = siz
my-data-actor-system = sistem
my-data-status-new = başvuru yapıldı
my-data-status-contacted = iletişime geçildi
my-data-status-accepted = kabul edildi
my-data-status-declined = kabul edilmedi
my-data-status-withdrawn = geri çekildi
my-data-check-in-two-weeks = “Her şey yolunda gitti mi?” sorusu, { $date }: { $answer }
my-data-check-in-three-months = “Hâlâ devam ediyor musunuz?” sorusu, { $date }: { $answer }
my-data-check-in-unanswered = cevaplanmadı

## Questions to the teams (/frage).
my-data-questions-heading = Ekiplere sorularınız
my-data-questions-none = Yok.
my-data-question-thread = { $team }: sizden gelen mesajlar: { $sent }, cevaplar: { $received }, son mesaj: { $date }
my-data-network-team = Gönüllülük ağının ekibi

## What organisations received. { $fields } is a list of the my-data-field-* words.
my-data-shared-heading = Kuruluşların sizden aldıkları
my-data-shared-none = Hiçbir şey.
my-data-shared-item = { $recipient }: { $fields } – { $when }
my-data-shared-sent = { $date } tarihinde iletildi
my-data-shared-pending = henüz iletilmedi
my-data-shared-removed = Onayınızı geri aldığınız için { $date } tarihinde oradan kaldırıldı
my-data-field-first-name = adınız
my-data-field-telegram-username = Telegram kullanıcı adınız
my-data-field-chat-language = sohbet diliniz
my-data-field-languages = konuştuğunuz diller
my-data-field-signup-message = başvurunuzdaki mesajınız
my-data-field-question = sorunuz
my-data-field-check-in-answer = bir takip sorusuna verdiğiniz cevap
