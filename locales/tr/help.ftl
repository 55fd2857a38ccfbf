# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /hilfe (flows/help.yaml); also the answer to unknown commands and to messages
## outside a question.

help-text =
    Ben Ehrenamtslotse, yani gönüllülük rehberiniz. Size uygun bir gönüllü çalışma bulmanıza yardım ediyorum.

    Bir komuta dokunun:
    /offers – Size uygun ilanlar
    /profile – Cevaplarınızı değiştirin
    /signups – Başvurularınızı görün veya geri çekin
    /question – Ekibe bir soru sorun
    /language – Dili değiştirin
    /privacy – Verilerinize ne oluyor?
    /mydata – Kayıtlı tüm verilerinizi görün
    /delete – Tüm verilerinizi silin
    /start – Baştan başlayın
    /help – Bu genel bakış
