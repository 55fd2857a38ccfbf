# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meine: withdrawing a signup together with the consent to pass the data on (flows/my-signups.yaml,
## Art. 7 Abs. 3 DSGVO). Shown before my-signups-withdraw-confirm, whose buttons are
## my-signups-withdraw-yes, consent-withdraw-button and my-signups-withdraw-no.

consent-withdraw-explain =
    می‌توانید فقط ثبت‌نام را لغو کنید.

    یا اینکه ثبت‌نام را لغو کنید و رضایت خود را هم پس بگیرید که سازمان داده‌های شما را داشته باشد. در این صورت سازمان دیگر نام کوچک، راه تماس تلگرامی و پیام شما را نمی‌بیند. همچنین از سازمان می‌خواهیم یادداشت‌هایی را که خودش دربارهٔ شما نوشته است پاک کند.
consent-withdraw-button = لغو و پاک کردن داده‌هایم
consent-withdrawn-done = ثبت‌نام شما لغو شد. سازمان دیگر داده‌های شما را نمی‌بیند و از آن خواسته‌ایم یادداشت‌هایی را که خودش دربارهٔ شما نوشته است پاک کند.
