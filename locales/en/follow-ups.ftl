# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Buttons under the bot's own messages: the release notice (flows/signup-waiting.yaml), the
## check-ins (flows/check-in.yaml), and "Frage an das Team" (flows/question.yaml, /frage).

## After the release notice: keep waiting or withdraw.
signup-waiting-kept = All right, your signup stays. We have told the organisation that you are waiting for an answer.
signup-waiting-withdrawn = Your signup is withdrawn. /offers shows you other offers.
signup-waiting-answered = This signup has changed in the meantime. /signups shows how your signups stand.

## Check-in answers (button labels; short).
check-in-answer-started = Yes, I have started
check-in-answer-not-yet = Not yet
check-in-answer-failed = It did not work out
check-in-answer-still-in = Yes, I am still in
check-in-answer-stopped = No, not any more
check-in-thanks = Thank you for your answer! We have passed it on to the organisation.
check-in-sorry = What a pity – thank you for telling us. We have passed it on to the organisation. Perhaps something else suits you:
check-in-already = Thank you, we already have your answer.
check-in-unknown = This question no longer applies. /signups shows your signups.

## "Frage an das Team" (/question).
question-choose = Which team is your question for?
question-topic-signup = { $title } ({ $organisation })
question-topic-network = General question
question-write = Write your question in one message. The team reads it in their work chat and answers you here.
question-sent = Thank you, your question has arrived. You will get the answer here in the chat.
question-failed = Unfortunately that did not work. Please try again with /question.
