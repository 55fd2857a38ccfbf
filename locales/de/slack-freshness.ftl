## Keeping offers fresh (src/channels/slack/opportunity-freshness-message.ts; the
## opportunity-freshness job). An offer not confirmed for OPPORTUNITY_CONFIRM_AFTER_DAYS is asked
## about in its organisation's channel; unanswered after OPPORTUNITY_CONFIRM_WITHIN_DAYS the
## network channel is told. $coordinators are Slack mentions; $title and $organisation are
## escaped by the code; $slug is the offer's Kürzel; dates are calendar days in the city.

slack-freshness-question = { $coordinators } Ist das Angebot „{ $title }“ ({ $organisation }, Kürzel { $slug }) noch aktuell? Zuletzt bestätigt am { $confirmed }. Bitte bestätigt es mit „Noch aktuell“ oder pausiert es, wenn es gerade nicht läuft.
slack-freshness-question-no-coordinator = Ist das Angebot „{ $title }“ ({ $organisation }, Kürzel { $slug }) noch aktuell? Zuletzt bestätigt am { $confirmed }. Für { $organisation } ist in Slack niemand als Koordinator:in eingetragen, deshalb erwähnt diese Frage niemanden. Bitte gebt sie weiter.
slack-freshness-question-deadline = Ohne Antwort bis { $deadline } empfiehlt der Bot das Angebot nicht mehr.
slack-freshness-button-confirm = Noch aktuell
slack-freshness-button-pause = Pausieren

## To the network channel: nobody answered in time. $channel is where the question was asked.

slack-freshness-stale = Das Angebot „{ $title }“ ({ $organisation }, Kürzel { $slug }) wird nicht mehr empfohlen, und niemand kann sich mehr anmelden: Seit der Frage am { $asked } in { $channel } hat niemand bestätigt, dass es noch aktuell ist (zuletzt bestätigt am { $confirmed }). Mit „Noch aktuell“ wird es wieder empfohlen.

## The message after a click, without buttons. $user is a Slack mention, $date a Slack date.

slack-freshness-answered-offer = Angebot „{ $title }“ ({ $organisation }, Kürzel { $slug })
slack-freshness-confirmed-by = :white_check_mark: Als noch aktuell bestätigt von { $user } am { $date }.
slack-freshness-paused-by = :double_vertical_bar: Pausiert von { $user } am { $date }. Der Bot empfiehlt es nicht mehr; mit `/lotse angebot aktivieren { $slug }` läuft es wieder.

## Ephemeral answers to a click that changes nothing.

slack-freshness-error-not-coordinator = Du bist nicht als Koordinator:in eingetragen und kannst das Angebot deshalb weder bestätigen noch pausieren. Bitte wende dich an das Netzwerk-Team.
slack-freshness-error-not-responsible = Dieses Angebot gehört zu { $organisation }. Du bist für eine andere Organisation eingetragen.
slack-freshness-error-not-found = Dieses Angebot gibt es nicht mehr.
