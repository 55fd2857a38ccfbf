# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Messages to a resident when a coordinator changes the status of their signup
## (src/channels/telegram/telegram-notifier.ts); one per status a coordinator can set.
## Arguments: { $title } of the offer, { $organisation } offering it. Organisation names
## come without an article ("Saalberger Tafel e. V."), so they stand in brackets.

notify-signup-contacted = “{ $title }” ({ $organisation }) için yaptığınız başvuruyla ilgili yeni bir gelişme var: Kuruluş başvurunuzla ilgileniyor ve sizinle iletişime geçecek.
notify-signup-accepted =
    “{ $title }” ({ $organisation }) için yaptığınız başvuruyla ilgili güzel bir haber: Başvurunuz onaylandı, artık siz de aramızdasınız.

    Sonraki adımları doğrudan kuruluşla konuşacaksınız.
notify-signup-declined =
    “{ $title }” ({ $organisation }) için yaptığınız başvuru hakkında: Maalesef bu sefer olmadı, kuruluş başvurunuzu kabul edemiyor. Yine de yardım etmeye hazır olduğunuz için çok teşekkür ederiz!

    Başka ilanları /offers komutuyla bulabilirsiniz.
