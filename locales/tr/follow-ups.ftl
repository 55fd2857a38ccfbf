# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Buttons under the bot's own messages: the release notice (flows/signup-waiting.yaml), the
## check-ins (flows/check-in.yaml), and "Frage an das Team" (flows/question.yaml, /frage).

## After the release notice: keep waiting or withdraw.
signup-waiting-kept = Tamam, başvurunuz geçerli kalıyor. Bir cevap beklediğinizi kuruluşa ilettik.
signup-waiting-withdrawn = Başvurunuz geri çekildi. Başka ilanları /offers komutuyla bulabilirsiniz.
signup-waiting-answered = Bu başvuruda bu arada bir değişiklik oldu. Başvurularınızın son durumunu /signups komutuyla görebilirsiniz.

## Check-in answers (button labels; short).
check-in-answer-started = Evet, başladım
check-in-answer-not-yet = Henüz değil
check-in-answer-failed = Maalesef olmadı
check-in-answer-still-in = Evet, devam ediyorum
check-in-answer-stopped = Hayır, artık değil
check-in-thanks = Cevabınız için teşekkür ederiz! Cevabınızı kuruluşa ilettik.
check-in-sorry = Ne yazık. Bize bildirdiğiniz için teşekkür ederiz, bunu kuruluşa ilettik. Belki başka bir ilan size uygundur:
check-in-already = Teşekkür ederiz, cevabınızı zaten aldık.
check-in-unknown = Bu soru artık geçerli değil. Başvurularınızı /signups komutuyla görebilirsiniz.

## "Frage an das Team" (/question).
question-choose = Sorunuz hangi ekibe gitsin?
question-topic-signup = { $title } ({ $organisation })
question-topic-network = Genel soru
question-write = Sorunuzu tek bir mesaj olarak yazın. Ekip sorunuzu kendi iş sohbetinde okuyacak ve size buradan cevap verecek.
question-sent = Teşekkür ederiz, sorunuz ulaştı. Cevabı burada, bu sohbette alacaksınız.
question-failed = Maalesef bir sorun oldu. Lütfen /question komutuyla tekrar deneyin.
