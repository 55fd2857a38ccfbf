// The Telegram channel as the app sees it: reach Telegram (bounded), then take updates by long polling
// or through the webhook route, handle each once, and stop gracefully.
import type { OutgoingLimits } from "./outgoing-throttle";
import { Api, GrammyError, type Bot } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import type { Config } from "../../config";
import type { ConversationDeps } from "../../conversation/conversation-deps";
import type { HttpRoute } from "../../http/route";
import { safeError, type Logger } from "../../logger";
import { botApiFetch } from "./bot-api-fetch";
import { API_TIMEOUT_SECONDS, POLL_TIMEOUT_SECONDS } from "./bot-api-policy";
import { connectBot, TelegramStartupError, type ConnectBotOptions } from "./connect-bot";
import { createBot } from "./create-bot";
import type { FloodLimit } from "./flood-guard";
import { startLongPolling, type LongPolling } from "./long-polling";
import { setBotCommands } from "./set-bot-commands";
import { createTelegramUpdatePipeline } from "./update-pipeline";
import { createTelegramWebhookRoute } from "./webhook-route";

/** The updates the bot acts on; Telegram does not send the others. */
export const ALLOWED_UPDATES: ReadonlyArray<Exclude<keyof Update, "update_id">> = ["message", "callback_query"];

/** How long stop() waits for updates in flight (a reply may wait for a 429 or a timeout). */
const STOP_GRACE_MS = 20_000;

/** Knobs for operators' defaults that tests turn (shorter bounds, relaxed limits, a hook). */
export interface TelegramOptions {
  /** The bounded wait for Telegram at start-up (defaults: 4 attempts within 20 s). */
  startup?: Pick<ConnectBotOptions, "deadlineMs" | "attempts" | "firstPauseMs">;
  /** Whole seconds, at least 2: getUpdates' long-poll timeout is kept a second below it at most. */
  apiTimeoutSeconds?: number;
  throttle?: OutgoingLimits;
  floodLimit?: FloodLimit;
  stopGraceMs?: number;
  /** Called when an update has been dealt with (handled, failed or a repeat); see update-pipeline.ts. */
  onUpdateSettled?: (updateId: number) => void;
}

export interface TelegramChannel {
  bot: Bot;
  /** Webhook mode: the route for the HTTP front (TELEGRAM_WEBHOOK_URL's path); null with long polling. */
  webhookRoute: HttpRoute | null;
  /** Resolves (never rejects) when Telegram stopped for good; the app should then end. */
  fatal: Promise<Error>;
  /**
   * Handles what was left unhandled by the last process, then begins taking updates: registers
   * the webhook (mount webhookRoute first) or starts long polling. Resolves once the command
   * menu is set too (or failed, logged).
   */
  start(): Promise<void>;
  /** Stops taking updates (polling ends, the webhook answers 503), waits for those in flight. */
  stop(): Promise<void>;
}

/**
 * Reaches Telegram once (getMe, bounded), apart from the bot: the app sends it off first, so that
 * its round trips (with TLS, several to Telegram) overlap the local start-up instead of following
 * it. Rejects with a one-line TelegramStartupError when Telegram cannot be reached or refuses the
 * token; `signal` ends it early when the start-up failed elsewhere.
 */
export function reachTelegram(
  telegram: NonNullable<Config["telegram"]>,
  logger: Logger,
  options: TelegramOptions & { signal?: AbortSignal } = {},
): Promise<UserFromGetMe> {
  // grammY keeps one kept-alive agent per API root, so the bot's calls reuse this connection.
  const api = new Api(telegram.token, { apiRoot: telegram.apiRoot, timeoutSeconds: options.apiTimeoutSeconds ?? API_TIMEOUT_SECONDS, fetch: botApiFetch });
  return connectBot(api, {
    apiRoot: telegram.apiRoot,
    logger,
    deadlineMs: telegram.startupTimeoutMs,
    ...options.startup,
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** Creates the bot for the account reachTelegram found. */
export function createTelegramChannel(
  telegram: NonNullable<Config["telegram"]>,
  deps: ConversationDeps,
  botInfo: UserFromGetMe,
  options: TelegramOptions = {},
): TelegramChannel {
  const { logger } = deps;
  const bot = createBot(telegram.token, deps, {
    apiRoot: telegram.apiRoot,
    botInfo,
    ...(options.apiTimeoutSeconds ? { apiTimeoutSeconds: options.apiTimeoutSeconds } : {}),
    ...(options.throttle ? { throttle: options.throttle } : {}),
    ...(options.floodLimit ? { floodLimit: options.floodLimit } : {}),
  });
  // Sent off now and awaited at the end of start(): updates are taken meanwhile.
  const menuSet = setBotCommands(bot.api, deps.translator, deps.flows).catch((error: unknown) => {
    // The command menu is a convenience; the commands work without it. Set again at the next start.
    logger.warn({ err: safeError(error) }, "telegram command menu not set");
  });

  const pipeline = createTelegramUpdatePipeline({
    bot,
    prisma: deps.prisma,
    logger,
    now: deps.now,
    ...(options.onUpdateSettled ? { onSettled: options.onUpdateSettled } : {}),
  });
  const webhook = telegram.webhook;
  const webhookRoute = webhook ? createTelegramWebhookRoute({ path: new URL(webhook.url).pathname, secret: webhook.secret, pipeline, logger }) : null;

  let polling: LongPolling | null = null;
  let resolveFatal: (error: Error) => void = () => {};
  const fatal = new Promise<Error>((resolve) => {
    resolveFatal = resolve;
  });

  return {
    bot,
    webhookRoute,
    fatal,
    async start() {
      try {
        await pipeline.recoverUnhandled();
      } catch (error) {
        // The rows stay; the next start tries again. Not a reason to stay offline.
        logger.error({ err: safeError(error) }, "recovering unhandled telegram updates failed");
      }
      if (webhook) {
        try {
          await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: ALLOWED_UPDATES });
        } catch (error) {
          throw new TelegramStartupError(`Telegram refused setWebhook for TELEGRAM_WEBHOOK_URL (${describeCallFailure(error)})`);
        }
        logger.info("telegram webhook set");
        await menuSet;
        return;
      }
      // A webhook left over from webhook mode would make every getUpdates fail with 409.
      // Pending updates are kept: they are ours to handle.
      try {
        await bot.api.deleteWebhook({ drop_pending_updates: false });
      } catch (error) {
        throw new TelegramStartupError(`Telegram refused deleteWebhook before long polling (${describeCallFailure(error)})`);
      }
      polling = startLongPolling({
        bot,
        pipeline,
        logger,
        allowedUpdates: ALLOWED_UPDATES,
        // An idle poll must end (empty) before the client would take it for a hung call.
        pollTimeoutSeconds: Math.max(1, Math.min(POLL_TIMEOUT_SECONDS, (options.apiTimeoutSeconds ?? API_TIMEOUT_SECONDS) - 1)),
      });
      void polling.fatal.then((error) => {
        logger.fatal({ err: safeError(error) }, error.message);
        resolveFatal(error);
      });
      await menuSet;
    },
    async stop() {
      await polling?.stop();
      await pipeline.close(options.stopGraceMs ?? STOP_GRACE_MS);
      await menuSet;
    },
  };
}

function describeCallFailure(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code}`;
  const facts = safeError(error);
  return String(facts.code ?? facts.type);
}
