# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = مستجدّات بخصوص تسجيلك في «{ $title }» ({ $organisation }): المنظمة تتابع الأمر وستتواصل معك.
notify-signup-accepted =
    خبر سار بخصوص تسجيلك في «{ $title }» ({ $organisation }): تم قبولك، وتسجيلك مؤكَّد.

    يتم الاتفاق على الخطوات التالية مباشرةً مع المنظمة.
notify-signup-declined =
    بخصوص تسجيلك في «{ $title }» ({ $organisation }): للأسف لم يتيسّر الأمر هذه المرة، ولا تستطيع المنظمة قبول تسجيلك. نشكرك مع ذلك على استعدادك للمساعدة!

    يعرض لك الأمر /offers فرص تطوع أخرى.
