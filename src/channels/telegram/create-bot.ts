import { sequentialize } from "@grammyjs/runner";
import type { OutgoingLimits } from "./outgoing-throttle";
import { Bot, type BotConfig, type Context, type ErrorHandler } from "grammy";
import type { ConversationDeps } from "../../conversation/conversation-deps";
import { safeError } from "../../logger";
import { localeFromHint } from "../../conversation/run-turn";
import { botApiFetch } from "./bot-api-fetch";
import { API_TIMEOUT_SECONDS, installApiPolicy } from "./bot-api-policy";
import { conversationFeature } from "./features/conversation";
import { floodGuard, type FloodLimit } from "./flood-guard";

export interface CreateBotOptions {
  apiRoot: string;
  botInfo?: BotConfig<Context>["botInfo"];
  /** Seconds before a Bot API call is given up; API_TIMEOUT_SECONDS unless a test shortens it. */
  apiTimeoutSeconds?: number;
  /** Outgoing rate limits; TELEGRAM_THROTTLE unless a test relaxes them. */
  throttle?: OutgoingLimits;
  /** Per-user limit on incoming updates; FLOOD_LIMIT unless a test changes it. */
  floodLimit?: FloodLimit;
}

export function createBot(token: string, deps: ConversationDeps, options: CreateBotOptions): Bot {
  const bot = new Bot(token, {
    client: { apiRoot: options.apiRoot, timeoutSeconds: options.apiTimeoutSeconds ?? API_TIMEOUT_SECONDS, fetch: botApiFetch },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });

  // Timeouts, bounded retries and throttling for every call (see bot-api-policy.ts).
  installApiPolicy(bot.api, options.throttle ? { throttle: options.throttle } : {});

  // A flood is dropped as it arrives, before it would queue up behind the chat's own updates.
  bot.use(floodGuard(deps, options.floodLimit));

  // One update per chat at a time, in the order they were received; different chats run at the
  // same time (src/channels/telegram/update-pipeline.ts hands them over in order).
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));

  const features = bot.errorBoundary(errorReply(deps));
  features.use(conversationFeature(deps));

  // The update pipeline logs what escapes the boundary (e.g. the apology failed too); grammY
  // consults this handler only on paths we do not use (bot.start, webhookCallback).
  bot.catch((error) => {
    deps.logger.error({ updateId: error.ctx.update.update_id, err: safeError(error.error) }, "telegram update failed");
  });
  return bot;
}

function errorReply(deps: ConversationDeps): ErrorHandler<Context> {
  return async (error) => {
    const { ctx } = error;
    deps.logger.error({ updateId: ctx.update.update_id, err: safeError(error.error) }, "telegram update failed");
    if (!ctx.chat) return;
    await ctx.reply(deps.translator.t(localeFromHint(ctx.from?.language_code), "common-error"));
  };
}
