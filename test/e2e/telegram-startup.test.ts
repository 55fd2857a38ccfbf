/**
 * Start-up never hangs on Telegram, and long polling that stops for good ends the app: in
 * process through startApp (short bounds), and as `npm start` (src/main.ts as a child process,
 * production bounds): a non-zero exit with one line that names the variable, never the token.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../../src/app";
import { parseConfig } from "../../src/config";
import { createSilentLogger } from "../../src/logger";
import { captureLogs, freePort, freshDatabaseUrl, startAppHarness, telegramTestOptions, text, waitFor } from "../support/app-harness";
import { createTestDatabase } from "../support/db";
import { runMain } from "../support/process/run-main";
import { DEFAULT_FAKE_BOT_TOKEN, startFakeBotApi, TestUser } from "../support/telegram";


const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database(): Promise<string> {
  const db = await createTestDatabase();
  await db.prisma.$disconnect();
  cleanups.push(() => db.close());
  return db.databaseUrl;
}

function telegramConfig(databaseUrl: string, apiRoot: string, token = DEFAULT_FAKE_BOT_TOKEN) {
  return parseConfig({ DATABASE_URL: databaseUrl, TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: apiRoot });
}

/** The rejection of a start-up that must fail. */
async function startUpFailure(start: Promise<RunningApp>): Promise<Error> {
  const app = await start.then(
    (running) => running,
    (error: unknown) => error as Error,
  );
  if (!(app instanceof Error)) {
    cleanups.push(() => app.stop());
    throw new Error("start-up succeeded, expected it to fail");
  }
  return app;
}

describe("start-up when Telegram cannot be used", () => {
  it("gives up on an unreachable TELEGRAM_API_ROOT within the bound, with one line", async () => {
    const port = await freePort();
    const error = await startUpFailure(
      startApp(telegramConfig(await database(), `http://127.0.0.1:${port}`), {
        logger: createSilentLogger(),
        telegram: { startup: { deadlineMs: 1500, firstPauseMs: 200 } },
      }),
    );

    expect(error.name).toBe("TelegramStartupError");
    expect(error.message).toMatch(new RegExp(`^Telegram is unreachable at TELEGRAM_API_ROOT=http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED; \\d attempts? in [\\d.]+ s\\)$`));
    expect(error.message).not.toContain(DEFAULT_FAKE_BOT_TOKEN.split(":")[1]);
  });

  it("gives up when getMe is never answered", async () => {
    const telegram = await startFakeBotApi();
    cleanups.push(() => telegram.close());
    telegram.hangNext("getMe", { times: 10 });

    const error = await startUpFailure(
      startApp(telegramConfig(await database(), telegram.apiRoot), { logger: createSilentLogger(), telegram: { startup: { deadlineMs: 800 } } }),
    );

    expect(error.message).toMatch(/^Telegram is unreachable at TELEGRAM_API_ROOT=\S+ \(no answer in time; 1 attempt in [\d.]+ s\)$/);
    expect(telegram.callsTo("getMe")).toHaveLength(1);
  });

  it("says so at once when the token is refused (401), without retrying", async () => {
    const telegram = await startFakeBotApi({ token: "7000001:AAE-a-different-token-of-this-bot" });
    cleanups.push(() => telegram.close());

    const error = await startUpFailure(startApp(telegramConfig(await database(), telegram.apiRoot), { logger: createSilentLogger() }));

    expect(error.message).toBe(`Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized) at TELEGRAM_API_ROOT=${telegram.apiRoot}: check the token with @BotFather`);
  });

  it("starts once Telegram is back within the bound", async () => {
    const telegram = await startFakeBotApi({ handledSignal: "report" });
    cleanups.push(() => telegram.close());
    await telegram.goOffline();
    const logs = captureLogs("warn");

    const starting = startApp(telegramConfig(await database(), telegram.apiRoot), {
      logger: logs.logger,
      telegram: { ...telegramTestOptions(telegram), startup: { deadlineMs: 15_000, attempts: 10, firstPauseMs: 200 } },
    });
    starting.catch(() => {}); // awaited below; a failure must not also surface as unhandled
    await waitFor(() => logs.records.some((record) => record.msg === "telegram not reachable at start-up"), "a failed attempt");
    await telegram.goOnline();
    const app = await starting;
    cleanups.push(() => app.stop());

    await telegram.waitForCall("getUpdates", () => true, { since: 0 });
    const user = new TestUser(telegram, { id: 5_500_001, firstName: "Kai", languageCode: "pt" });
    await user.send("/start");
    expect(user.lastReply().text).toBe(text("onboarding-language"));
  });
});

