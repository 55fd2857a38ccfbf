// One way to make Slack Web API clients, for the notifier and for Bolt, so both have the same
// bounded retries and log through pino instead of the console.
import { LogLevel, WebClient, type Logger as SlackLogger, type WebClientOptions } from "@slack/web-api";
import { safeError, type Logger } from "../../logger";
import { slackFetch } from "./slack-fetch";

/**
 * No retries inside the client. The WebClient default retries ten times over about half an
 * hour, and a chat.postMessage whose first attempt did reach Slack (the answer got lost or
 * timed out) would post once more on every retry: coordinators saw the same signup four times.
 * The outbox retries instead, with its own backoff, visibly in the database, and before it
 * posts again it looks in the channel for the first attempt (slack-notifier.ts). Clicks in
 * Slack are answered by Bolt once; a failed chat.update only leaves a message stale.
 */
export const SLACK_RETRY_CONFIG = { retries: 0 } as const;
/** Per request; keeps one delivery well below the outbox lease. */
export const SLACK_REQUEST_TIMEOUT_MS = 10_000;

export function slackClientOptions(options: { slackApiUrl?: string; logger: Logger; timeoutMs?: number }): WebClientOptions {
  return {
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    retryConfig: { ...SLACK_RETRY_CONFIG },
    timeout: options.timeoutMs ?? SLACK_REQUEST_TIMEOUT_MS,
    // On HTTP 429 the client would otherwise pause all its requests and sleep for Retry-After
    // inside the delivery loop; we would rather give the row back to the outbox with that delay.
    rejectRateLimitedCalls: true,
    logger: toSlackLogger(options.logger, "slack-web-api"),
    // The request core (undici's request()) instead of its global fetch: less than half the CPU
    // per call (slack-fetch.ts, src/http/outgoing-request.ts).
    fetch: slackFetch,
  };
}

export function createSlackWebClient(options: { token: string; slackApiUrl?: string; logger: Logger; timeoutMs?: number }): WebClient {
  return new WebClient(options.token, slackClientOptions(options));
}

const PINO_LEVEL: Record<LogLevel, string> = {
  [LogLevel.DEBUG]: "debug",
  [LogLevel.INFO]: "info",
  [LogLevel.WARN]: "warn",
  [LogLevel.ERROR]: "error",
};

/**
 * Bolt, the WebClient and the Socket Mode client log through this interface. Their debug output
 * holds request and event bodies (names, messages, questions), and an operator may well switch
 * debug on to find a problem: so no body reaches the log at any level. Objects are reduced to
 * their keys, and JSON inside a text (Socket Mode logs each envelope as text) is cut off.
 */
export function toSlackLogger(logger: Logger, name: string): SlackLogger {
  let child = logger.child({ component: name });
  const write = (level: "debug" | "info" | "warn" | "error", parts: unknown[]) => {
    // The WebClient logs each request's URL, body and headers at debug: not worth shaping unless written.
    if (!child.isLevelEnabled(level)) return;
    // An error goes to the `err` field, where the logger's serializer keeps its name and code
    // and drops what it carries (the request options, the response body).
    const error = parts.find((part): part is Error => part instanceof Error);
    const text = parts
      .filter((part) => part !== error)
      .map((part) =>
        typeof part === "string" ? withoutPayload(part) : typeof part === "number" || typeof part === "boolean" ? String(part) : shapeOf(part),
      )
      .join(" ");
    if (error) child[level]({ err: error }, text || safeError(error).reason);
    else child[level](text);
  };
  return {
    debug: (...msg: unknown[]) => write("debug", msg),
    info: (...msg: unknown[]) => write("info", msg),
    // The WebClient warns on every failed request and then throws it; whoever called it logs
    // the failure with its context, so this copy is only for debugging.
    warn: (...msg: unknown[]) => write(msg[0] === "http request failed" ? "debug" : "warn", msg),
    error: (...msg: unknown[]) => write("error", msg),
    // The level is configured once for the whole process (createLogger); Bolt sets INFO on
    // every logger it gets, which would switch a silent test logger or a production "warn" to info.
    setLevel() {},
    getLevel() {
      const found = (Object.keys(PINO_LEVEL) as LogLevel[]).find((level) => PINO_LEVEL[level] === child.level);
      return found ?? LogLevel.INFO;
    },
    setName(newName: string) {
      child = logger.child({ component: newName });
    },
  };
}

/** "[object: channel, text, blocks]": enough to follow what was sent, nothing of what it said. */
function shapeOf(value: unknown): string {
  if (Array.isArray(value)) return `[array of ${value.length}]`;
  if (value === null || typeof value !== "object") return `[${typeof value}]`;
  const keys = Object.keys(value);
  return `[object: ${keys.slice(0, 12).join(", ")}${keys.length > 12 ? ", …" : ""}]`;
}

/** A library's text up to where JSON starts ('{"', '[{' …), which would be a body. */
function withoutPayload(text: string): string {
  const start = text.search(/[{[]\s*["{[]/);
  return start === -1 ? text : `${text.slice(0, start)}[payload omitted]`;
}

/** Slack's answers to auth.test that mean the token is wrong, as opposed to Slack being unreachable. */
const TOKEN_REFUSED = new Set(["invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type"]);

/**
 * Checks the token with auth.test, in the background: start-up never waits for Slack, so the
 * Telegram bot keeps serving residents while Slack is down or the token is wrong. Writes one
 * line either way and never rejects. Meanwhile notifications wait in the outbox, and Bolt checks
 * the token again with each click (tokenVerificationEnabled: false in createSlackApp).
 */
export async function checkSlackConnection(client: WebClient, logger: Logger): Promise<boolean> {
  try {
    const result = await client.auth.test();
    logger.info({ teamId: result.team_id, botUserId: result.user_id }, "slack reachable, bot token accepted");
    return true;
  } catch (error) {
    const safe = safeError(error);
    if (typeof safe.code === "string" && TOKEN_REFUSED.has(safe.code)) {
      logger.error({ err: safe }, "Slack refused the bot token (check SLACK_BOT_TOKEN); notifications wait in the outbox");
    } else {
      logger.warn({ err: safe }, "Slack is unreachable; notifications wait in the outbox and are delivered once it is back");
    }
    return false;
  }
}
