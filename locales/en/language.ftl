# Written with machine help (English), reviewed against the German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /language (flows/language.yaml). The question is also in German, for whoever
## cannot read English.

language-choose =
    Which language would you like to use?
    In welcher Sprache möchten Sie schreiben?
language-changed = Fine, from now on I will write to you in English.
