import { WebClient } from "@slack/web-api";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createSetSignupStatusListener } from "../../src/channels/slack/listeners/actions/set-signup-status";
import { buildSignupMessage } from "../../src/channels/slack/signup-message";
import { loadSignupView } from "../../src/channels/slack/load-signup-view";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { createSilentLogger } from "../../src/logger";
import { createSlackNotifier } from "../../src/channels/slack/slack-notifier";
import { deliverPendingNotifications } from "../../src/services/notification/deliver-pending-notifications";
import { withdrawSignup } from "../../src/services/signup/withdraw-signup";
import { useTestDatabase } from "../support/db";
import { useFakeSlackApi } from "../support/slack/fake-slack-api";
import { createOrganisation, createSignupWithNotification, testTranslator, type SignupFixture } from "../support/slack/fixtures";

const translator = testTranslator();
const logger = createSilentLogger();
const CHANNEL = "C0TAFEL001";
const COORDINATOR = "U0COORD001";

const slack = useFakeSlackApi();
const db = useTestDatabase();
let prisma: PrismaClient;
let client: WebClient;
let fixture: SignupFixture;
let messageTs: string;

beforeAll(() => {
  client = new WebClient("xoxb-test", { slackApiUrl: slack.url, retryConfig: { retries: 0 } });
});

beforeEach(async () => {
  prisma = db.prisma;
  fixture = await createSignupWithNotification(prisma);
  await prisma.coordinator.create({ data: { name: "Kim Koordination", slackUserId: COORDINATOR, organisationId: fixture.organisationId } });
  // The message the outbox posted earlier, so that chat.update has something to update.
  const loaded = await loadSignupView(prisma, fixture.signupId);
  const posted = await client.chat.postMessage({ channel: CHANNEL, ...buildSignupMessage(loaded!.view, { translator }) });
  messageTs = posted.ts!;
  slack.calls.length = 0;
});

/** A block_actions body as Slack sends it for a click on one of our buttons (trimmed only where irrelevant). */
function actionBody(actionId: string, value: string, userId = COORDINATOR): Record<string, unknown> {
  return {
    type: "block_actions",
    user: { id: userId, username: "kim", name: "kim", team_id: "T0TEAM0001" },
    api_app_id: "A0APP00001",
    token: "verification-token",
    container: { type: "message", message_ts: messageTs, channel_id: CHANNEL, is_ephemeral: false },
    trigger_id: "123.456.abc",
    team: { id: "T0TEAM0001", domain: "ehrenamt-test" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: CHANNEL, name: "tafel-anmeldungen" },
    message: { type: "message", subtype: "bot_message", text: "Neue Anmeldung", ts: messageTs, bot_id: "B0BOT00001", blocks: [] },
    state: { values: {} },
    response_url: "https://hooks.slack.com/actions/T0TEAM0001/1/abc",
    actions: [
      {
        action_id: actionId,
        block_id: "signup_status_actions",
        text: { type: "plain_text", text: "Kontaktiert", emoji: false },
        value,
        type: "button",
        action_ts: "1700000100.000001",
      },
    ],
  };
}

async function click(actionId: string, value = String(fixture.signupId), userId = COORDINATOR) {
  const order: string[] = [];
  const ack = vi.fn(async () => {
    order.push(`ack after ${slack.calls.length} Slack calls`);
  });
  const listener = createSetSignupStatusListener({ prisma, translator, logger });
  await listener({ ack, body: actionBody(actionId, value, userId), client });
  return { ack, order };
}

