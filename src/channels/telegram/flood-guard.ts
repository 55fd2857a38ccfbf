// A resident (or a script with a resident's account) sending updates faster than anyone can read
// them: beyond the limit the updates are dropped, with one polite notice per window, so one
// chat cannot keep the bot and the database busy for everyone else.
import { limit } from "@grammyjs/ratelimiter";
import type { Context, MiddlewareFn } from "grammy";
import type { ConversationDeps } from "../../conversation/conversation-deps";
import { localeFromHint } from "../../conversation/run-turn";
import { safeError } from "../../logger";

export interface FloodLimit {
  /** Updates one user may send per window; the next one gets the notice, later ones nothing. */
  updates: number;
  windowMs: number;
}

/**
 * Generous on purpose: ticking boxes quickly is not flooding. 30 updates in 15 s is two taps a
 * second for the whole window; a person reading the answers stays far below that.
 */
export const FLOOD_LIMIT: FloodLimit = { updates: 30, windowMs: 15_000 };

export function floodGuard(deps: Pick<ConversationDeps, "translator" | "logger">, flood: FloodLimit = FLOOD_LIMIT): MiddlewareFn<Context> {
  return limit<Context, never>({
    timeFrame: flood.windowMs,
    limit: flood.updates,
    // Per user; updates without a sender (channel posts) are not limited.
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    // The library calls this only for the first update over the limit in a window: one notice.
    onLimitExceeded: async (ctx: Context) => {
      deps.logger.info({ updateId: ctx.update.update_id }, "telegram user over the flood limit; updates dropped until the window ends");
      if (ctx.chat?.type !== "private") return;
      try {
        await ctx.reply(deps.translator.t(localeFromHint(ctx.from?.language_code), "common-slow-down"));
      } catch (error) {
        deps.logger.warn({ updateId: ctx.update.update_id, err: safeError(error) }, "telegram flood notice not sent");
      }
    },
  }) as MiddlewareFn<Context>;
}
