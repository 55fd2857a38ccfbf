# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /privacy (flows/privacy.yaml): the full privacy notice. $version is PRIVACY_VERSION;
## $controller, $email and $dpo come from the configuration (PRIVACY_CONTROLLER,
## PRIVACY_CONTACT_EMAIL, PRIVACY_DPO), or privacy-not-entered where a network left one unset;
## $inactiveMonths, $conversationMonths and $textMonths are the retention periods (RETENTION_*).
## Keep the date in line with PRIVACY_VERSION in src/domain/vocabulary.ts; bump PRIVACY_VERSION
## (residents are then asked again) when the consent changes: what is stored, what for, who gets it.

privacy-text =
    Захист даних у Ehrenamtslotse
    Версія { $version } (станом на листопад 2026 р.)

    Відповідальний за обробку даних: { $controller }
    Контакт із питань захисту даних: { $email }
    Уповноважена особа з питань захисту даних: { $dpo }

    Що ми зберігаємо: Ваше ім’я, Ваш ідентифікатор користувача Telegram, обрану Вами мову, Ваші відповіді на запитання (інтереси, час, години, район міста, мови) і Ваші заявки з їхньою історією. Ваше ім’я користувача в Telegram ми зберігаємо лише доти, доки організація має зв’язуватися з Вами через нього. Якщо Ви ставите запитання команді організації, ми зберігаємо запитання і відповідь. Після підтвердження заявки ми запитуємо, чи все вдалося; Вашу відповідь на це ми теж зберігаємо.

    Навіщо: щоб пропонувати Вам відповідні пропозиції та передавати Вашу заявку організації, яку Ви обрали. Ваше ім’я та Ваш контакт у Telegram організація отримує лише тоді, коли Ви під час запису окремо на це погодитеся. Підставою є Ваша згода (ст. 6 ч. 1 п. a GDPR – Загального регламенту ЄС про захист даних); Ви можете будь-коли її відкликати.

    Передання даних: ми нікому не передаємо Ваших даних, окрім організації, до якої Ви записуєтеся або якій ставите запитання. Самі повідомлення проходять через Telegram. Координаторки та координатори організацій отримують Вашу заявку, Ваші запитання та Ваші відповіді на наші уточнювальні запитання через сервіс Slack. Telegram і Slack можуть обробляти дані також за межами ЄС.

    Як довго: Ваш профіль – доки Ви його не видалите. Якщо Ви не пишете мені { $inactiveMonths ->
        [one] { $inactiveMonths } місяць
        [few] { $inactiveMonths } місяці
        [many] { $inactiveMonths } місяців
       *[other] { $inactiveMonths } місяця
    } поспіль, ми автоматично його видаляємо. Ваші запитання команді, відповіді на них і Ваші відповіді на наші уточнювальні запитання ми видаляємо через { $conversationMonths ->
        [one] { $conversationMonths } місяць
        [few] { $conversationMonths } місяці
        [many] { $conversationMonths } місяців
       *[other] { $conversationMonths } місяця
    } після завершення заявки. Якщо заявку відхилено або відкликано, через { $textMonths ->
        [one] { $textMonths } місяць
        [few] { $textMonths } місяці
        [many] { $textMonths } місяців
       *[other] { $textMonths } місяця
    } ми видаляємо також Ваше повідомлення до неї та причину відмови.

    Ваші права: командою /mydata Ви отримаєте у вигляді файлу все, що про Вас збережено. Свої відповіді Ви змінюєте командою /profile. У /signups Ви можете відкликати заявку. Якщо Ви оберете там «Відкликати й видалити дані», Ви також відкличете згоду на передання даних: організація більше не бачитиме Вашого імені та Вашого повідомлення і дізнається про це. Командою /delete Ви видаляєте всі свої дані. Крім того, Ви можете подати скаргу до наглядового органу з питань захисту даних.

## Shown instead of a contact the network has not filled in yet (PRIVACY_* unset).
privacy-not-entered = (ще не вказано – будь ласка, зверніться до координації мережі)

## /delete (flows/erase.yaml).

erase-nothing-stored = Про Вас нічого не збережено. Тож видаляти нічого.
erase-confirm =
    Ви справді хочете видалити всі свої дані?

    Ваш профіль і Ваші відповіді буде видалено. Відкриті заявки буде відкликано, і організації про це дізнаються. Цю дію не можна скасувати.
erase-confirm-yes = Так, видалити все
erase-confirm-no = Ні, залишити
erase-kept = Добре, все залишається як було.
erase-done =
    Ваші дані видалено. Ваші заявки залишаться в організацій лише в статистиці – без імені та без повідомлення.

    Якщо захочете повернутися, просто напишіть /start. Усього найкращого!
