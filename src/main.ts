// Entry point of `npm start`. With TELEGRAM_BOT_TOKEN the bot serves Telegram; without it the
// same flows run in this terminal, on the same embedded database.
import { setFlagsFromString } from "node:v8";
import { startApp } from "./app";
import { runConsoleChannel } from "./channels/console/console-channel";
import { ConfigError, parseConfig } from "./config";
import { createLogger, formatSafeError, safeError, scrubSecrets } from "./logger";
import { installProcessGuard } from "./process-guard";

/**
 * Prisma compiles each query's plan once, in WebAssembly, and keeps the plan (its query plan
 * cache). V8 would still optimise that compiler on background threads while the bot starts: on
 * two cores that took ~0.2 s of CPU just when the first replies go out (bench/RESULTS.md, cold
 * start). With a budget 100 times V8's default the query compiler stays with the baseline
 * compiler unless it really runs hot. Process-wide, so set here and not by the app.
 */
const WASM_TIERING_BUDGET = 180_000_000;

async function main(): Promise<void> {
  // Before the first query compiles the WebAssembly.
  setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }

  const consoleMode = config.telegram === null;
  // In the terminal the chat owns stdout; logs go to stderr and only warnings unless asked for.
  const logger = createLogger({
    level: config.logLevel ?? (consoleMode ? "warn" : "info"),
    destination: consoleMode ? process.stderr : process.stdout,
  });
  // From here on, what nobody caught is logged through the redacting logger (not printed whole by Node).
  installProcessGuard({ logger });
  // Handlers first: a stop asked for while starting (Slack loads after Telegram is up, see
  // src/app.ts) is carried out as soon as the start is complete, the same orderly way.
  let app: Awaited<ReturnType<typeof startApp>> | null = null;
  let stopAsked: number | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (!app) {
      if (stopAsked === null) logger.info("stopping as soon as the start is complete (a second signal ends at once)");
      stopAsked ??= code;
      return;
    }
    if (stopping) return;
    stopping = true;
    try {
      await app.stop();
    } catch (error) {
      logger.error({ err: safeError(error) }, "stopping failed");
      code = code === 0 ? 1 : code;
    }
    process.exit(code);
  };
  let signals = 0;
  const onSignal = () => {
    // A second signal while starting (or stopping) ends the process at once.
    if (++signals > 1 && (!app || stopping)) process.exit(130);
    void stop(0);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  app = await startApp(config, { logger });
  if (stopAsked !== null) {
    await stop(stopAsked);
    return;
  }
  // A part that stopped for good (Telegram refused the token, another instance polls): one line
  // on stderr, a clean stop, and a non-zero exit so that the service manager notices.
  void app.fatal.then(async (error) => {
    process.stderr.write(`${scrubSecrets(error.message).replace(/\s*\n\s*/g, " ")}\n`);
    await stop(1);
  });

  if (consoleMode) {
    process.stdout.write("Ehrenamtslotse – Konsole (TELEGRAM_BOT_TOKEN ist nicht gesetzt). Antworten mit Nummern, /hilfe, /exit.\n");
    await runConsoleChannel(app.deps, { input: process.stdin, output: process.stdout, preferredLocale: process.env.LANG });
    await stop(0);
  }
}

main().catch((error: unknown) => {
  // One line, and only the safe part: a start-up error may carry the bot token (in a URL) or a request payload.
  process.stderr.write(`Start-up failed: ${formatSafeError(error)}\n`);
  process.exit(1);
});
