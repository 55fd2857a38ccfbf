// How the bot talks to the Bot API: how long a call may take, how often it is retried and how
// fast messages go out. Installed on bot.api, so every call (ctx.reply, the outbox's
// sendMessage, getUpdates) goes through it.
import { autoRetry } from "@grammyjs/auto-retry";
import type { Api, Transformer } from "grammy";
import { outgoingThrottle, type OutgoingLimits } from "./outgoing-throttle";

/**
 * Seconds after which a Bot API call is given up (grammY's default is 500). A call whose answer
 * never comes would otherwise hold up its chat for minutes; now it fails, the resident gets the
 * apology (or the outbox retries later) and the chat moves on.
 */
export const API_TIMEOUT_SECONDS = 15;

/**
 * Long-poll timeout of getUpdates. The client timeout above applies to getUpdates as well, so
 * this stays clearly below it: an idle poll ends with an empty answer before the client would
 * count it as hung.
 */
export const POLL_TIMEOUT_SECONDS = 10;

/**
 * Outgoing messages within Telegram's limits: about 30 messages a second overall, about one a
 * second per chat, 20 a minute per group. Per private chat a burst of three (one turn's answer is
 * usually one to three messages: a hint, the question, an offer list) and then one a second, so a
 * normal reply is not held back while a long run of messages is. Calls without a chat
 * (answerCallbackQuery, getUpdates) are not throttled (outgoing-throttle.ts).
 */
export const TELEGRAM_THROTTLE: OutgoingLimits = {
  globalPerSecond: 30,
  privateBurst: 3,
  privateIntervalMs: 1000,
  groupIntervalMs: 1000,
  groupPerMinute: 20,
};

/**
 * Methods that may be sent again after a 5xx: repeating them leaves Telegram in the same state
 * and gives the same answer (set/delete the webhook, the command menu, getWebhookInfo).
 * Not in the list, on purpose:
 * - sendMessage: a 5xx (or a timeout) can come after the message was delivered; sending again
 *   would show it twice. The resident gets the apology instead, the outbox retries on its own
 *   terms (src/services/notification).
 * - editMessageText, answerCallbackQuery: a repeat of one that did go through fails ("message is
 *   not modified", "query is too old") and would turn a success into an apology.
 * - getUpdates and getMe: retried by their callers, within their own bounds (long-polling.ts,
 *   connect-bot.ts).
 */
const REPEATABLE_ON_SERVER_ERROR = new Set(["getWebhookInfo", "setWebhook", "deleteWebhook", "setMyCommands", "deleteMyCommands"]);

/** Bounded either way: two retries, and a 429 asking for more than 15 s is not waited for. */
const RETRY_LIMITS = { maxRetryAttempts: 2, maxDelaySeconds: 15 } as const;

/**
 * 429 ("too many requests, retry after n s") is retried for every method: Telegram did not carry
 * the request out. 5xx only for the methods above. Network errors and timeouts are never retried
 * here: like a 5xx they may come after the request was carried out.
 */
export function boundedRetries(): Transformer {
  const rateLimitsOnly = autoRetry({ ...RETRY_LIMITS, rethrowInternalServerErrors: true, rethrowHttpErrors: true });
  const withServerErrors = autoRetry({ ...RETRY_LIMITS, rethrowInternalServerErrors: false, rethrowHttpErrors: true });
  return (prev, method, payload, signal) =>
    (REPEATABLE_ON_SERVER_ERROR.has(method) ? withServerErrors : rateLimitsOnly)(prev, method, payload, signal);
}

/**
 * Throttling inside, retries outside: a retried call queues in the throttler again, so a retry
 * cannot break the limits that caused a 429.
 */
export function installApiPolicy(api: Api, options: { throttle?: OutgoingLimits } = {}): void {
  api.config.use(outgoingThrottle(options.throttle ?? TELEGRAM_THROTTLE));
  api.config.use(boundedRetries());
}
