// Preloaded into the real entry point by test/e2e/main-process.test.ts
// (`node --import tsx --import ./test/support/process/inject-failures.ts src/main.ts`).
// The app itself leaves no promise unhandled and throws nothing uncaught that a request could
// reach; to check what the process does when that happens anyway, this test-only module makes
// it happen on a line on stdin: "reject" (a grammY error nobody awaits) or "throw" (one nobody
// catches). The errors carry what they carry in production: the request payload with the
// resident's chat id and name, and a URL with the bot token.
import { createInterface } from "node:readline";
import { GrammyError, HttpError } from "grammy";

const token = process.env.TELEGRAM_BOT_TOKEN ?? "";
const userId = Number(process.env.PROBE_USER_ID);
const firstName = process.env.PROBE_FIRST_NAME ?? "";

createInterface({ input: process.stdin }).on("line", (line) => {
  if (line === "reject") {
    void Promise.reject(
      new GrammyError(
        "Call to 'sendMessage' failed!",
        { ok: false, error_code: 400, description: "Bad Request: chat not found" },
        "sendMessage",
        { chat_id: userId, text: `Hallo ${firstName}!` },
      ),
    );
  } else if (line === "throw") {
    const network = Object.assign(new Error(`request to ${process.env.TELEGRAM_API_ROOT}/bot${token}/getUpdates failed, reason: socket hang up`), { code: "ECONNRESET" });
    setImmediate(() => {
      throw new HttpError("Network request for 'getUpdates' failed!", network);
    });
  }
});