describe("start-up asks Telegram while it prepares the database", () => {
  it("sends getMe first, and a start-up that fails locally meanwhile ends its retries", async () => {
    const telegram = await startFakeBotApi();
    cleanups.push(() => telegram.close());
    telegram.failNext("getMe", { error_code: 502, description: "Bad Gateway" }, 50);
    // The sample network to seed from is missing: the local start-up fails after getMe went out.
    const databaseUrl = (await freshDatabaseUrl()).databaseUrl;
    const error = await startUpFailure(
      startApp(telegramConfig(databaseUrl, telegram.apiRoot), {
        logger: createSilentLogger(),
        seedFile: "/nonexistent/network.yaml",
        telegram: { startup: { deadlineMs: 20_000, attempts: 50, firstPauseMs: 20 } },
      }),
    );

    expect(error.message).toBe("/nonexistent/network.yaml: cannot read the file (ENOENT)");
    // A request already on its way when the start-up failed may still arrive; give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const attempts = telegram.callsTo("getMe").length;
    expect(attempts).toBeGreaterThanOrEqual(1);
    // No further attempt follows the failed start-up (they came every 20–640 ms before).
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(telegram.callsTo("getMe")).toHaveLength(attempts);
  });
});

describe("long polling that stops for good", () => {
  it("ends the running app with one line when the token is revoked (401)", async () => {
    const logs = captureLogs("info");
    const h = await startAppHarness({ slack: false, logger: logs.logger });
    cleanups.push(() => h.close());

    h.telegram.revokeToken();
    const error = await h.app.fatal;

    expect(error.message).toBe("Telegram long polling stopped: TELEGRAM_BOT_TOKEN was refused (401 Unauthorized), e.g. revoked at @BotFather");
    expect(logs.records.find((record) => record.level === 60)?.msg).toBe(error.message);
    expect(JSON.stringify(logs.records)).not.toContain(h.telegram.token);
  });

  it("ends the running app with one line when another instance polls (409)", async () => {
    const h = await startAppHarness({ slack: false });
    cleanups.push(() => h.close());
    await h.telegram.waitUntil(() => (h.telegram.pollWaiting ? true : undefined), "the app's long poll");

    expect(await h.telegram.pollAsOtherInstance()).toBe(200);
    const error = await h.app.fatal;

    expect(error.message).toMatch(/^Telegram long polling stopped: 409 Conflict, another process polls with this TELEGRAM_BOT_TOKEN/);
  });
});

describe("npm start (src/main.ts) as a child process", () => {
  it("exits non-zero with one line naming TELEGRAM_API_ROOT when Telegram is unreachable, and never prints the token", async () => {
    const db = await freshDatabaseUrl();
    cleanups.push(db.remove);
    const port = await freePort();

    const result = await runMain(
      { DATABASE_URL: db.databaseUrl, TELEGRAM_BOT_TOKEN: DEFAULT_FAKE_BOT_TOKEN, TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`, TELEGRAM_STARTUP_TIMEOUT: "3", LOG_LEVEL: "info" },
      { timeoutMs: 35_000 },
    );

    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Start-up failed: .*Telegram is unreachable at TELEGRAM_API_ROOT=http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED; \\d attempts in [\\d.]+ s\\)`));
    expect(result.stdout + result.stderr).not.toContain(DEFAULT_FAKE_BOT_TOKEN.split(":")[1]);
  }, 40_000);

  it("exits non-zero with one line when the token is revoked while polling", async () => {
    const db = await freshDatabaseUrl();
    cleanups.push(db.remove);
    const telegram = await startFakeBotApi();
    cleanups.push(() => telegram.close());

    const running = runMain({ DATABASE_URL: db.databaseUrl, TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, LOG_LEVEL: "info" }, { timeoutMs: 35_000 });
    await telegram.waitForCall("getUpdates", () => true, { since: 0, timeoutMs: 30_000 });
    telegram.revokeToken();
    const result = await running;

    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual(["Telegram long polling stopped: TELEGRAM_BOT_TOKEN was refused (401 Unauthorized), e.g. revoked at @BotFather"]);
    expect(result.stdout + result.stderr).not.toContain(telegram.token.split(":")[1]);
  }, 40_000);
});
