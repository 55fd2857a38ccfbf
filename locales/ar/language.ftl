# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /sprache (flows/language.yaml). The question is also in English, for whoever
## cannot read German.

language-choose =
    ما اللغة المفضّلة لديك للمحادثة؟
    Which language would you like to use?
language-changed = حسنًا، من الآن فصاعدًا سأكتب إليك باللغة العربية.
