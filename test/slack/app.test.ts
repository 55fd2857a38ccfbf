import type { AddressInfo, Server } from "node:net";
import type { App } from "@slack/bolt";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSlackApp } from "../../src/channels/slack/app";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { createSilentLogger } from "../../src/logger";
import { createTestDatabase } from "../support/db";
import { startFakeSlackApi, type FakeSlackApi } from "../support/slack/fake-slack-api";
import { signedSlackRequest } from "../support/slack/signed-request";
import { createSignupWithNotification, testTranslator, type SignupFixture } from "../support/slack/fixtures";

// The whole way a click takes: signed HTTP request → Bolt's HTTP receiver → our listener →
// database → Web API. Only Slack itself is replaced by the fake.
const SIGNING_SECRET = "test-signing-secret";
const COORDINATOR = "U0COORD001";

let slack: FakeSlackApi;
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;
let app: App;
let url: string;
let fixture: SignupFixture;

beforeAll(async () => {
  slack = await startFakeSlackApi();
});
afterAll(() => slack.close());

beforeEach(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  fixture = await createSignupWithNotification(prisma);
  await prisma.coordinator.create({ data: { name: "Kim", slackUserId: COORDINATOR, organisationId: fixture.organisationId } });
  slack.reset();
  app = await createSlackApp({
    token: "xoxb-test",
    signingSecret: SIGNING_SECRET,
    slackApiUrl: slack.url,
    prisma,
    translator: testTranslator(),
    logger: createSilentLogger(),
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as Server;
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});
afterEach(async () => {
  await app.stop();
  await db.close();
});

function signedRequest(body: string, secret = SIGNING_SECRET): RequestInit {
  return signedSlackRequest(body, secret);
}

function clickPayload(messageTs: string): string {
  const payload = {
    type: "block_actions",
    user: { id: COORDINATOR, username: "kim", name: "kim", team_id: "T0TEAM0001" },
    api_app_id: "A0APP00001",
    token: "verification-token",
    container: { type: "message", message_ts: messageTs, channel_id: "C0TAFEL001", is_ephemeral: false },
    trigger_id: "1.2.3",
    team: { id: "T0TEAM0001", domain: "ehrenamt-test" },
    channel: { id: "C0TAFEL001", name: "tafel" },
    message: { type: "message", ts: messageTs, text: "Neue Anmeldung" },
    response_url: "https://hooks.slack.com/actions/x",
    actions: [{ action_id: "signup_status_accepted", block_id: "signup_status_actions", value: String(fixture.signupId), type: "button", action_ts: "1700000100.1" }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

describe("createSlackApp", () => {
  it("checks the token with auth.test at startup", () => {
    expect(slack.okCalls("auth.test").length).toBeGreaterThanOrEqual(1);
  });

  it("routes a signed button click to the status listener", async () => {
    const posted = await app.client.chat.postMessage({ channel: "C0TAFEL001", text: "Neue Anmeldung" });

    const response = await fetch(url, signedRequest(clickPayload(posted.ts!)));

    expect(response.status).toBe(200);
    // Bolt acknowledges before the listener finishes; wait for its Web API call.
    await expect.poll(() => slack.okCalls("chat.update").length).toBe(1);
    expect((await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status).toBe("accepted");
    expect(JSON.stringify(slack.okCalls("chat.update")[0]!.body.blocks)).toContain("*Zugesagt*");
  });

  it("rejects requests with a wrong signature", async () => {
    const response = await fetch(url, signedRequest(clickPayload("1700000000.000100"), "wrong-secret"));
    expect(response.status).toBe(401);
    expect((await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status).toBe("new");
  });

  it("fails at startup when Slack refuses the token", async () => {
    slack.failNext("auth.test", { error: "invalid_auth" });
    await expect(
      createSlackApp({ token: "xoxb-bad", signingSecret: SIGNING_SECRET, slackApiUrl: slack.url, prisma, translator: testTranslator(), logger: createSilentLogger() }),
    ).rejects.toMatchObject({ data: { error: "invalid_auth" } });
  });
});
