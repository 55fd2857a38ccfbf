// Socket Mode (SLACK_APP_TOKEN): the whole product started with an app-level token connects to
// Slack over a WebSocket instead of serving /slack/events. The fake Slack answers
// apps.connections.open with a ws:// URL of its own and speaks Slack's envelopes over it.
import { statusClickPayload } from "../support/slack/signed-request";
import { afterEach, describe, expect, it } from "vitest";
import { createSlackWebClient } from "../../src/channels/slack/slack-client";
import { createSilentLogger } from "../../src/logger";
import { captureLogs, startAppHarness, waitFor, type AppHarness } from "../support/app-harness";
import { createSignupWithNotification } from "../support/slack/fixtures";

const APP_TOKEN = "xapp-1-A0APP00001-1-fake";
const COORDINATOR = "U0COORD001";

let h: AppHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function clickPayload(signupId: number, messageTs: string): Record<string, unknown> {
  return statusClickPayload({ coordinator: COORDINATOR, channel: "C0TAFEL001", ts: messageTs, signupId, actionId: "signup_status_accepted" });
}

describe("Slack Socket Mode", () => {
  it("connects over the socket, needs no HTTP server, and handles a click sent over it", async () => {
    h = await startAppHarness({ telegram: false, env: { SLACK_APP_TOKEN: APP_TOKEN } });
    const { slack, prisma } = h;
    expect(h.app.server).toBeNull();
    await waitFor(() => slack.socketMode.open() === 1, "the app to open the socket");
    const open = slack.okCalls("apps.connections.open");
    expect(open).toHaveLength(1);
    expect(open[0]!.token).toBe(APP_TOKEN);

    const fixture = await createSignupWithNotification(prisma);
    await prisma.coordinator.create({ data: { name: "Kim", slackUserId: COORDINATOR, organisationId: fixture.organisationId } });
    const posted = await createSlackWebClient({ token: "xoxb-test", slackApiUrl: slack.url, logger: createSilentLogger() }).chat.postMessage({
      channel: "C0TAFEL001",
      text: "Neue Anmeldung",
    });

    slack.socketMode.send({ type: "interactive", envelope_id: "env-click-1", accepts_response_payload: false, payload: clickPayload(fixture.signupId, posted.ts!) });

    // Acknowledged over the socket, then the listener does its work.
    const ack = await waitFor(() => slack.socketMode.received.find((message) => message.envelope_id === "env-click-1"), "the click to be acknowledged over the socket");
    expect(ack).toMatchObject({ envelope_id: "env-click-1" });
    await waitFor(async () => (await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status === "accepted", "the status to change");
    await waitFor(() => slack.okCalls("chat.update").length === 1, "the signup message to be updated");

    await h.close();
    h = undefined;
    expect(slack.socketMode.open()).toBe(0);
  });

  it("starts and serves Telegram while Slack refuses the socket, and connects once Slack answers", async () => {
    const logs = captureLogs("info");
    h = await startAppHarness({
      env: { SLACK_APP_TOKEN: APP_TOKEN },
      logger: logs.logger,
      slackSocketMode: { retryDelayMs: 200 },
      beforeStart: async ({ slack }) => {
        slack!.failNext("apps.connections.open", { status: 503 }, 2);
      },
    });
    expect(h.app.server).toBeNull();

    const anna = h.user({ firstName: "Anna" });
    await anna.send("/start");
    expect(anna.replies.length).toBeGreaterThan(0);

    await waitFor(() => h!.slack.socketMode.open() === 1, "the app to connect after the failures");
    // The socket is open on Slack's side a moment before the app has read Slack's hello and logs it.
    await waitFor(() => logs.records.find((record) => record.msg === "slack socket mode connected"), "the app to log the connection");
    const failures = logs.records.filter((record) => record.msg === "Slack socket mode could not connect; trying again");
    expect(failures).toHaveLength(2);
    // The app-level token never reaches the log.
    expect(JSON.stringify(logs.records)).not.toContain(APP_TOKEN);
  });

  it("stops without waiting for a Slack that never answered", async () => {
    h = await startAppHarness({
      telegram: false,
      env: { SLACK_APP_TOKEN: APP_TOKEN },
      beforeStart: async ({ slack }) => {
        slack!.failNext("apps.connections.open", { mode: "drop" }, 100);
      },
    });
    await waitFor(() => h!.slack.calls.some((call) => call.method === "apps.connections.open"), "a connection attempt");
    const started = Date.now();
    await h.close();
    h = undefined;
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
