# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Keeping offers fresh (src/channels/slack/opportunity-freshness-message.ts; the
## opportunity-freshness job). An offer not confirmed for OPPORTUNITY_CONFIRM_AFTER_DAYS is asked
## about in its organisation's channel; unanswered after OPPORTUNITY_CONFIRM_WITHIN_DAYS the
## network channel is told. $coordinators are Slack mentions; $title and $organisation are
## escaped by the code; $slug is the offer's short name; dates are calendar days in the city.

slack-freshness-question = { $coordinators } Is the offer "{ $title }" ({ $organisation }, short name { $slug }) still current? Last confirmed on { $confirmed }. Please confirm it with "Still current", or pause it if it is not running at the moment.
slack-freshness-question-no-coordinator = Is the offer "{ $title }" ({ $organisation }, short name { $slug }) still current? Last confirmed on { $confirmed }. Nobody is registered in Slack as a coordinator for { $organisation }, so this question mentions no one. Please pass it on.
slack-freshness-question-deadline = Without an answer by { $deadline }, the bot stops recommending the offer.
slack-freshness-button-confirm = Still current
slack-freshness-button-pause = Pause

## To the network channel: nobody answered in time. $channel is where the question was asked.

slack-freshness-stale = The offer "{ $title }" ({ $organisation }, short name { $slug }) is no longer recommended, and nobody can sign up: since the question on { $asked } in { $channel }, nobody has confirmed that it is still current (last confirmed on { $confirmed }). "Still current" makes it recommended again.

## The message after a click, without buttons. $user is a Slack mention, $date a Slack date.

slack-freshness-answered-offer = Offer "{ $title }" ({ $organisation }, short name { $slug })
slack-freshness-confirmed-by = :white_check_mark: Confirmed as still current by { $user } on { $date }.
slack-freshness-paused-by = :double_vertical_bar: Paused by { $user } on { $date }. The bot no longer recommends it; `/lotse angebot aktivieren { $slug }` resumes it.

## Ephemeral answers to a click that changes nothing.

slack-freshness-error-not-coordinator = You are not registered as a coordinator, so you can neither confirm nor pause the offer. Please contact the network team.
slack-freshness-error-not-responsible = This offer belongs to { $organisation }. You are registered for another organisation.
slack-freshness-error-not-found = This offer no longer exists.
