# Machine translation (Ukrainian), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /language (flows/language.yaml). The question is also in English, for whoever
## cannot read German.

language-choose =
    Якою мовою Вам зручніше спілкуватися?
    Which language would you like to use?
language-changed = Добре, відтепер я писатиму Вам українською.
