import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type BotConfig, type Context, type ErrorHandler } from "grammy";
import type { ConversationDeps } from "../../conversation/conversation-deps";
import { localeFromHint } from "../../conversation/run-turn";
import { conversationFeature } from "./features/conversation";

export interface CreateBotOptions {
  apiRoot: string;
  botInfo?: BotConfig<Context>["botInfo"];
}

export function createBot(token: string, deps: ConversationDeps, options: CreateBotOptions): Bot {
  const bot = new Bot(token, { client: { apiRoot: options.apiRoot }, ...(options.botInfo ? { botInfo: options.botInfo } : {}) });

  // Bounded: retry only when Telegram said "too many requests, wait" (the request was not
  // carried out). A 5xx or a network error may come after the message was delivered, and a
  // retry would send it twice, so those are not retried.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 15, rethrowInternalServerErrors: true, rethrowHttpErrors: true }));

  // One update per chat at a time. Long polling already delivers them in order, but a webhook
  // may get a double tap as two parallel requests; both would read the same conversation state.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));

  const features = bot.errorBoundary(errorReply(deps));
  features.use(conversationFeature(deps));

  // Errors inside the boundary are answered there; this catches what is left (e.g. the reply failed).
  bot.catch((error) => {
    deps.logger.error({ updateId: error.ctx.update.update_id, err: describeError(error.error) }, "telegram update failed");
  });
  return bot;
}

function errorReply(deps: ConversationDeps): ErrorHandler<Context> {
  return async (error) => {
    const { ctx } = error;
    deps.logger.error({ updateId: ctx.update.update_id, err: describeError(error.error) }, "telegram update failed");
    if (!ctx.chat) return;
    await ctx.reply(deps.translator.t(localeFromHint(ctx.from?.language_code), "common-error"));
  };
}

/** Name and message only: a whole error object may carry the update with personal data. */
function describeError(error: unknown): { name: string; message: string } {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: "unknown", message: String(error) };
}
