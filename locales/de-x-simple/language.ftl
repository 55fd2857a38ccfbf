# Machine translation (Einfache Sprache (plain German)), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /sprache (flows/language.yaml). The question is also in English, for whoever
## cannot read German.

language-choose =
    In welcher Sprache wollen Sie schreiben?
    Which language would you like to use?
language-changed = Gut. Ab jetzt schreibe ich Ihnen in Einfacher Sprache.
