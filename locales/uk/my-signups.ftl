# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /signups: the resident's signups (src/conversation/actions/signup-actions.ts).
## { $status } is one of the my-signups-status-* labels (the resident's view; coordinators
## see the status-* labels in Slack).

my-signups-heading = Ваші заявки:
my-signups-item =
    { $title }
    { $organisation }
    Стан: { $status }
my-signups-none = Ви ще не записалися на жодну пропозицію. Команда /offers покаже пропозиції, які Вам підходять.

## Withdrawing a signup (flows/my-signups.yaml).

my-signups-choose = Бажаєте відкликати заявку? Тоді натисніть на неї.
my-signups-withdraw-button = Відкликати: { $title }
my-signups-close = Ні, все залишити як є
my-signups-withdraw-confirm = Ви справді хочете відкликати цю заявку? Організація про це дізнається.
my-signups-withdraw-yes = Так, відкликати
my-signups-withdraw-no = Ні, залишити
my-signups-kept = Добре, Ваша заявка залишається чинною.
my-signups-withdrawn = Вашу заявку відкликано. Організацію буде повідомлено.
my-signups-not-withdrawable = Цю заявку вже не можна відкликати. Можливо, її стан щойно змінився; команда /signups покаже, як справи з нею.

## Status of a signup as the resident reads it.

my-signups-status-new = заявку подано, організація зв’яжеться з Вами
my-signups-status-contacted = організація вже зв’язалася з Вами
my-signups-status-accepted = підтверджено – чудово, що Ви з нами!
my-signups-status-declined = на жаль, відхилено
my-signups-status-withdrawn = відкликано Вами
