# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meine: the resident's signups (src/conversation/actions/signup-actions.ts).
## { $status } is one of the my-signups-status-* labels (the resident's view; coordinators
## see the status-* labels in Slack).

my-signups-heading = ثبت‌نام‌های شما:
my-signups-item =
    { $title }
    { $organisation }
    وضعیت: { $status }
my-signups-none = شما هنوز برای هیچ فرصتی ثبت‌نام نکرده‌اید. با /offers فرصت‌های مناسب را پیدا می‌کنید.

## Withdrawing a signup (flows/my-signups.yaml).

my-signups-choose = می‌خواهید یکی از ثبت‌نام‌هایتان را لغو کنید؟ در این صورت روی آن بزنید.
my-signups-withdraw-button = لغو: { $title }
my-signups-close = نه، همه‌چیز همین‌طور بماند
my-signups-withdraw-confirm = آیا واقعاً می‌خواهید این ثبت‌نام را لغو کنید؟ سازمان از آن باخبر می‌شود.
my-signups-withdraw-yes = بله، لغو شود
my-signups-withdraw-no = نه، بماند
my-signups-kept = بسیار خب، ثبت‌نام شما باقی می‌ماند.
my-signups-withdrawn = ثبت‌نام شما لغو شد. به سازمان اطلاع داده می‌شود.
my-signups-not-withdrawable = این ثبت‌نام دیگر قابل لغو نیست. شاید وضعیت آن همین حالا تغییر کرده باشد؛ با /signups می‌بینید وضعیتش چیست.

## Status of a signup as the resident reads it.

my-signups-status-new = ثبت‌نام شده، سازمان با شما تماس می‌گیرد
my-signups-status-contacted = سازمان با شما تماس گرفته است
my-signups-status-accepted = پذیرفته شد – خوشحالیم که همراه ما هستید!
my-signups-status-declined = متأسفانه پذیرفته نشد
my-signups-status-withdrawn = خودتان لغو کردید
