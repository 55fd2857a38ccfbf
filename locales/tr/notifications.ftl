# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = “{ $title }” ({ $organisation }) için yaptığınız başvuruyla ilgili yeni bir gelişme var: Kuruluş başvurunuzla ilgileniyor ve sizinle iletişime geçecek.
notify-signup-accepted =
    “{ $title }” ({ $organisation }) için yaptığınız başvuruyla ilgili güzel bir haber: Başvurunuz onaylandı, artık siz de aramızdasınız.

    Sonraki adımlar: Kuruluş sizinle iletişime geçecek ve ilk buluşma için bir zaman ayarlayacak. Siz de kuruluşa kendiniz ulaşabilirsiniz.
notify-signup-declined = “{ $title }” ({ $organisation }) için yaptığınız başvuru hakkında: Maalesef bu sefer olmadı, kuruluş başvurunuzu kabul edemiyor. Yine de yardım etmeye hazır olduğunuz için çok teşekkür ederiz!

## Below "accepted": the organisation's contact as it published it, one line each (only those it gave).
notify-contact-heading = { $organisation } kuruluşuna şöyle ulaşabilirsiniz:
notify-contact-person = İlgili kişi: { $value }
# same as German: "Telefon" is also the Turkish word for phone.
notify-contact-phone = Telefon: { $value }
notify-contact-email = E-posta: { $value }
notify-contact-address = Adres: { $value }
notify-contact-website = İnternet sitesi: { $value }

## Below "declined": the reason as the coordinator wrote it (usually German), then other offers as buttons.
notify-decline-reason = Kuruluşun açıklaması: “{ $reason }”
notify-alternatives = Belki bu ilanlardan biri size uygundur:
notify-alternatives-none = Başka ilanları /offers komutuyla bulabilirsiniz.

## Nobody answered a signup for about two weeks (SIGNUP_RELEASE_WORKING_DAYS). Buttons: keep, withdraw, other offers.
notify-signup-released =
    “{ $title }” ({ $organisation }) için yaptığınız başvuru hakkında: Kuruluş maalesef henüz size dönüş yapmadı. Bunun için üzgünüz – kuruluşa bir hatırlatma gönderdik bile.

    Beklemeye devam edebilir veya başvurunuzu geri çekebilirsiniz.

## Check-ins after "accepted". Buttons: the answers (check-in-answer-… in follow-ups.ftl).
notify-check-in-two-weeks = Bir süre önce { $organisation }, “{ $title }” için yaptığınız başvuruyu onayladı. Her şey yolunda gitti mi?
notify-check-in-three-months = Bir süredir “{ $title }” ({ $organisation }) için gönüllü çalışıyorsunuz. Hâlâ devam ediyor musunuz?

## An answer of the team to the resident's question; { $message } is the coordinator's text as written.
notify-team-answer =
    { $organisation } kuruluşundan cevap:

    { $message }
notify-team-answer-network =
    Gönüllülük ağının ekibinden cevap:

    { $message }

## Buttons under these messages (short: a phone shows about 30 characters).
notify-button-ask = Ekibe soru sor
notify-button-reply = Cevap yaz
notify-button-keep = Beklemeye devam et
notify-button-withdraw = Başvuruyu geri çek

## A coordinator's message to everyone accepted for an offer (/lotse nachricht in Slack).
## { $message } is the coordinator's text as written (usually German), { $title } the offer,
## { $organisation } offering it.

notify-broadcast =
    “{ $title }” için gönüllü olan herkese { $organisation } kuruluşundan bir mesaj:

    { $message }
