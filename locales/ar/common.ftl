# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Buttons used by many questions (the defaults of flows/*.yaml: confirm yes/no,
## the "done" button of a multiple choice, the "skip" button of an optional text).

common-yes = نعم
common-no = لا
common-done = تم
common-skip = تخطّي

## When an answer does not fit the question (src/domain/flows/engine.ts).
## The engine asks the current question again right after these messages.

common-stale-button = هذا الزر تابع لسؤال سابق. إليك السؤال الحالي مرة أخرى:
common-stale-button-idle = هذا الزر لم يعد فعّالًا. يعرض لك الأمر /help ما يمكنني فعله من أجلك.
common-unknown-command = لا أعرف هذا الأمر. إليك السؤال الحالي مرة أخرى:
common-please-type = يُرجى كتابة إجابتك في رسالة عادية.
common-too-long = للأسف، هذا طويل جدًا: الحد الأقصى لعدد الأحرف هو { $limit }، وعدد أحرف رسالتك { $length }. يُرجى كتابة نص أقصر قليلًا.
common-use-buttons = يُرجى اختيار إحدى الإجابات الموجودة تحت السؤال.
common-unknown-choice = لا أعرف هذا الاختيار. يُرجى الضغط على أحد الأزرار الموجودة تحت السؤال.
common-choose-more =
    { $min ->
        [one] يُرجى اختيار إجابة واحدة على الأقل
        [two] يُرجى اختيار إجابتين على الأقل
        [few] يُرجى اختيار { $min } إجابات على الأقل
       *[other] يُرجى اختيار { $min } إجابة على الأقل
    }، ثم الضغط على «{ common-done }».

## Something went wrong in the bot itself (src/channels/telegram/create-bot.ts).

common-error = عذرًا، حدث خطأ ما. يُرجى المحاولة مرة أخرى بعد قليل.

## Too many messages in a short time (src/channels/telegram/flood-guard.ts); sent once, then
## further messages are ignored for a few seconds.

common-slow-down = كان ذلك سريعًا جدًا. يُرجى الانتظار لحظة ثم متابعة الكتابة – فرسائلك الأخيرة لم أعالجها.
