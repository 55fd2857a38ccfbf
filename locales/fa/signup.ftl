# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Signing up for one offer (flows/signup.yaml). The details of the offer are shown just
## before. Arguments from the flow: { $opportunityTitle }, { $organisationName } (a name
## without an article, so it stands on its own line or after a colon) and
## { $requirementsText } (a list, one requirement per line).

signup-decide = آیا می‌خواهید در «{ $opportunityTitle }» همکاری کنید؟
signup-start = بله، می‌خواهم همکاری کنم
signup-back = بازگشت به فرصت‌ها
signup-already = شما قبلاً برای این فرصت ثبت‌نام کرده‌اید. با /signups می‌بینید وضعیتش چیست.
signup-unavailable = متأسفانه در حال حاضر دیگر نمی‌توان برای این فرصت ثبت‌نام کرد. با /offers فرصت‌های دیگری پیدا می‌کنید.

## Requirements such as a certificate of good conduct.

signup-requirements =
    برای «{ $opportunityTitle }» این موارد لازم است:
    { $requirementsText }

    آیا این شرایط برای شما مناسب است؟
signup-requirements-ok = بله، مشکلی نیست
signup-requirements-not-ok = نه، برایم ممکن نیست
signup-requirements-declined = حیف شد، ولی خوب است که می‌دانیم. ثبت‌نام شما انجام نشد. با /offers فرصت‌های دیگری پیدا می‌کنید.

## Consent to pass the contact on, an optional message, the final yes.

signup-contact-consent =
    برای اینکه این سازمان بتواند با شما تماس بگیرد، نام کوچک و راه تماس تلگرامی شما را برایش می‌فرستم:
    { $organisationName }
    هیچ‌کس دیگری این اطلاعات را دریافت نمی‌کند.

    آیا با این موافقید؟
signup-contact-consent-yes = بله، فرستاده شود
signup-contact-consent-no = نه، منصرف شدم
signup-message =
    آیا می‌خواهید چیز دیگری به سازمان بگویید؟ مثلاً اینکه چه زمانی راحت‌تر در دسترس هستید.

    کافی است آن را به‌صورت پیام بنویسید. یا روی «{ signup-message-skip }» بزنید.
signup-message-skip = ادامه بدون پیام
signup-confirm =
    تقریباً تمام است! اکنون شما را برای «{ $opportunityTitle }» ثبت‌نام کنم؟
    سازمان: { $organisationName }
signup-confirm-yes = بله، ثبت‌نام شود
signup-confirm-no = نه، منصرف شدم
signup-cancelled = بسیار خب، شما را ثبت‌نام نکردم و هیچ اطلاعاتی فرستاده نشد. با /offers دوباره فرصت‌هایتان را می‌بینید.
signup-done =
    انجام شد، ثبت‌نام شما تمام است. از همت و همکاری شما بسیار سپاسگزاریم!

    این سازمان با شما تماس می‌گیرد: { $organisationName }
    با /signups ثبت‌نام خود و وضعیت آن را می‌بینید.
