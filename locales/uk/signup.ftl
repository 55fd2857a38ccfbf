# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Signing up for one offer (flows/signup.yaml). The details of the offer are shown just
## before. Arguments from the flow: { $opportunityTitle }, { $organisationName } (a name
## without an article, so it stands on its own line or after a colon) and
## { $requirementsText } (a list, one requirement per line).

signup-decide = Бажаєте долучитися до «{ $opportunityTitle }»?
signup-start = Так, хочу долучитися
signup-back = Назад до пропозицій
signup-already = Ви вже записані на цю пропозицію. Команда /signups покаже, як справи з Вашою заявкою.
signup-unavailable = На жаль, на цю пропозицію вже не можна записатися. Команда /offers покаже інші пропозиції.

## Requirements such as a certificate of good conduct.

signup-requirements =
    Для «{ $opportunityTitle }» потрібно таке:
    { $requirementsText }

    Вам це підходить?
signup-requirements-ok = Так, це підходить
signup-requirements-not-ok = Ні, так не вийде
signup-requirements-declined = Шкода, але добре, що тепер це зрозуміло. Вас не записано. Команда /offers покаже інші пропозиції.

## Consent to pass the contact on, an optional message, the final yes.

signup-contact-consent =
    Щоб організація могла зв’язатися з Вами, я передам їй Ваше ім’я та Ваш контакт у Telegram.
    Організація: { $organisationName }
    Більше ніхто цих даних не отримає.

    Ви з цим згодні?
signup-contact-consent-yes = Так, передати
signup-contact-consent-no = Ні, скасувати
signup-message =
    Бажаєте ще щось повідомити організації? Наприклад, коли з Вами найкраще зв’язатися.

    Просто напишіть це повідомленням. Або натисніть «{ signup-message-skip }».
signup-message-skip = Далі без повідомлення
signup-confirm =
    Майже готово! Записати Вас зараз на «{ $opportunityTitle }»?
    Організація: { $organisationName }
signup-confirm-yes = Так, записатися
signup-confirm-no = Ні, скасувати
signup-cancelled = Гаразд, Вас не записано. Нічого нікому не передано. Команда /offers знову покаже Ваші пропозиції.
signup-done =
    Готово, Вас записано. Щиро дякуємо за Вашу допомогу!

    Організація { $organisationName } зв’яжеться з Вами. Команда /signups покаже Вашу заявку і те, як справи з нею.
