/**
 * Start-up never depends on Slack. With Slack's API closed or failing, startApp resolves, logs
 * one warning, Telegram serves residents, and the HTTP front (Slack's request URL, /healthz)
 * runs; once Slack answers again, a coordinator's click is processed. Slack is configured by
 * environment here (the harness's own fake Slack is off) so that it is broken before start-up.
 */
import { afterEach, describe, expect, it } from "vitest";
import { captureLogs, freePort, NETWORK_CHANNEL, startAppHarness, text, waitFor, type AppHarness } from "../support/app-harness";
import { startFakeSlackApi, type FakeSlackApi } from "../support/slack/fake-slack-api";
import { createSignupWithNotification } from "../support/slack/fixtures";
import { signedSlackRequest } from "../support/slack/signed-request";

const SIGNING_SECRET = "unreachable-signing-secret";
const SLACK_TOKEN = "xoxb-unreachable-0000";
const COORDINATOR = "U0COORD003";

let h: AppHarness | undefined;
let slack: FakeSlackApi | undefined;
afterEach(async () => {
  await h?.close();
  await slack?.close();
  h = undefined;
  slack = undefined;
});

function slackEnv(apiUrl: string): Record<string, string> {
  return { SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_API_URL: apiUrl, SLACK_NETWORK_CHANNEL: NETWORK_CHANNEL, SLACK_SIGNING_SECRET: SIGNING_SECRET };
}

function unreachableWarnings(records: Array<Record<string, unknown>>) {
  return records.filter((record) => String(record.msg).startsWith("Slack is unreachable"));
}

describe("Slack unreachable at start-up", () => {
  it("starts anyway, warns once, and Telegram serves a resident", async () => {
    const logs = captureLogs("info");
    // Nothing listens on this port: every Slack call fails with a connection error.
    const closedPort = await freePort();
    h = await startAppHarness({ slack: false, logger: logs.logger, env: slackEnv(`http://127.0.0.1:${closedPort}/api/`) });

    const resident = h.user({ firstName: "Hanne" });
    await resident.send("/start");
    expect(resident.lastReply().text).toBe(text("onboarding-language"));

    const health = await fetch(`http://127.0.0.1:${h.port}/healthz`);
    expect(health.status).toBe(200);

    await waitFor(() => unreachableWarnings(logs.records).length > 0, "the warning that Slack is unreachable");
    const [warning, ...more] = unreachableWarnings(logs.records);
    expect(more).toEqual([]);
    // WebClient's request error ← the connection error (src/channels/slack/slack-fetch.ts).
    expect(warning).toMatchObject({ level: 40, err: { code: "slack_webapi_request_error", cause: { code: "ECONNREFUSED" } } });
    expect(JSON.stringify(logs.records)).not.toContain(SLACK_TOKEN);
  });

  it("starts while auth.test fails, and processes a click once Slack is back", async () => {
    const logs = captureLogs("info");
    slack = await startFakeSlackApi();
    slack.failNext("auth.test", { status: 503 });
    h = await startAppHarness({ slack: false, logger: logs.logger, env: slackEnv(slack.url) });
    await waitFor(() => unreachableWarnings(logs.records).length > 0, "the warning that Slack is unreachable");
    expect(unreachableWarnings(logs.records)[0]).toMatchObject({ err: { code: "slack_webapi_http_error", status: 503 } });

    // Slack is back: a coordinator clicks under a signup message.
    const fixture = await createSignupWithNotification(h.prisma);
    await h.prisma.coordinator.create({ data: { name: "Kim", slackUserId: COORDINATOR, organisationId: fixture.organisationId } });
    const payload = {
      type: "block_actions",
      user: { id: COORDINATOR, team_id: "T0TEAM0001" },
      team: { id: "T0TEAM0001", domain: "netzwerk" },
      channel: { id: "C0TAFEL001" },
      container: { type: "message", message_ts: "1700000000.000100", channel_id: "C0TAFEL001" },
      actions: [{ action_id: "signup_status_contacted", block_id: "signup_status_actions", value: String(fixture.signupId), type: "button", action_ts: "1700000100.1" }],
    };
    const response = await fetch(`http://127.0.0.1:${h.port}/slack/events`, signedSlackRequest(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), SIGNING_SECRET));

    expect(response.status).toBe(200);
    await waitFor(async () => (await h!.prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status === "contacted", "the status set by the click");
    expect(unreachableWarnings(logs.records)).toHaveLength(1);
  });
});
