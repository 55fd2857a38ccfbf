# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meine: the resident's signups (src/conversation/actions/signup-actions.ts).
## { $status } is one of the my-signups-status-* labels (the resident's view; coordinators
## see the status-* labels in Slack).

my-signups-heading = Ваши записи:
my-signups-item =
    { $title }
    { $organisation }
    Статус: { $status }
my-signups-none = Вы пока не записались ни на одно предложение. Команда /offers покажет подходящие предложения.

## Withdrawing a signup (flows/my-signups.yaml).

my-signups-choose = Хотите отозвать запись? Тогда нажмите на неё.
my-signups-withdraw-button = Отозвать: { $title }
my-signups-close = Нет, всё оставить как есть
my-signups-withdraw-confirm = Вы действительно хотите отозвать эту запись? Организация об этом узнает.
my-signups-withdraw-yes = Да, отозвать
my-signups-withdraw-no = Нет, оставить
my-signups-kept = Хорошо, Ваша запись остаётся в силе.
my-signups-withdrawn = Ваша запись отозвана. Организация получит об этом уведомление.
my-signups-not-withdrawable = Эту запись уже нельзя отозвать. Возможно, её статус только что изменился; команда /signups покажет, как обстоят дела.

## Status of a signup as the resident reads it.

my-signups-status-new = Вы записаны, организация свяжется с Вами
my-signups-status-contacted = организация связалась с Вами
my-signups-status-accepted = подтверждено – здорово, что Вы с нами!
my-signups-status-declined = к сожалению, отказ
my-signups-status-withdrawn = отозвано Вами
