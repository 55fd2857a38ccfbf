# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Signing up for one offer (flows/signup.yaml). The details of the offer are shown just
## before. Arguments from the flow: { $opportunityTitle }, { $organisationName } (a name
## without an article, so it stands on its own line or after a colon) and
## { $requirementsText } (a list, one requirement per line).

signup-decide = هل تهمّك المشاركة في «{ $opportunityTitle }»؟
signup-start = نعم، أرغب في المشاركة
signup-back = العودة إلى الفرص
signup-already = لديك تسجيل سابق في هذه الفرصة. يعرض لك الأمر /signups وضعه الحالي.
signup-unavailable = للأسف لم يعد التسجيل في هذه الفرصة ممكنًا حاليًا. يعرض لك الأمر /offers فرص تطوع أخرى.

## Requirements such as a certificate of good conduct.

signup-requirements =
    للمشاركة في «{ $opportunityTitle }» يلزم ما يلي:
    { $requirementsText }

    هل يناسبك ذلك؟
signup-requirements-ok = نعم، هذا مناسب
signup-requirements-not-ok = لا، لا يمكنني ذلك
signup-requirements-declined = للأسف، لكن من الجيد معرفة ذلك. لم يتم تسجيلك. يعرض لك الأمر /offers فرص تطوع أخرى.

## Consent to pass the contact on, an optional message, the final yes.

signup-contact-consent =
    لكي تتمكن منظمة { $organisationName } من التواصل معك، سأرسل إليها اسمك الأول وبيانات التواصل معك على تيليغرام. ولن يحصل أحد غيرها على هذه البيانات.

    هل يحظى ذلك بموافقتك؟
signup-contact-consent-yes = نعم، أرسِل بياناتي
signup-contact-consent-no = لا، إلغاء
signup-message =
    هل لديك رسالة إضافية للمنظمة؟ مثلًا: متى يسهل الوصول إليك.

    يكفي كتابتها كرسالة عادية، أو الضغط على «{ signup-message-skip }».
signup-message-skip = المتابعة دون رسالة
signup-confirm =
    أوشكنا على الانتهاء! هل أسجّلك الآن في «{ $opportunityTitle }»؟
    المنظمة: { $organisationName }
signup-confirm-yes = نعم، سجّلني
signup-confirm-no = لا، إلغاء
signup-cancelled = حسنًا، لم أسجّلك، ولم يتم إرسال أي شيء. يعرض لك الأمر /offers فرصك مرة أخرى.
signup-done =
    تم! لقد تم تسجيلك. شكرًا جزيلًا على عطائك!

    ستتواصل معك منظمة { $organisationName }. ويعرض لك الأمر /signups تسجيلك ووضعه الحالي.
