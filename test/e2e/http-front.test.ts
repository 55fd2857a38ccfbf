/**
 * The whole app (startApp) with the Telegram webhook and Slack's request URL on its HTTP front:
 * what an external probe sent (unknown paths and methods, `null` and huge payloads, malformed
 * JSON, bad signatures) gets an HTTP error code, and right after it a resident is served on the
 * webhook and a coordinator's click is processed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogs, startAppHarness, text, waitFor, WEBHOOK_SECRET, type AppHarness } from "../support/app-harness";
import { createSignupWithNotification } from "../support/slack/fixtures";
import { signedSlackRequest } from "../support/slack/signed-request";

const SIGNING_SECRET = "http-front-signing-secret";
const COORDINATOR = "U0COORD004";

let h: AppHarness;
let base: string;
const logs = captureLogs("info");
beforeAll(async () => {
  h = await startAppHarness({ webhook: true, env: { SLACK_SIGNING_SECRET: SIGNING_SECRET }, logger: logs.logger });
  base = `http://127.0.0.1:${h.port}`;
});
afterAll(async () => {
  await h?.close();
});

function signed(body: string, contentType = "application/x-www-form-urlencoded"): RequestInit {
  const init = signedSlackRequest(body, SIGNING_SECRET);
  return { ...init, headers: { ...(init.headers as Record<string, string>), "content-type": contentType } };
}

describe("the app's HTTP front", () => {
  it("answers hostile requests with error codes and goes on serving Telegram and Slack", async () => {
    const events = `${base}/slack/events`;
    const answers = {
      getEvents: (await fetch(events)).status,
      eventsSubpath: (await fetch(`${events}/x`, { method: "POST" })).status,
      eventsSuffix: (await fetch(`${base}/slack/eventsXYZ`, { method: "POST" })).status,
      nullForm: (await fetch(events, signed("payload=null"))).status,
      nullJson: (await fetch(events, signed("null", "application/json"))).status,
      malformed: (await fetch(events, signed("payload=%7B%22type%22", "application/x-www-form-urlencoded"))).status,
      badSignature: (await fetch(events, signedSlackRequest("payload=%7B%7D", "not-the-secret"))).status,
      huge: (await fetch(events, signed(`payload=${"x".repeat(2 * 1024 * 1024)}`))).status,
      webhookGet: (await fetch(h.webhookUrl)).status,
      webhookHuge: (await fetch(h.webhookUrl, { method: "POST", headers: { "x-telegram-bot-api-secret-token": WEBHOOK_SECRET }, body: "x".repeat(2 * 1024 * 1024) })).status,
      health: (await fetch(`${base}/healthz`)).status,
    };
    expect(answers).toEqual({
      getEvents: 405,
      eventsSubpath: 404,
      eventsSuffix: 404,
      nullForm: 400,
      nullJson: 400,
      malformed: 400,
      badSignature: 401,
      huge: 413,
      webhookGet: 405,
      webhookHuge: 413,
      health: 200,
    });

    // Telegram: a resident is answered through the webhook.
    const resident = h.user({ firstName: "Jorinde" });
    expect(await h.postUpdate(resident.messageUpdate("/start"))).toBe(200);
    expect(resident.lastReply().text).toBe(text("onboarding-language"));

    // Slack: a coordinator's click sets the status.
    const fixture = await createSignupWithNotification(h.prisma);
    await h.prisma.coordinator.create({ data: { name: "Kim", slackUserId: COORDINATOR, organisationId: fixture.organisationId } });
    const payload = {
      type: "block_actions",
      user: { id: COORDINATOR, team_id: "T0TEAM0001" },
      team: { id: "T0TEAM0001" },
      channel: { id: "C0TAFEL001" },
      container: { type: "message", message_ts: "1700000000.000100", channel_id: "C0TAFEL001" },
      actions: [{ action_id: "signup_status_accepted", block_id: "signup_status_actions", value: String(fixture.signupId), type: "button", action_ts: "1700000100.1" }],
    };
    expect((await fetch(events, signed(new URLSearchParams({ payload: JSON.stringify(payload) }).toString()))).status).toBe(200);
    await waitFor(async () => (await h.prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status === "accepted", "the status set by the click");

    expect(JSON.stringify(logs.records)).not.toContain("Jorinde");
  });
});
