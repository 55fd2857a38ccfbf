# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Buttons used by many questions (the defaults of flows/*.yaml: confirm yes/no,
## the "done" button of a multiple choice, the "skip" button of an optional text).

common-yes = Evet
common-no = Hayır
common-done = Tamam
common-skip = Atla

## When an answer does not fit the question (src/domain/flows/engine.ts).
## The engine asks the current question again right after these messages.

common-stale-button = Bu düğme daha önceki bir soruya ait. Şimdiki soruyu bir kez daha soruyorum:
common-stale-button-idle = Bu düğme artık geçerli değil. Sizin için neler yapabileceğimi /help komutuyla görebilirsiniz.
common-unknown-command = Bu komutu tanımıyorum. Şimdiki soruyu bir kez daha soruyorum:
common-please-type = Lütfen cevabınızı normal bir mesaj olarak yazın.
common-too-long = Maalesef bu çok uzun: En fazla { $limit } karakter yazabilirsiniz, mesajınız { $length } karakter. Lütfen biraz daha kısa yazın.
common-use-buttons = Lütfen sorunun altındaki cevaplardan birini seçin.
common-unknown-choice = Bu seçeneği tanımıyorum. Lütfen sorunun altındaki düğmelerden birine dokunun.
common-choose-more =
    { $min ->
        [one] Lütfen en az bir cevap seçin
       *[other] Lütfen en az { $min } cevap seçin
    } ve ardından “{ common-done }” düğmesine dokunun.

## Something went wrong in the bot itself (src/channels/telegram/create-bot.ts).

common-error = Özür dilerim, bir şeyler ters gitti. Lütfen birazdan tekrar deneyin.

## Too many messages in a short time (src/channels/telegram/flood-guard.ts); sent once, then
## further messages are ignored for a few seconds.

common-slow-down = Bu çok hızlı oldu. Lütfen biraz bekleyin, sonra yazmaya devam edin – son mesajlarınızı işleme almadım.
