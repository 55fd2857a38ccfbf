# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = مستجدّات بخصوص تسجيلك في «{ $title }» ({ $organisation }): المنظمة تتابع الأمر وستتواصل معك.
notify-signup-accepted =
    خبر سار بخصوص تسجيلك في «{ $title }» ({ $organisation }): تم قبولك، وتسجيلك مؤكَّد.

    وإليك ما سيحدث بعد ذلك: ستتواصل معك المنظمة لتحديد موعد أول لقاء. ويمكنك أيضًا التواصل معها بنفسك.
notify-signup-declined = بخصوص تسجيلك في «{ $title }» ({ $organisation }): للأسف لم يتيسّر الأمر هذه المرة، ولا تستطيع المنظمة قبول تسجيلك. نشكرك مع ذلك على استعدادك للمساعدة!

## Below "accepted": the organisation's contact as it published it, one line each (only those it gave).
notify-contact-heading = طرق التواصل مع { $organisation }:
notify-contact-person = الشخص المسؤول: { $value }
notify-contact-phone = الهاتف: { $value }
notify-contact-email = البريد الإلكتروني: { $value }
notify-contact-address = العنوان: { $value }
notify-contact-website = الموقع الإلكتروني: { $value }

## Below "declined": the reason as the coordinator wrote it (usually German), then other offers as buttons.
notify-decline-reason = وتكتب المنظمة بهذا الخصوص: «{ $reason }»
notify-alternatives = ربما تناسبك إحدى فرص التطوع هذه:
notify-alternatives-none = يعرض لك الأمر /offers فرص تطوع أخرى.

## Nobody answered a signup for about two weeks (SIGNUP_RELEASE_WORKING_DAYS). Buttons: keep, withdraw, other offers.
notify-signup-released =
    بخصوص تسجيلك في «{ $title }» ({ $organisation }): للأسف لم تتواصل معك المنظمة حتى الآن. نأسف لذلك – وقد ذكّرناها بالأمر.

    يمكنك مواصلة الانتظار أو سحب تسجيلك.

## Check-ins after "accepted". Buttons: the answers (check-in-answer-… in follow-ups.ftl).
notify-check-in-two-weeks = قبل فترة أكّدت منظمة { $organisation } تسجيلك في «{ $title }». هل نجح الأمر؟
notify-check-in-three-months = أنت تشارك منذ فترة في «{ $title }» ({ $organisation }). هل ما زلت تشارك فيها؟

## An answer of the team to the resident's question; { $message } is the coordinator's text as written.
notify-team-answer =
    ردّ من { $organisation }:

    { $message }
notify-team-answer-network =
    ردّ من فريق شبكة التطوع:

    { $message }

## Buttons under these messages (short: a phone shows about 30 characters).
notify-button-ask = سؤال للفريق
notify-button-reply = الرد
notify-button-keep = مواصلة الانتظار
notify-button-withdraw = سحب التسجيل

## A coordinator's message to everyone accepted for an offer (/lotse nachricht in Slack).
## { $message } is the coordinator's text as written (usually German), { $title } the offer,
## { $organisation } offering it.

notify-broadcast =
    رسالة من { $organisation } إلى جميع المشاركين في «{ $title }»:

    { $message }
