/**
 * SlackRequestReceiver with the real Bolt App on the real HTTP front: the requests an external
 * probe sent to Bolt's own HTTPReceiver (which took the process down) get an HTTP status here,
 * and the next genuine click still works. Only Slack's Web API is the local fake.
 */
import { createHmac } from "node:crypto";
import type { App } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSlackApp } from "../../src/channels/slack/app";
import { SLACK_EVENTS_PATH, SlackRequestReceiver } from "../../src/channels/slack/slack-receiver";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { createHttpFront, type HttpFront } from "../../src/http/http-front";
import { captureLogs } from "../support/app-harness";
import { useTestDatabase } from "../support/db";
import { useFakeSlackApi } from "../support/slack/fake-slack-api";
import { signedSlackRequest } from "../support/slack/signed-request";
import { createSignupWithNotification, testTranslator, type SignupFixture } from "../support/slack/fixtures";

const SIGNING_SECRET = "receiver-signing-secret";
const COORDINATOR = "U0COORD002";
/** Something personal in a click, to check that refused bodies stay out of the logs. */
const PERSONAL = "Grüße von Wiebke Probenfrau";

const slack = useFakeSlackApi();
const db = useTestDatabase();
let prisma: PrismaClient;
let app: App;
let front: HttpFront;
let base: string;
let url: string;
let fixture: SignupFixture;
let logs: ReturnType<typeof captureLogs>;

beforeEach(async () => {
  prisma = db.prisma;
  fixture = await createSignupWithNotification(prisma);
  await prisma.coordinator.create({ data: { name: "Kim", slackUserId: COORDINATOR, organisationId: fixture.organisationId } });
  logs = captureLogs("debug");
  const receiver = new SlackRequestReceiver({ signingSecret: SIGNING_SECRET, logger: logs.logger, ackTimeoutMs: 200 });
  app = createSlackApp({ token: "xoxb-test", slackApiUrl: slack.url, receiver, prisma, translator: testTranslator(), logger: logs.logger });
  front = createHttpFront({ routes: [receiver.route], logger: logs.logger, bodyLimitBytes: 64 * 1024 });
  const address = await front.listen(0, "127.0.0.1");
  base = `http://127.0.0.1:${address.port}`;
  url = `${base}${SLACK_EVENTS_PATH}`;
});
afterEach(() => front.close());

function signed(body: string, contentType = "application/x-www-form-urlencoded"): RequestInit {
  const init = signedSlackRequest(body, SIGNING_SECRET);
  return { ...init, headers: { ...(init.headers as Record<string, string>), "content-type": contentType } };
}

/** A request signed for another time: Slack's replay protection refuses it. */
function signedAt(body: string, timestampSeconds: number): RequestInit {
  const signature = `v0=${createHmac("sha256", SIGNING_SECRET).update(`v0:${timestampSeconds}:${body}`).digest("hex")}`;
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": String(timestampSeconds), "x-slack-signature": signature },
    body,
  };
}

