# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /sprache (flows/language.yaml). The question is also in English, for whoever
## cannot read German.

language-choose =
    Hangi dilde yazışmak istersiniz?
    Which language would you like to use?
    In welcher Sprache möchten Sie schreiben?
language-changed = Tamam, bundan sonra size Türkçe yazacağım.
