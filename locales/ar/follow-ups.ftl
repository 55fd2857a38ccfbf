# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Buttons under the bot's own messages: the release notice (flows/signup-waiting.yaml), the
## check-ins (flows/check-in.yaml), and "Frage an das Team" (flows/question.yaml, /frage).

## After the release notice: keep waiting or withdraw.
signup-waiting-kept = حسنًا، يبقى تسجيلك قائمًا. وقد أبلغنا المنظمة بأنك تنتظر ردّها.
signup-waiting-withdrawn = تم سحب تسجيلك. يعرض لك الأمر /offers فرص تطوع أخرى.
signup-waiting-answered = تغيّر وضع هذا التسجيل في هذه الأثناء. يعرض لك الأمر /signups الوضع الحالي لتسجيلاتك.

## Check-in answers (button labels; short).
check-in-answer-started = نعم، لقد بدأت
check-in-answer-not-yet = ليس بعد
check-in-answer-failed = لم ينجح الأمر
check-in-answer-still-in = نعم، ما زلت أشارك
check-in-answer-stopped = لا، لم أعد أشارك
check-in-thanks = شكرًا على إجابتك! وقد نقلناها إلى المنظمة.
check-in-sorry = يؤسفنا ذلك، وشكرًا لأنك أخبرتنا. وقد نقلنا ذلك إلى المنظمة. ربما يناسبك شيء آخر:
check-in-already = شكرًا، لقد وصلتنا إجابتك من قبل.
check-in-unknown = هذا السؤال لم يعد قائمًا. يعرض لك الأمر /signups تسجيلاتك.

## "Frage an das Team" (/question).
question-choose = إلى أي فريق تريد توجيه سؤالك؟
question-topic-signup = { $title } ({ $organisation })
question-topic-network = سؤال عام
question-write = يُرجى كتابة سؤالك في رسالة واحدة. يقرأ الفريق السؤال في محادثة العمل الخاصة به ويردّ عليك هنا.
question-sent = شكرًا، لقد وصل سؤالك. ستصلك الإجابة هنا في المحادثة.
question-failed = للأسف لم ينجح ذلك. يُرجى المحاولة مرة أخرى بالأمر /question.
