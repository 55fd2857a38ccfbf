// Run as a child process by test/process-guard.test.ts: the process guard on the real `process`,
// then a library error nobody awaited, then one nobody caught. The errors carry what such
// errors carry in production (a grammY request payload, a URL with the bot token); the test
// reads this process's whole output.
import { GrammyError, HttpError } from "grammy";
import { createLogger } from "../../../src/logger";
import { installProcessGuard } from "../../../src/process-guard";

const token = process.env.PROBE_BOT_TOKEN ?? "";
const userId = Number(process.env.PROBE_USER_ID);
const firstName = process.env.PROBE_FIRST_NAME ?? "";

const logger = createLogger({ level: "info" });
installProcessGuard({ logger });

// Not awaited by anyone: Node would print it whole and exit.
void Promise.reject(
  new GrammyError(
    "Call to 'sendMessage' failed!",
    { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
    "sendMessage",
    { chat_id: userId, text: `Hallo ${firstName}, danke für Ihre Anmeldung!` },
  ),
);

setImmediate(() => {
  logger.info("still running after the rejection");
  const network = Object.assign(new Error(`request to https://api.telegram.org/bot${token}/getUpdates failed, reason: socket hang up`), {
    code: "ECONNRESET",
  });
  // Thrown from a callback, nobody can catch it: logged, then exit code 1.
  throw new HttpError("Network request for 'getUpdates' failed!", network);
});
