# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Signing up for one offer (flows/signup.yaml). The details of the offer are shown just
## before. Arguments from the flow: { $opportunityTitle }, { $organisationName } (a name
## without an article, so it stands on its own line or after a colon) and
## { $requirementsText } (a list, one requirement per line).

signup-decide = “{ $opportunityTitle }” için gönüllü olmak ister misiniz?
signup-start = Evet, katılmak istiyorum
signup-back = İlanlara geri dön
signup-already = Bu ilana zaten başvurdunuz. Başvurunuzun durumunu /signups komutuyla görebilirsiniz.
signup-unavailable = Bu ilan şu anda maalesef başvurulara kapalı. Başka ilanları /offers komutuyla bulabilirsiniz.

## Requirements such as a certificate of good conduct.

signup-requirements =
    “{ $opportunityTitle }” için şunlar gerekiyor:
    { $requirementsText }

    Bu sizin için uygun mu?
signup-requirements-ok = Evet, uygun
signup-requirements-not-ok = Hayır, bu olmaz
signup-requirements-declined = Ne yazık, ama bunu bilmek iyi oldu. Başvurunuz yapılmadı. Başka ilanları /offers komutuyla bulabilirsiniz.

## Consent to pass the contact on, an optional message, the final yes.

signup-contact-consent =
    Sizinle iletişime geçebilmesi için adınızı ve Telegram iletişim bilginizi şu kuruluşa ileteceğim: { $organisationName }. Bu bilgileri başka hiç kimse almaz.

    Bunu kabul ediyor musunuz?
signup-contact-consent-yes = Evet, iletin
signup-contact-consent-no = Hayır, iptal et
signup-message =
    Kuruluşa iletmek istediğiniz başka bir şey var mı? Örneğin size en kolay ne zaman ulaşılabileceği.

    Bunu normal bir mesaj olarak yazmanız yeterli. Ya da “{ signup-message-skip }” düğmesine dokunun.
signup-message-skip = Mesajsız devam et
signup-confirm =
    Neredeyse bitti! “{ $opportunityTitle }” için başvurunuzu şimdi göndereyim mi?
    Kuruluş: { $organisationName }
signup-confirm-yes = Evet, başvurumu gönder
signup-confirm-no = Hayır, iptal et
signup-cancelled = Peki, başvurunuzu göndermedim. Hiçbir bilgi iletilmedi. İlanlarınızı /offers komutuyla yeniden görebilirsiniz.
signup-done =
    Tamamdır, başvurunuz yapıldı. Gönüllü katkınız için çok teşekkür ederiz!

    { $organisationName } sizinle iletişime geçecek. Başvurunuzu ve durumunu /signups komutuyla görebilirsiniz.
