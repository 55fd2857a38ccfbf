// Turns any thrown value into something safe to write to a log: what kind of error it was and
// what went wrong, without what it was about. Errors of the libraries we use carry the data of
// the failed call as properties (grammY's GrammyError has the request payload: chat id, the
// reply text with the resident's name; an HttpError has the fetch error with the URL, which
// contains the bot token; Slack's errors carry the request options), so a logged or printed
// error object leaks all of it. Only fields picked here leave, and messages are scrubbed.

/**
 * What the logs get of an error. The keys avoid the logger's redact list (message, text,
 * payload, …) on purpose: redaction is for personal data, and blanking `message` left operators
 * with `"err":{"message":"[redacted]"}` and nothing to go on.
 */
export interface SafeError {
  /** Error class name (GrammyError, HttpError, PrismaClientKnownRequestError …) or the typeof of a non-error. */
  type: string;
  /** The code that says what failed: Telegram's error_code, Slack's `data.error`, Node's/Prisma's `code`. */
  code?: string | number;
  /** The API method that failed (grammY: `method`). */
  method?: string;
  /** HTTP status, where the error has one (Slack's HTTP errors). */
  status?: number;
  /** The message with tokens, secrets and Authorization values removed, and bounded in length. */
  reason: string;
  /** What caused it (grammY's HttpError wraps the network error), made safe the same way. */
  cause?: SafeError;
}

const REASON_MAX = 300;
const CAUSE_DEPTH = 3;
const REDACTED = "[redacted]";

// Telegram bot tokens are "<bot id>:<35 characters>"; the id part alone is harmless, but we
// cannot tell where a token ends inside a URL, so the whole thing goes. The length bound is
// the one config.ts accepts, so every token the app can run with is caught.
const TELEGRAM_TOKEN = /\b\d{3,}:[A-Za-z0-9_-]{20,}/g;
// The Bot API puts the token into the path: https://api.telegram.org/bot<token>/sendMessage.
const TELEGRAM_URL_TOKEN = /\/bot\d+:[^/\s"'?#]+/g;
// Slack tokens: xoxb-, xoxp-, xoxa-, xoxe-, xoxs- …, and app-level xapp- tokens.
const SLACK_TOKEN = /\b(?:xox[a-z]|xapp)-[A-Za-z0-9-]+/g;
const AUTHORIZATION_HEADER = /\b(authorization|x-telegram-bot-api-secret-token|x-slack-signature)(["']?\s*[:=]\s*["']?)(?:(?:Bearer|Basic|Bot)\s+)?[^\s"',;}]+/gi;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
// Query parameters that carry credentials (…?token=…&secret=…).
const SECRET_PARAM = /([?&](?:token|secret|signing_secret|client_secret|password|key)=)[^&\s"']+/gi;

/** Removes credentials from free text: Telegram and Slack tokens, Authorization values, secret URL parameters. */
export function scrubSecrets(text: string): string {
  return text
    .replace(TELEGRAM_URL_TOKEN, `/bot${REDACTED}`)
    .replace(TELEGRAM_TOKEN, REDACTED)
    .replace(SLACK_TOKEN, REDACTED)
    .replace(AUTHORIZATION_HEADER, (_match, name: string, separator: string) => `${name}${separator}${REDACTED}`)
    .replace(BEARER, (_match, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(SECRET_PARAM, (_match, prefix: string) => `${prefix}${REDACTED}`);
}

function bounded(text: string): string {
  return text.length <= REASON_MAX ? text : `${text.slice(0, REASON_MAX - 1)}…`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function numberOf(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** Codes are identifiers (ECONNREFUSED, P2002, invalid_auth); anything longer or odd is not one. */
function codeOf(value: unknown): string | number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^[\w.:-]{1,64}$/.test(value)) return scrubSecrets(value);
  return undefined;
}

/**
 * The safe part of any thrown value. Never throws, never returns the error object itself, its
 * payload, the request, the update or the context.
 */
export function safeError(error: unknown): SafeError {
  return describe(error, CAUSE_DEPTH);
}

/**
 * What safeError made, so that a result passed to the logger (`{ err: safeError(e) }`, which the
 * `err` serializer sees again) is kept as it is instead of being taken for a thrown plain object.
 */
const described = new WeakSet<object>();

function describe(error: unknown, depth: number): SafeError {
  if (typeof error === "object" && error !== null && described.has(error)) return error as SafeError;
  const result = describeAny(error, depth);
  described.add(result);
  return result;
}

function describeAny(error: unknown, depth: number): SafeError {
  if (!isRecord(error)) {
    // A thrown string is a message; other primitives say nothing personal beyond their type.
    const type = error === null ? "null" : typeof error;
    return { type, reason: typeof error === "string" ? bounded(scrubSecrets(error)) : type };
  }
  try {
    return describeObject(error, depth);
  } catch {
    // A getter that throws, a revoked proxy: the log line must still be written.
    return { type: "unknown", reason: "error could not be described" };
  }
}

function describeObject(error: Record<string, unknown>, depth: number): SafeError {
  const isError = error instanceof Error;
  const name = isError ? error.name : stringOf(error.name);
  const result: SafeError = {
    type: name ? bounded(name) : isError ? "Error" : "object",
    // A plain object is not a message; it is most likely a payload, so nothing of it is shown.
    reason: isError ? bounded(scrubSecrets(String(error.message ?? ""))) : "non-error object thrown",
  };

  // grammY's GrammyError: error_code (the Bot API's HTTP-like code) and the method called.
  const telegramCode = numberOf(error.error_code);
  const method = stringOf(error.method);
  // Slack's WebAPIPlatformError: `data.error` is Slack's own code (invalid_auth, not_in_channel).
  const slackCode = isRecord(error.data) ? stringOf(error.data.error) : undefined;
  const code = telegramCode ?? (slackCode && /^[\w.-]{1,64}$/.test(slackCode) ? slackCode : undefined) ?? codeOf(error.code);
  if (code !== undefined) result.code = code;
  if (method && /^[\w.]{1,64}$/.test(method)) result.method = method;
  const status = numberOf(error.statusCode) ?? numberOf(error.status);
  if (status !== undefined) result.status = status;

  if (depth > 0) {
    // grammY's HttpError keeps the network error in `error`, Slack's request error in
    // `original`, standard errors in `cause`, AggregateError (fetch to several addresses) in `errors`.
    const inner =
      error.cause !== undefined
        ? error.cause
        : error.error instanceof Error
          ? error.error
          : error.original instanceof Error
            ? error.original
            : Array.isArray(error.errors) && error.errors.length > 0
              ? error.errors[0]
              : undefined;
    if (inner !== undefined && inner !== error) result.cause = describe(inner, depth - 1);
  }
  return result;
}

/** One line for places that are not structured logs (the start-up failure on stderr). */
export function formatSafeError(error: unknown): string {
  const safe = safeError(error);
  const parts: string[] = [];
  for (let current: SafeError | undefined = safe; current; current = current.cause) {
    const tags = [current.code, current.method, current.status].filter((tag) => tag !== undefined).join(" ");
    parts.push(`${current.type}${tags ? ` (${tags})` : ""}${current.reason ? `: ${current.reason}` : ""}`);
  }
  return parts.join(" ← caused by ");
}