function clickBody(messageTs: string, actionId = "signup_status_contacted"): string {
  const payload = {
    type: "block_actions",
    user: { id: COORDINATOR, username: "kim", name: "kim", team_id: "T0TEAM0001" },
    api_app_id: "A0APP00001",
    container: { type: "message", message_ts: messageTs, channel_id: "C0TAFEL001", is_ephemeral: false },
    trigger_id: "1.2.3",
    team: { id: "T0TEAM0001", domain: "ehrenamt-test" },
    channel: { id: "C0TAFEL001", name: "tafel" },
    message: { type: "message", ts: messageTs, text: PERSONAL },
    actions: [{ action_id: actionId, block_id: "signup_status_actions", value: String(fixture.signupId), type: "button", action_ts: "1700000100.1" }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A genuine click after whatever came before: answered, and the status set. */
async function aClickStillWorks(): Promise<void> {
  const posted = await app.client.chat.postMessage({ channel: "C0TAFEL001", text: "Neue Anmeldung" });
  const response = await fetch(url, signed(clickBody(posted.ts!)));
  expect(response.status).toBe(200);
  await expect.poll(async () => (await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status).toBe("contacted");
}

function logText(): string {
  return JSON.stringify(logs.records);
}

describe("requests Bolt's HTTPReceiver crashed on", () => {
  it("answers other methods and paths without credentials with 405/404", async () => {
    const get = await fetch(url);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect((await fetch(`${url}/x`, { method: "POST", body: "" })).status).toBe(404);
    expect((await fetch(`${base}/slack/eventsXYZ`, { method: "POST", body: "" })).status).toBe(404);
    await aClickStillWorks();
  });

  it("refuses a signed `null` payload, as form and as JSON, with 400", async () => {
    expect((await fetch(url, signed("payload=null"))).status).toBe(400);
    expect((await fetch(url, signed("null", "application/json"))).status).toBe(400);
    expect((await fetch(url, signed("[1,2]", "application/json"))).status).toBe(400);
    expect((await fetch(url, signed('"text"', "application/json"))).status).toBe(400);
    const refusals = logs.records.filter((record) => record.msg === "slack request refused: body");
    expect(refusals.map((record) => record.type)).toEqual(["null", "null", "array", "string"]);
    await aClickStillWorks();
  });

  it("refuses malformed JSON and an unknown content type with 400", async () => {
    expect((await fetch(url, signed(`payload=${encodeURIComponent(`{"type": "block_actions", "x": "${PERSONAL}"`)}`))).status).toBe(400);
    expect((await fetch(url, signed(`{"type": "event_callback"`, "application/json"))).status).toBe(400);
    expect((await fetch(url, signed("type=x", "text/plain"))).status).toBe(400);
    expect(logText()).not.toContain("Wiebke");
    await aClickStillWorks();
  });

  it("answers a body over the front's limit with 413", async () => {
    const huge = `payload=${"x".repeat(100 * 1024)}`;
    expect((await fetch(url, signed(huge))).status).toBe(413);
    await aClickStillWorks();
  });
});

describe("signature", () => {
  it("refuses missing, wrong, stale and future signatures with 401 and logs no body", async () => {
    const body = clickBody("1700000000.000100");
    const now = Math.floor(Date.now() / 1000);
    const unsigned = await fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body });
    const wrong = await fetch(url, signedSlackRequest(body, "another-secret"));
    const stale = await fetch(url, signedAt(body, now - 10 * 60));
    const future = await fetch(url, signedAt(body, now + 10 * 60));
    const garbled = await fetch(url, { method: "POST", headers: { "x-slack-signature": "v0=zz", "x-slack-request-timestamp": "yesterday" }, body });

    expect([unsigned.status, wrong.status, stale.status, future.status, garbled.status]).toEqual([401, 401, 401, 401, 401]);
    expect((await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status).toBe("new");
    const refusals = logs.records.filter((record) => record.msg === "slack request refused: signature");
    expect(refusals).toHaveLength(5);
    expect(refusals.every((record) => record.level === 40)).toBe(true);
    expect(refusals.map((record) => record.reason)).toContain("timestamp in the future");
    expect(refusals.some((record) => String(record.reason).includes("stale"))).toBe(true);
    expect(refusals.some((record) => String(record.reason).includes("signature mismatch"))).toBe(true);
    expect(logText()).not.toContain("Wiebke");
    expect(slack.calls).toEqual([]);
  });

  it("answers Slack's unsigned ssl_check with 200 and nothing else", async () => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "ssl_check=1&token=abc" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    expect(slack.calls).toEqual([]);
  });
});

describe("dispatching to Bolt", () => {
  it("answers the url_verification challenge", async () => {
    const response = await fetch(url, signed(JSON.stringify({ type: "url_verification", token: "t", challenge: "c-123" }), "application/json"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: "c-123" });
  });

  it("answers 200 for a request no listener takes, and logs it", async () => {
    const response = await fetch(url, signed(JSON.stringify({ type: "something_new", team_id: "T0TEAM0001" }), "application/json"));
    expect(response.status).toBe(200);
    expect(logs.records.some((record) => record.msg === "slack request handled without acknowledgement; answered 200")).toBe(true);
  });

  it("answers when the listener acknowledges, and logs a listener's later failure instead of throwing it", async () => {
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    app.action("test_ack_then_fail", async ({ ack }) => {
      await ack();
      finish();
      throw new Error(`listener broke with xoxb-1234-5678-abcdefgh in hand`);
    });
    const response = await fetch(url, signed(clickBody("1700000000.000100", "test_ack_then_fail")));
    expect(response.status).toBe(200);
    await finished;
    await expect.poll(() => logs.records.some((record) => record.msg === "slack request failed")).toBe(true);
    expect(logText()).not.toContain("xoxb-1234");
    await aClickStillWorks();
  });

  it("answers 500 when a listener fails before acknowledging", async () => {
    app.action("test_fail", async () => {
      throw new Error("broken before ack");
    });
    const response = await fetch(url, signed(clickBody("1700000000.000100", "test_fail")));
    expect(response.status).toBe(500);
    const failure = logs.records.find((record) => record.msg === "slack request failed");
    expect(failure).toMatchObject({ kind: "block_actions", err: { type: "Error", reason: "broken before ack" } });
    await aClickStillWorks();
  });

  it("answers within Slack's window when a listener never acknowledges", async () => {
    let release!: () => void;
    app.action("test_no_ack", () => new Promise<void>((resolve) => (release = resolve)));
    const response = await fetch(url, signed(clickBody("1700000000.000100", "test_no_ack")));
    expect(response.status).toBe(200);
    expect(logs.records.some((record) => record.msg === "slack request not acknowledged in time; answered 200")).toBe(true);
    release();
  });

  it("passes Slack's retry headers on to Bolt", async () => {
    let retryNum: unknown;
    app.action("test_retry", async ({ ack, context }) => {
      retryNum = context.retryNum;
      await ack();
    });
    const init = signed(clickBody("1700000000.000100", "test_retry"));
    const response = await fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), "x-slack-retry-num": "2", "x-slack-retry-reason": "http_timeout" } });
    expect(response.status).toBe(200);
    expect(retryNum).toBe(2);
  });
});
