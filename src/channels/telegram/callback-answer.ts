// A button press is answered (answerCallbackQuery: the button stops spinning) as soon as possible.
// In webhook mode that is in the HTTP response to Telegram's POST (a "webhook reply", which Telegram
// carries out as an API call), right after the update is recorded: no call of our own, and the
// spinner stops before the turn has even started. The route marks such an update; the handler
// then does not answer again. The mark is a symbol on the update object, never stored, so an
// update handled again after a restart is answered the ordinary way. With long polling the handler
// sends the answer alongside the turn (features/conversation.ts), so the reply never waits a round
// trip to Telegram for it.
import type { Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../logger";
import { safeError } from "../../logger";

const ANSWERED_IN_WEBHOOK_REPLY = Symbol("answered in webhook reply");

/** The webhook reply that answers the update's button press, or null when it is not one. */
export function webhookReplyAnswering(update: Update): string | null {
  const id = update.callback_query?.id;
  if (typeof id !== "string") return null;
  Object.defineProperty(update, ANSWERED_IN_WEBHOOK_REPLY, { value: true });
  return JSON.stringify({ method: "answerCallbackQuery", callback_query_id: id });
}

/**
 * Stops the button's spinner unless the webhook reply did. A failure (the press is too old after a
 * restart, Telegram is briefly away) is logged and does not stop the turn: the answer to the
 * resident matters more than the spinner.
 */
export async function answerButtonPress(ctx: Context, logger: Logger): Promise<void> {
  if ((ctx.update as { [ANSWERED_IN_WEBHOOK_REPLY]?: boolean })[ANSWERED_IN_WEBHOOK_REPLY]) return;
  try {
    await ctx.answerCallbackQuery();
  } catch (error) {
    logger.warn({ err: safeError(error) }, "answering a button press failed");
  }
}
