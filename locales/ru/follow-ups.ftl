# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Buttons under the bot's own messages: the release notice (flows/signup-waiting.yaml), the
## check-ins (flows/check-in.yaml), and "Frage an das Team" (flows/question.yaml, /question).

## After the release notice: keep waiting or withdraw.
signup-waiting-kept = Хорошо, Ваша запись остаётся в силе. Мы сообщили организации, что Вы ждёте ответа.
signup-waiting-withdrawn = Ваша запись отозвана. Команда /offers покажет другие предложения.
signup-waiting-answered = Эта запись тем временем изменилась. Команда /signups покажет, как обстоят дела с Вашими записями.

## Check-in answers (button labels; short).
check-in-answer-started = Да, уже участвую
check-in-answer-not-yet = Пока нет
check-in-answer-failed = Не получилось
check-in-answer-still-in = Да, всё ещё участвую
check-in-answer-stopped = Нет, уже не участвую
check-in-thanks = Спасибо за Ваш ответ! Мы передали его организации.
check-in-sorry = Жаль. Спасибо, что сообщили нам. Мы передали это организации. Возможно, Вам подойдёт что-то другое:
check-in-already = Спасибо, Ваш ответ у нас уже есть.
check-in-unknown = Этот вопрос уже неактуален. Команда /signups покажет Ваши записи.

## "Frage an das Team" (/question).
question-choose = Какой команде Вы хотите задать вопрос?
question-topic-signup = { $title } ({ $organisation })
question-topic-network = Общий вопрос
question-write = Напишите Ваш вопрос одним сообщением. Команда прочитает его в своём рабочем чате и ответит Вам здесь.
question-sent = Спасибо, Ваш вопрос получен. Ответ придёт сюда, в этот чат.
question-failed = К сожалению, не получилось. Пожалуйста, попробуйте ещё раз командой /question.
