import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Structured logs without personal data: callers log ids and counts, never names, messages
 * or Telegram handles. The redact list is a second line of defence for fields that could
 * carry personal data if someone logs a whole object by mistake.
 */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      base: undefined,
      redact: {
        paths: [
          "firstName",
          "*.firstName",
          "message",
          "*.message",
          "telegramUsername",
          "*.telegramUsername",
          "text",
          "*.text",
          "token",
          "*.token",
        ],
        censor: "[redacted]",
      },
    },
    options.destination ?? process.stdout,
  );
}

/** A logger that drops everything, for tests that do not look at logs. */
export function createSilentLogger(): Logger {
  return pino({ level: "silent" });
}
