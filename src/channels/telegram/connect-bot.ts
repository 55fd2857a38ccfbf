// Start-up: reach the Bot API once (getMe) before taking updates, within a bound. grammY's own
// bot.init() retries getMe forever, which turns a wrong TELEGRAM_API_ROOT or a Telegram outage
// into a silent hang; here it ends in one line that says what is wrong.
import { setTimeout as sleep } from "node:timers/promises";
import { GrammyError, HttpError, type Api } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { safeError, type Logger } from "../../logger";

export interface ConnectBotOptions {
  /** For the message only; never the token. */
  apiRoot: string;
  logger: Logger;
  /** Give up after this long in total (default 20 s). */
  deadlineMs?: number;
  /** … or after this many attempts (default 4). */
  attempts?: number;
  /** Pause before the second attempt, doubled for each further one (default 1 s). */
  firstPauseMs?: number;
  /** Gives up at once, without a message of its own (start-up failed elsewhere first). */
  signal?: AbortSignal;
}

/** Start-up could not reach or use Telegram; the message is one line, safe to print. */
export class TelegramStartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TelegramStartupError";
  }
}

/** getMe with bounded retries. Give the result to the bot (botInfo) so grammY never calls getMe itself. */
export async function connectBot(api: Api, options: ConnectBotOptions): Promise<UserFromGetMe> {
  const deadlineMs = options.deadlineMs ?? 20_000;
  const attempts = options.attempts ?? 4;
  const root = printableApiRoot(options.apiRoot);
  const started = Date.now();
  let pauseMs = options.firstPauseMs ?? 1000;
  let lastReason = "no attempt made";

  for (let attempt = 1; ; attempt++) {
    const remaining = deadlineMs - (Date.now() - started);
    try {
      // Each attempt ends by the deadline at the latest, even when Telegram never answers.
      // (grammY types its signal as the abort-controller polyfill's; a native one works the same.)
      const timeout = AbortSignal.timeout(Math.max(1, remaining));
      const signal = (options.signal ? AbortSignal.any([timeout, options.signal]) : timeout) as unknown as Parameters<Api["getMe"]>[0];
      const me = await api.getMe(signal);
      if (attempt > 1) options.logger.info({ attempts: attempt }, "telegram reached");
      return me;
    } catch (error) {
      options.signal?.throwIfAborted();
      if (error instanceof GrammyError && error.error_code === 401) {
        throw new TelegramStartupError(`Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized) at TELEGRAM_API_ROOT=${root}: check the token with @BotFather`);
      }
      if (error instanceof GrammyError && error.error_code === 404) {
        // Telegram answers 404 to a token of the wrong shape, and so does a server that is no Bot API.
        throw new TelegramStartupError(`TELEGRAM_API_ROOT=${root} answered getMe with 404 Not Found: not a Bot API server, or TELEGRAM_BOT_TOKEN is malformed`);
      }
      if (error instanceof GrammyError && error.error_code < 500 && error.error_code !== 429) {
        throw new TelegramStartupError(`TELEGRAM_API_ROOT=${root} refused getMe with ${error.error_code}: check TELEGRAM_API_ROOT and TELEGRAM_BOT_TOKEN`);
      }
      lastReason = failureReason(error);
      options.logger.warn({ attempt, err: safeError(error) }, "telegram not reachable at start-up");
    }
    const elapsed = Date.now() - started;
    if (attempt >= attempts || elapsed + pauseMs >= deadlineMs) {
      const seconds = Math.round(elapsed / 100) / 10;
      throw new TelegramStartupError(`Telegram is unreachable at TELEGRAM_API_ROOT=${root} (${lastReason}; ${attempt} attempt${attempt === 1 ? "" : "s"} in ${seconds} s)`);
    }
    await sleep(pauseMs, undefined, options.signal ? { signal: options.signal } : {});
    pauseMs *= 2;
  }
}

function failureReason(error: unknown): string {
  if (error instanceof GrammyError) return `HTTP ${error.error_code}`;
  if (error instanceof HttpError) {
    const code = networkCode(error.error);
    // Our deadline's AbortSignal, grammY's own request timeout, or no connection within the
    // request core's connect timeout (src/http/outgoing-request.ts): Telegram did not answer.
    return code === "aborted" || code === "timeout" || code === "TimeoutError" || code === "UND_ERR_CONNECT_TIMEOUT" ? "no answer in time" : code;
  }
  return safeError(error).type;
}

/** ECONNREFUSED, ENOTFOUND …; "timeout" for grammY's own request timeout; "aborted" for our deadline. */
function networkCode(cause: unknown): string {
  if (!(cause instanceof Error)) return "unknown";
  const code = (cause as { code?: unknown }).code;
  if (typeof code === "string" && /^[A-Z_]{2,40}$/.test(code)) return code;
  // grammY's client rejects with a plain Error("Request to 'getMe' timed out after n seconds").
  if (/timed out/.test(cause.message)) return "timeout";
  return cause.name === "AbortError" ? "aborted" : cause.name;
}

/** The API root without user info or query, in case someone put credentials in it. */
function printableApiRoot(apiRoot: string): string {
  try {
    const url = new URL(apiRoot);
    return `${url.protocol}//${url.host}${url.pathname === "/" ? "" : url.pathname}`;
  } catch {
    return "(unparseable)";
  }
}
