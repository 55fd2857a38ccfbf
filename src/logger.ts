import { pino, type Logger } from "pino";
import { safeError, scrubSecrets } from "./logging/safe-error";

export type { Logger };
export { formatSafeError, safeError, scrubSecrets, type SafeError } from "./logging/safe-error";

/**
 * Field names that hold personal data or credentials wherever they turn up: resident profile
 * fields (ours and Telegram's spelling), what people typed, Slack/Telegram payloads and request
 * bodies, and secrets. Errors are not on this list: the `err`/`error` serializers below reduce
 * them to name, code and a scrubbed reason (see safe-error.ts), under keys this list leaves alone.
 */
export const REDACTED_FIELDS = [
  "firstName",
  "first_name",
  "lastName",
  "last_name",
  "username",
  "telegramUsername",
  "text",
  "message",
  "payload",
  "body",
  "rawBody",
  "update",
  "ctx",
  "token",
  "botToken",
  "secret",
  "signingSecret",
  "authorization",
  "Authorization",
  "phone",
  "email",
] as const;

/** Top level, and one and two objects deep (`{ signup: { resident: { firstName } } }`). */
const REDACT_PATHS = REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);

/** The `error` key holds a short code string in most of our logs; an error object gets the same treatment as `err`. */
function serializeErrorField(value: unknown): unknown {
  if (typeof value === "string") return scrubSecrets(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  return safeError(value);
}

/**
 * Structured logs without personal data: callers log ids and counts, never names, messages
 * or Telegram handles. The redact list is a second line of defence for fields that could
 * carry personal data if someone logs a whole object by mistake; the error serializers are the
 * defence for what library errors carry (request payloads, URLs with tokens).
 */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      base: undefined,
      serializers: { err: safeError, error: serializeErrorField },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          // `logger.error(error)` would make the raw error message the log message; it goes
          // through the serializer instead, and the message becomes its scrubbed reason.
          if (first instanceof Error) {
            const msg = typeof rest[0] === "string" ? rest[0] : safeError(first).reason;
            return method.apply(this, [{ err: first }, scrubSecrets(msg), ...rest.slice(typeof rest[0] === "string" ? 1 : 0)] as Parameters<typeof method>);
          }
          // Messages are ours, but they are built from library text too (Bolt and the WebClient
          // put error messages into them); no token gets through that way.
          const scrubbed = (args as unknown[]).map((arg) => (typeof arg === "string" ? scrubSecrets(arg) : arg));
          return method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    },
    options.destination ?? process.stdout,
  );
}

/** A logger that drops everything, for tests that do not look at logs. */
export function createSilentLogger(): Logger {
  return pino({ level: "silent" });
}