describe("set-signup-status listener", () => {
  it("acknowledges first, saves the status, queues the resident's message and updates the Slack message", async () => {
    const { ack, order } = await click("signup_status_contacted");

    expect(ack).toHaveBeenCalledTimes(1);
    expect(order).toEqual(["ack after 0 Slack calls"]);

    const signup = await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } });
    expect(signup.status).toBe("contacted");

    const notifications = await prisma.notification.findMany({ where: { channel: "telegram" } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ kind: "signup-status-changed", status: "pending" });
    expect(JSON.parse(notifications[0]!.payload)).toEqual({ signupId: fixture.signupId, residentId: fixture.residentId, status: "contacted" });

    const updates = slack.okCalls("chat.update");
    expect(updates).toHaveLength(1);
    expect(updates[0]!.body).toMatchObject({ channel: CHANNEL, ts: messageTs });
    const blocks = JSON.stringify(updates[0]!.body.blocks);
    expect(blocks).toContain("*Kontaktiert*");
    expect(blocks).toContain(`gesetzt von <@${COORDINATOR}>`);
    expect(blocks).not.toContain("signup_status_contacted");
    expect(blocks).toContain("signup_status_accepted");
    expect(slack.messages.get(`${CHANNEL}:${messageTs}`)?.text).toContain("Kontaktiert");
    expect(slack.okCalls("chat.postEphemeral")).toHaveLength(0);
  });

  it("keeps saying who set the status and when after a later re-render (the resident withdrew)", async () => {
    await click("signup_status_contacted");
    // The outbox posted this message: the withdrawal updates it there.
    await prisma.signup.update({ where: { id: fixture.signupId }, data: { slackChannel: CHANNEL, slackTs: messageTs } });
    await prisma.notification.updateMany({ data: { status: "sent" } });
    await withdrawSignup({ prisma, residentId: fixture.residentId, signupId: fixture.signupId, now: new Date() });
    const slackSender = createSlackNotifier({ prisma, translator, logger, client, networkChannel: "C0NETZWERK" });
    await deliverPendingNotifications({ prisma, senders: { slack: slackSender }, logger });

    const updates = slack.okCalls("chat.update");
    expect(updates).toHaveLength(2);
    const blocks = JSON.stringify(updates[1]!.body.blocks);
    expect(blocks).toContain("*Zurückgezogen*");
    expect(blocks).toMatch(new RegExp(`Status „Kontaktiert“ gesetzt von <@${COORDINATOR}> am <!date\\^\\d+\\^`));
    expect(blocks).toContain("Status „Zurückgezogen“ gesetzt von der angemeldeten Person am");
  });

  it("tells an unregistered Slack user so, and changes nothing", async () => {
    await click("signup_status_accepted", String(fixture.signupId), "U0STRANGER");

    const ephemeral = slack.okCalls("chat.postEphemeral");
    expect(ephemeral).toHaveLength(1);
    expect(ephemeral[0]!.body).toMatchObject({ channel: CHANNEL, user: "U0STRANGER" });
    expect(ephemeral[0]!.body.text).toContain("nicht als Koordinator:in eingetragen");
    expect((await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status).toBe("new");
    expect(await prisma.notification.count({ where: { channel: "telegram" } })).toBe(0);
    expect(slack.okCalls("chat.update")).toHaveLength(0);
  });

  it("refuses coordinators of another organisation", async () => {
    const other = await createOrganisation(prisma, { name: "Sportverein" });
    await prisma.coordinator.create({ data: { name: "Sam", slackUserId: "U0OTHER001", organisationId: other.organisationId } });

    await click("signup_status_accepted", String(fixture.signupId), "U0OTHER001");

    expect(slack.okCalls("chat.postEphemeral")[0]!.body.text).toContain("gehört zu Tafel Nordstadt e.V.");
    expect((await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status).toBe("new");
  });

  it("lets network coordinators (no organisation) act on every signup", async () => {
    await prisma.coordinator.create({ data: { name: "Netzwerk", slackUserId: "U0NETWORK1", organisationId: null } });
    await click("signup_status_accepted", String(fixture.signupId), "U0NETWORK1");
    expect((await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status).toBe("accepted");
  });

  it("explains a move the status table forbids and refreshes the stale message", async () => {
    await prisma.signup.update({ where: { id: fixture.signupId }, data: { status: "withdrawn" } });

    await click("signup_status_accepted");

    expect(slack.okCalls("chat.postEphemeral")[0]!.body.text).toBe(
      "Die Anmeldung steht auf „Zurückgezogen“ und kann nicht mehr auf „Zugesagt“ gesetzt werden.",
    );
    const update = slack.okCalls("chat.update")[0]!;
    expect(JSON.stringify(update.body.blocks)).toContain("*Zurückgezogen*");
    expect(JSON.stringify(update.body.blocks)).not.toContain("signup_status_");
    expect(await prisma.notification.count({ where: { channel: "telegram" } })).toBe(0);
  });

  it("treats a second click on the same status as done, without a second message to the resident", async () => {
    await click("signup_status_contacted");
    await click("signup_status_contacted");
    expect(await prisma.notification.count({ where: { channel: "telegram" } })).toBe(1);
    expect(slack.okCalls("chat.update")).toHaveLength(2);
    expect(slack.okCalls("chat.postEphemeral")).toHaveLength(0);
  });

  it("does not queue a message for an anonymised signup", async () => {
    await prisma.resident.delete({ where: { id: fixture.residentId } });
    await click("signup_status_declined");
    expect((await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status).toBe("declined");
    expect(await prisma.notification.count({ where: { channel: "telegram" } })).toBe(0);
    expect(JSON.stringify(slack.okCalls("chat.update")[0]!.body.blocks)).toContain("Die Person hat ihre Daten gelöscht");
  });

  it("says so when the signup does not exist", async () => {
    await click("signup_status_contacted", "987654");
    expect(slack.okCalls("chat.postEphemeral")[0]!.body.text).toBe("Diese Anmeldung gibt es nicht mehr.");
  });

  it("acknowledges and ignores bodies that are not what our buttons send", async () => {
    for (const [actionId, value] of [
      ["signup_status_contacted", "not-a-number"],
      ["signup_status_withdrawn", String(fixture.signupId)],
      ["signup_status_contacted", "0"],
    ] as const) {
      const { ack } = await click(actionId, value);
      expect(ack).toHaveBeenCalledTimes(1);
    }
    const listener = createSetSignupStatusListener({ prisma, translator, logger });
    const ack = vi.fn(async () => {});
    await listener({ ack, body: { type: "view_submission" }, client });
    expect(ack).toHaveBeenCalledTimes(1);

    expect(slack.calls).toHaveLength(0);
    expect((await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status).toBe("new");
  });

  it("keeps the saved status when updating the Slack message fails", async () => {
    slack.failNext("chat.update", { error: "message_not_found" });
    await click("signup_status_accepted");
    expect((await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).status).toBe("accepted");
    expect(await prisma.notification.count({ where: { channel: "telegram" } })).toBe(1);
  });
});
