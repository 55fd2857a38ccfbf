# Machine translation (Persian (Farsi)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /sprache (flows/language.yaml). The question is also in English, for whoever
## cannot read German.

language-choose =
    مایلید به چه زبانی با هم گفت‌وگو کنیم؟
    Which language would you like to use?
language-changed = بسیار خب، از این به بعد به فارسی برایتان می‌نویسم.
