# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Signing up for one offer (flows/signup.yaml). The details of the offer are shown just
## before. Arguments from the flow: { $opportunityTitle }, { $organisationName } (a name
## without an article, so it stands on its own line or after a colon) and
## { $requirementsText } (a list, one requirement per line).

signup-decide = «{ $opportunityTitle }»: хотите участвовать?
signup-start = Да, хочу участвовать
signup-back = Назад к предложениям
signup-already = Вы уже записаны на это предложение. Команда /signups покажет, как обстоят дела.
signup-unavailable = К сожалению, на это предложение сейчас уже нельзя записаться. Команда /offers покажет другие предложения.

## Requirements such as a certificate of good conduct.

signup-requirements =
    «{ $opportunityTitle }» – для участия нужно следующее:
    { $requirementsText }

    Вам это подходит?
signup-requirements-ok = Да, подходит
signup-requirements-not-ok = Нет, не получится
signup-requirements-declined = Жаль, но хорошо, что это выяснилось. Вы не записаны. Команда /offers покажет другие предложения.

## Consent to pass the contact on, an optional message, the final yes.

signup-contact-consent =
    Чтобы организация { $organisationName } могла связаться с Вами, я передам ей Ваше имя и Ваш контакт в Telegram. Больше никто эти данные не получит.

    Вы согласны?
signup-contact-consent-yes = Да, передать
signup-contact-consent-no = Нет, отменить
signup-message =
    Хотите что-нибудь сообщить организации? Например, когда с Вами удобнее связаться.

    Просто напишите это сообщением. Или нажмите «{ signup-message-skip }».
signup-message-skip = Дальше без сообщения
signup-confirm =
    Почти готово! Записать Вас сейчас?
    Предложение: «{ $opportunityTitle }»
    Организация: { $organisationName }
signup-confirm-yes = Да, записаться
signup-confirm-no = Нет, отменить
signup-cancelled = Хорошо, запись не оформлена. Никакие данные не переданы. Команда /offers снова покажет Ваши предложения.
signup-done =
    Готово, Вы записаны. Большое спасибо за Ваше участие!

    Организация { $organisationName } свяжется с Вами. Команда /signups покажет Вашу запись и её статус.
