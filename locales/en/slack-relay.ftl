# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## The relay between residents and coordinators, and the follow-ups residents answer
## (src/channels/slack/slack-notifier.ts, src/channels/slack/listeners/*/…answer…, relay-thread-reply.ts).
## Arguments are escaped by the code.

slack-question-signup = Question from the person about signup #{ $signup } { $coordinators }
slack-question = Question from a person to { $organisation } (conversation #{ $thread }) { $coordinators }
slack-question-network = the network
slack-question-how-to-answer = Answer with "Reply" or here in the thread: every reply in this thread goes to the person on Telegram, exactly as you write it.
slack-button-answer = Reply
slack-answer-modal-title = Reply to the person
slack-answer-modal-label = Your reply
slack-answer-modal-hint = Goes to the person on Telegram, exactly as you write it. Please no data about other people.
slack-answer-modal-submit = Send
slack-answer-modal-cancel = Cancel
slack-answer-empty = Please write a reply.
slack-answer-posted = { $coordinator } replied to the person:
slack-answer-relayed = Your reply has been passed on to the person.
slack-answer-not-relayed = This reply was not passed on: only the organisation's coordinators and the network team can reply to the person.
slack-answer-network-only = General questions are answered by the network team.
slack-answer-resident-gone = The person has deleted their data; a reply would reach nobody.

slack-signup-kept = The person is still waiting for an answer to signup #{ $id } ({ $title }) and wants to stay signed up. { $coordinators }
slack-check-in-answered = Feedback on signup #{ $id }: { $question } – { $answer }
slack-check-in-question-two-weeks = "Did it work out?"
slack-check-in-question-three-months = "Are you still taking part?"
slack-check-in-answer-started = Yes, started
slack-check-in-answer-not-yet = Not yet
slack-check-in-answer-failed = Did not work out
slack-check-in-answer-still-in = Yes, still in
slack-check-in-answer-stopped = No longer taking part
