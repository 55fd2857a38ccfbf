# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Buttons under the bot's own messages: the release notice (flows/signup-waiting.yaml), the
## check-ins (flows/check-in.yaml), and "Frage an das Team" (flows/question.yaml, /frage).

## After the release notice: keep waiting or withdraw.
signup-waiting-kept = Добре, Ваша заявка залишається чинною. Ми повідомили організацію, що Ви чекаєте на відповідь.
signup-waiting-withdrawn = Вашу заявку відкликано. Команда /offers покаже інші пропозиції.
signup-waiting-answered = Стан цієї заявки тим часом змінився. Команда /signups покаже, як справи з Вашими заявками.

## Check-in answers (button labels; short).
check-in-answer-started = Так, уже почалося
check-in-answer-not-yet = Ще ні
check-in-answer-failed = Не вийшло
check-in-answer-still-in = Так, і далі беру участь
check-in-answer-stopped = Ні, уже не беру участі
check-in-thanks = Дякуємо за Вашу відповідь! Ми передали її організації.
check-in-sorry = Шкода, але дякуємо, що повідомили нам. Ми передали це організації. Можливо, Вам підійде щось інше:
check-in-already = Дякуємо, Вашу відповідь ми вже отримали.
check-in-unknown = Це запитання вже неактуальне. Команда /signups покаже Ваші заявки.

## "Frage an das Team" (/question).
question-choose = Якій команді адресоване Ваше запитання?
question-topic-signup = { $title } ({ $organisation })
question-topic-network = Загальне запитання
question-write = Напишіть Ваше запитання одним повідомленням. Команда прочитає його у своєму робочому чаті й відповість Вам тут.
question-sent = Дякуємо, Ваше запитання надійшло. Відповідь Ви отримаєте тут, у чаті.
question-failed = На жаль, не вийшло. Будь ласка, спробуйте ще раз командою /question.
