## /sprache (flows/language.yaml). The question is also in English, for whoever
## cannot read German.

language-choose =
    In welcher Sprache möchten Sie schreiben?
    Which language would you like to use?
language-changed = Gut, ab jetzt schreibe ich Ihnen auf Deutsch.
