/**
 * SIGTERM to the real entry point (`src/main.ts`, as a service manager sends it): the bot stops
 * taking updates, delivers what the outbox holds within a few seconds and exits 0.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../src/db/client";
import { startFakeSlackApi, type FakeSlackApi } from "../support/slack/fake-slack-api";
import { createSignupWithNotification } from "../support/slack/fixtures";
import { startFakeBotApi, type FakeBotApi } from "../support/telegram";
import { freshDatabaseUrl } from "../support/app-harness";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

let telegram: FakeBotApi;
let slack: FakeSlackApi;
let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;

beforeAll(async () => {
  [telegram, slack, database] = await Promise.all([startFakeBotApi(), startFakeSlackApi(), freshDatabaseUrl()]);
});
afterAll(async () => {
  await Promise.all([telegram?.close(), slack?.close()]);
  await database?.remove();
});

describe("SIGTERM", () => {
  it("delivers the queued notification and exits 0", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "/tmp",
        DATABASE_URL: database.databaseUrl,
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_API_URL: slack.url,
        SLACK_NETWORK_CHANNEL: "C0NETZWERK",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));

    try {
      await telegram.waitForCall("getUpdates", () => true, { since: 0, timeoutMs: 30_000 });
      // A signup committed by another connection right before the stop: the worker is not
      // woken for it and its next regular run is 15 s away, so only the flush can send it.
      const prisma = createPrismaClient(database.databaseUrl);
      const fixture = await createSignupWithNotification(prisma, { slackChannel: null }).finally(() => prisma.$disconnect());

      child.kill("SIGTERM");
      expect(await exited, output).toBe(0);

      const posted = slack.okCalls("chat.postMessage");
      expect(posted).toHaveLength(1);
      expect(posted[0]!.body.metadata).toEqual({ event_type: "lotse_notification", event_payload: { notification_id: fixture.notificationId } });
      for (const line of output.trim().split("\n")) expect(() => JSON.parse(line), line).not.toThrow();
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 60_000);
});
