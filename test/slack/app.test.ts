import type { App } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSlackApp } from "../../src/channels/slack/app";
import { SLACK_EVENTS_PATH, SlackRequestReceiver } from "../../src/channels/slack/slack-receiver";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { createHttpFront, type HttpFront } from "../../src/http/http-front";
import { captureLogs } from "../support/app-harness";
import { useTestDatabase } from "../support/db";
import { useFakeSlackApi } from "../support/slack/fake-slack-api";
import { signedSlackRequest, statusClickBody } from "../support/slack/signed-request";
import { createSignupWithNotification, testTranslator, type SignupFixture } from "../support/slack/fixtures";

// The whole way a click takes: signed HTTP request → our HTTP front → SlackRequestReceiver →
// Bolt → our listener → database → Web API. Only Slack itself is replaced by the fake.
const SIGNING_SECRET = "test-signing-secret";
const COORDINATOR = "U0COORD001";

const slack = useFakeSlackApi();
const db = useTestDatabase();
let prisma: PrismaClient;
let app: App;
let front: HttpFront;
let url: string;
let fixture: SignupFixture;
let logs: ReturnType<typeof captureLogs>;

beforeEach(async () => {
  prisma = db.prisma;
  fixture = await createSignupWithNotification(prisma);
  await prisma.coordinator.create({ data: { name: "Kim", slackUserId: COORDINATOR, organisationId: fixture.organisationId } });
  logs = captureLogs("debug");
  const receiver = new SlackRequestReceiver({ signingSecret: SIGNING_SECRET, logger: logs.logger });
  app = createSlackApp({ token: "xoxb-test", slackApiUrl: slack.url, receiver, prisma, translator: testTranslator(), logger: logs.logger });
  front = createHttpFront({ routes: [receiver.route], logger: logs.logger });
  const address = await front.listen(0, "127.0.0.1");
  url = `http://127.0.0.1:${address.port}${SLACK_EVENTS_PATH}`;
});
afterEach(() => front.close());

function signedRequest(body: string, secret = SIGNING_SECRET): RequestInit {
  return signedSlackRequest(body, secret);
}

function clickPayload(messageTs: string): string {
  return statusClickBody({ coordinator: COORDINATOR, channel: "C0TAFEL001", ts: messageTs, signupId: fixture.signupId, actionId: "signup_status_accepted" });
}

describe("createSlackApp", () => {
  it("does not call Slack when it is created, so start-up never waits for it", () => {
    expect(slack.calls).toEqual([]);
  });

  it("routes a signed button click to the status listener", async () => {
    const posted = await app.client.chat.postMessage({ channel: "C0TAFEL001", text: "Neue Anmeldung" });

    const response = await fetch(url, signedRequest(clickPayload(posted.ts!)));

    expect(response.status).toBe(200);
    // The listener acknowledges before it works; wait for its Web API call.
    await expect.poll(() => slack.okCalls("chat.update").length).toBe(1);
    expect((await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status).toBe("accepted");
    expect(JSON.stringify(slack.okCalls("chat.update")[0]!.body.blocks)).toContain("*Zugesagt*");
    // Bolt checked the token when the click came, not at start-up.
    expect(slack.okCalls("auth.test")).toHaveLength(1);
  });

  it("rejects requests with a wrong signature", async () => {
    const response = await fetch(url, signedRequest(clickPayload("1700000000.000100"), "wrong-secret"));
    expect(response.status).toBe(401);
    expect((await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status).toBe("new");
  });

  it("answers 500 while Slack refuses the token, and handles the click once Slack accepts it again", async () => {
    const posted = await app.client.chat.postMessage({ channel: "C0TAFEL001", text: "Neue Anmeldung" });
    slack.failNext("auth.test", { error: "invalid_auth" });

    const refused = await fetch(url, signedRequest(clickPayload(posted.ts!)));
    expect(refused.status).toBe(500);
    expect((await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status).toBe("new");
    const failure = logs.records.find((record) => record.msg === "slack request failed");
    expect(failure).toMatchObject({ kind: "block_actions", err: { code: "slack_bolt_authorization_error", cause: { code: "invalid_auth" } } });

    const accepted = await fetch(url, signedRequest(clickPayload(posted.ts!)));
    expect(accepted.status).toBe(200);
    await expect.poll(async () => (await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status).toBe("accepted");
  });
});
