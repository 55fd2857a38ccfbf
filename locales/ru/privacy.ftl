# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /datenschutz (flows/privacy.yaml): the full privacy notice. $version is PRIVACY_VERSION;
## $controller, $email and $dpo come from the configuration (PRIVACY_CONTROLLER,
## PRIVACY_CONTACT_EMAIL, PRIVACY_DPO), or privacy-not-entered where a network left one unset;
## $inactiveMonths, $conversationMonths and $textMonths are the retention periods (RETENTION_*).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts; bump PRIVACY_VERSION
## (residents are then asked again) when the consent changes: what is stored, what for, who gets it.

privacy-text =
    Защита данных в Ehrenamtslotse
    Версия { $version } (по состоянию на ноябрь 2026 г.)

    Ответственный за обработку данных: { $controller }
    Контакт по вопросам защиты данных: { $email }
    Уполномоченный по защите данных: { $dpo }

    Что мы храним: Ваше имя, Ваш идентификатор пользователя (ID) в Telegram, выбранный Вами язык, Ваши ответы на вопросы (интересы, время, часы, район, языки) и Ваши записи с их историей. Ваше имя пользователя в Telegram мы храним, только пока организация должна связываться с Вами через него. Если Вы задаёте вопрос команде организации, мы храним вопрос и ответ. После подтверждения мы спрашиваем, всё ли получилось; Ваш ответ на это мы тоже храним.

    Для чего: чтобы подбирать для Вас подходящие предложения и передавать Вашу запись организации, которую Вы выбрали. Ваше имя и Ваш контакт в Telegram организация получает, только если Вы при записи отдельно даёте на это согласие. Основание — Ваше согласие (п. «a» ч. 1 ст. 6 GDPR); Вы можете отозвать его в любое время.

    Передача данных: мы не передаём Ваши данные никому, кроме организации, к которой Вы записываетесь или которой задаёте вопрос. Сами сообщения передаются через Telegram. Координаторы организаций получают Вашу запись, Ваши вопросы и Ваши ответы на наши уточняющие вопросы через сервис Slack. Telegram и Slack могут обрабатывать данные и за пределами ЕС.

    Как долго: Ваш профиль — пока Вы его не удалите. Если Вы не будете писать мне { $inactiveMonths } { $inactiveMonths ->
        [one] месяц
        [few] месяца
       *[other] месяцев
    }, мы удалим его автоматически. Ваши вопросы команде, ответы на них и Ваши ответы на наши уточняющие вопросы мы удаляем через { $conversationMonths } { $conversationMonths ->
        [one] месяц
        [few] месяца
       *[other] месяцев
    } после окончания записи. Если запись отклонена или отозвана, через { $textMonths } { $textMonths ->
        [one] месяц
        [few] месяца
       *[other] месяцев
    } мы удаляем и Ваше сообщение к ней, и причину отказа.

    Ваши права: командой /mydata Вы получаете всё, что о Вас хранится, в виде файла. Свои ответы Вы меняете командой /profile. В разделе /signups Вы можете отозвать запись. Если Вы выберете там «Отозвать, удалить данные», Вы отзываете и согласие на передачу: организация больше не видит Ваше имя и Ваше сообщение и узнаёт об этом. Командой /delete Вы удаляете все свои данные. Кроме того, Вы можете подать жалобу в надзорный орган по защите данных.

## Shown instead of a contact the network has not filled in yet (PRIVACY_* unset).
privacy-not-entered = (ещё не указано – пожалуйста, обратитесь к координаторам сети)

## /loeschen (flows/erase.yaml).

erase-nothing-stored = О Вас ничего не сохранено. Значит, удалять нечего.
erase-confirm =
    Вы действительно хотите удалить все свои данные?

    Ваш профиль и Ваши ответы будут удалены. Действующие записи будут отозваны, и организации об этом узнают. Отменить это будет нельзя.
erase-confirm-yes = Да, удалить всё
erase-confirm-no = Нет, оставить
erase-kept = Хорошо, всё остаётся как есть.
erase-done =
    Ваши данные удалены. У организаций Ваши записи остаются только в статистике – без имени и без сообщения.

    Если захотите вернуться, просто напишите /start. Всего доброго!
