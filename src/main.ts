// Entry point of `npm start`. With TELEGRAM_BOT_TOKEN the bot serves Telegram; without it the
// same flows run in this terminal, on the same embedded database.
import { startApp } from "./app";
import { runConsoleChannel } from "./channels/console/console-channel";
import { ConfigError, parseConfig } from "./config";
import { createLogger } from "./logger";

async function main(): Promise<void> {
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
  const app = await startApp(config, { logger });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await app.stop();
    process.exit(code);
  };
  process.once("SIGINT", () => void stop(0));
  process.once("SIGTERM", () => void stop(0));

  if (consoleMode) {
    process.stdout.write("Ehrenamtslotse – Konsole (TELEGRAM_BOT_TOKEN ist nicht gesetzt). Antworten mit Nummern, /hilfe, /exit.\n");
    await runConsoleChannel(app.deps, { input: process.stdin, output: process.stdout, preferredLocale: process.env.LANG });
    await stop(0);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
