# Machine translation (Russian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /sprache (flows/language.yaml). The question is also in English, for whoever
## cannot read German.

language-choose =
    На каком языке Вам удобнее общаться?
    Which language would you like to use?
language-changed = Хорошо, теперь я буду писать Вам по-русски.
