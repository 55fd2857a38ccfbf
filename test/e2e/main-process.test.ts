/**
 * The real entry point (`src/main.ts`, as `npm start` runs it) in Telegram mode, against the
 * local fake Bot API and a fake Slack API that fails, with hostile requests to the HTTP front
 * and failures nobody handles (injected by a test-only preload, see
 * test/support/process/inject-failures.ts). Its complete stdout and stderr are then searched:
 * every line is a JSON log record (nothing printed past the logger by Bolt, the WebClient or
 * Node), no line holds the resident's name, username, user id or message, the bot token or the
 * Slack token, while the errors' names and codes are there.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSlackApi, type FakeSlackApi } from "../support/slack/fake-slack-api";
import { signedSlackRequest } from "../support/slack/signed-request";
import { startFakeBotApi, TestUser, type FakeBotApi } from "../support/telegram";
import { freePort, freshDatabaseUrl, waitFor } from "../support/app-harness";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BOT_TOKEN = "7000001:AAHk3x9QmZp2LwVt7YbR4nD8sFjC6uE1gHo";
const SLACK_TOKEN = "xoxb-4711-0815-VeryPrivateSlackToken";
const SIGNING_SECRET = "main-process-signing-secret";
const RESIDENT = { id: 604918273, firstName: "Wiebke", lastName: "Probenfrau", username: "wiebke_probe", languageCode: "de" };
const TYPED = "Ich wohne in der Lindenstraße 12";

let telegram: FakeBotApi;
let slack: FakeSlackApi;
let child: ChildProcessWithoutNullStreams;
let output = "";
let exited: Promise<number | null>;
let port: number;
let removeDatabase: () => Promise<void>;

beforeAll(async () => {
  telegram = await startFakeBotApi({ token: BOT_TOKEN });
  slack = await startFakeSlackApi();
  // Slack is down for the whole run: the start-up check, Bolt's check on a click, deliveries.
  for (const method of ["auth.test", "chat.postMessage", "chat.update", "chat.postEphemeral"]) slack.failNext(method, { status: 503 }, 1_000);
  const free = await freshDatabaseUrl();
  removeDatabase = free.remove;
  port = await freePort();

  child = spawn(process.execPath, ["--import", "tsx", "--import", "./test/support/process/inject-failures.ts", "src/main.ts"], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      DATABASE_URL: free.databaseUrl,
      PORT: String(port),
      TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      SLACK_BOT_TOKEN: SLACK_TOKEN,
      SLACK_API_URL: slack.url,
      SLACK_NETWORK_CHANNEL: "C0NETZWERK",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      PROBE_USER_ID: String(RESIDENT.id),
      PROBE_FIRST_NAME: RESIDENT.firstName,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  exited = new Promise((resolve) => child.once("close", (code) => resolve(code)));

  await telegram.waitForCall("getUpdates", () => true, { since: 0, timeoutMs: 30_000 }).catch((error: unknown) => {
    throw new Error(`${String(error)}\noutput of src/main.ts:\n${output}`);
  });
  await waitFor(async () => (await health()) === 200, "the HTTP front of src/main.ts", { timeoutMs: 10_000 });
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await telegram?.close();
  await slack?.close();
  await removeDatabase?.();
});

async function health(): Promise<number> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
  } catch {
    return 0;
  }
}

function records(): Array<Record<string, unknown>> {
  return output
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Waits for the bot's next sendMessage to the resident's chat. */
async function nextReply(since: number): Promise<void> {
  await telegram.waitForCall("sendMessage", (call) => call.payload.chat_id === RESIDENT.id, { since, timeoutMs: 10_000 });
}

describe("src/main.ts in Telegram mode with Slack down and failures nobody handles", () => {
  it("keeps serving, dies only of the uncaught exception, and prints nothing personal or secret", async () => {
    const resident = new TestUser(telegram, RESIDENT);

    // A reply Telegram refuses (the resident blocked the bot): a GrammyError with the payload.
    telegram.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });
    let since = telegram.calls.length;
    await resident.send("/start");
    await nextReply(since);
    await waitFor(() => output.includes('"code":403'), "the logged Telegram failure");
    since = telegram.calls.length;
    await resident.send(TYPED);
    await nextReply(since);

    // What the probe sent to the front: an answer each, and the process lives on.
    const events = `http://127.0.0.1:${port}/slack/events`;
    expect((await fetch(events)).status).toBe(405);
    expect((await fetch(`${events}/x`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/slack/eventsXYZ`, { method: "POST" })).status).toBe(404);
    expect((await fetch(events, signedSlackRequest("payload=null", SIGNING_SECRET))).status).toBe(400);
    // A genuine click while Slack is down: Bolt's token check fails, answered 500 and logged.
    const click = {
      type: "block_actions",
      user: { id: "U0COORD009", username: RESIDENT.username, name: RESIDENT.firstName, team_id: "T0TEAM0001" },
      team: { id: "T0TEAM0001" },
      container: { type: "message", message_ts: "1700000000.000100", channel_id: "C0TAFEL001" },
      message: { ts: "1700000000.000100", text: TYPED },
      actions: [{ action_id: "signup_status_contacted", value: "1", type: "button" }],
    };
    expect((await fetch(events, signedSlackRequest(new URLSearchParams({ payload: JSON.stringify(click) }).toString(), SIGNING_SECRET))).status).toBe(500);
    expect(await health()).toBe(200);

    // A rejection nobody handles: logged, and the bot goes on answering.
    child.stdin.write("reject\n");
    await waitFor(() => output.includes("unhandled promise rejection"), "the logged unhandled rejection");
    since = telegram.calls.length;
    await resident.send("/hilfe");
    await nextReply(since);
    expect(await health()).toBe(200);

    // An exception nobody catches: logged, exit code 1.
    child.stdin.write("throw\n");
    expect(await exited).toBe(1);

    // Every line is one of our JSON records: nothing went past the logger.
    const lines = output.split("\n").filter((line) => line.trim() !== "");
    const plain = lines.filter((line) => !line.startsWith("{"));
    expect(plain, output).toEqual([]);
    const all = records();

    for (const secret of [
      RESIDENT.firstName,
      RESIDENT.lastName,
      RESIDENT.username,
      String(RESIDENT.id),
      TYPED,
      "Lindenstraße",
      BOT_TOKEN,
      BOT_TOKEN.split(":")[1]!,
      SLACK_TOKEN,
      SIGNING_SECRET,
    ]) {
      expect(output, `the output contains ${secret}`).not.toContain(secret);
    }

    // … while the errors' meaning is there.
    const byMsg = (msg: string) => all.filter((record) => record.msg === msg);
    expect(all.filter((record) => String(record.msg).startsWith("Slack is unreachable"))).toHaveLength(1);
    expect(all.some((record) => (record.err as { code?: unknown } | undefined)?.code === 403)).toBe(true);
    expect(byMsg("slack request refused: body")).toHaveLength(1);
    expect(byMsg("slack request failed")[0]).toMatchObject({ err: { code: "slack_bolt_authorization_error" } });
    expect(byMsg("unhandled promise rejection; the process keeps running")[0]).toMatchObject({ err: { type: "GrammyError", code: 400, method: "sendMessage" } });
    expect(byMsg("uncaught exception; exiting")[0]).toMatchObject({ level: 60, err: { type: "HttpError", cause: { code: "ECONNRESET" } } });
  }, 90_000);
});
