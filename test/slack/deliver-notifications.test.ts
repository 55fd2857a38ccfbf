import { beforeEach, describe, expect, it } from "vitest";
import { createSlackNotifier } from "../../src/channels/slack/slack-notifier";
import { createPrismaClient } from "../../src/db/client";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { createSilentLogger } from "../../src/logger";
import { backoffMs, deliverPendingNotifications } from "../../src/services/notification/deliver-pending-notifications";
import { enqueueNotification } from "../../src/services/notification/enqueue";
import type { NotificationSender } from "../../src/services/notification/senders";
import { useTestDatabase } from "../support/db";
import { useFakeSlackApi } from "../support/slack/fake-slack-api";
import { createOrganisation, createSignupWithNotification, testTranslator } from "../support/slack/fixtures";

const NETWORK_CHANNEL = "C0NETWORK1";
const logger = createSilentLogger();
const translator = testTranslator();

const slack = useFakeSlackApi();
const db = useTestDatabase();
let prisma: PrismaClient;
let sender: NotificationSender;

beforeEach(async () => {
  prisma = db.prisma;
  // The production path: the notifier makes its own WebClient from token and API URL.
  sender = createSlackNotifier({ prisma, translator, logger, networkChannel: NETWORK_CHANNEL, token: "xoxb-test", slackApiUrl: slack.url });
});

/** A clock the test moves by hand. */
function clock(start = new Date()) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}

function blocksText(call: { body: Record<string, unknown> }): string {
  return JSON.stringify(call.body.blocks);
}

describe("deliverPendingNotifications with the Slack notifier", () => {
  it("posts a new signup to the organisation's channel and marks the row sent", async () => {
    const fixture = await createSignupWithNotification(prisma, { firstName: "Amira", message: "Ich habe samstags Zeit." });

    const report = await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });

    expect(report).toEqual({ sent: 1, failed: 0, parked: 0, deferred: 0 });
    const posts = slack.okCalls("chat.postMessage");
    expect(posts).toHaveLength(1);
    const post = posts[0]!;
    expect(post.token).toBe("xoxb-test");
    expect(post.body.channel).toBe("C0TAFEL001");
    expect(post.body.text).toContain("Lebensmittelausgabe am Samstag");
    const blocks = blocksText(post);
    expect(blocks).toContain("Neue Anmeldung: Lebensmittelausgabe am Samstag");
    expect(blocks).toContain("Amira");
    expect(blocks).toContain("> Ich habe samstags Zeit.");
    expect(blocks).toContain("*Neu*");
    expect(blocks).toContain("https://t.me/amira_k");
    expect(blocks).toContain(`"value":"${fixture.signupId}"`);

    const row = await prisma.notification.findUniqueOrThrow({ where: { id: fixture.notificationId } });
    expect(row.status).toBe("sent");
    expect(row.attempts).toBe(1);
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.lastError).toBeNull();
    const ts = slack.messages.size > 0 ? [...slack.messages.values()].at(-1)!.ts : "";
    expect(row.externalRef).toBe(`C0TAFEL001:${ts}`);
    // The signup remembers its message; the marker lets a retry find it.
    expect(await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } })).toMatchObject({ slackChannel: "C0TAFEL001", slackTs: ts });
    expect(post.body.metadata).toEqual({ event_type: "lotse_notification", event_payload: { notification_id: fixture.notificationId } });
  });

  it("uses the network channel for organisations without a channel of their own", async () => {
    const fixture = await createSignupWithNotification(prisma, { slackChannel: null });
    await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });
    expect(slack.okCalls("chat.postMessage")[0]!.body.channel).toBe(NETWORK_CHANNEL);
    const row = await prisma.notification.findUniqueOrThrow({ where: { id: fixture.notificationId } });
    expect(row.externalRef).toMatch(new RegExp(`^${NETWORK_CHANNEL}:\\d+\\.\\d+$`));
  });

  it("falls back to the network channel, with a note, when the organisation's channel refuses", async () => {
    const fixture = await createSignupWithNotification(prisma);
    slack.failNext("chat.postMessage", { error: "not_in_channel" });

    const report = await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });

    expect(report.sent).toBe(1);
    const [refused, posted] = slack.calls.filter((c) => c.method === "chat.postMessage");
    expect(refused).toMatchObject({ failed: true, body: { channel: "C0TAFEL001" } });
    expect(posted!.body.channel).toBe(NETWORK_CHANNEL);
    expect(blocksText(posted!)).toContain("Der Slack-Kanal von Tafel Nordstadt e.V. ist nicht erreichbar (not_in_channel)");
    const row = await prisma.notification.findUniqueOrThrow({ where: { id: fixture.notificationId } });
    expect(row.externalRef?.startsWith(`${NETWORK_CHANNEL}:`)).toBe(true);
  });

  it("retries with growing backoff, parks the row after maxAttempts and tells the network channel", async () => {
    const time = clock();
    const fixture = await createSignupWithNotification(prisma, { notificationCreatedAt: time.now() });
    // random 1: the top of the jitter range, so the waits are exact.
    const options = { prisma, senders: { slack: sender }, logger, now: time.now, maxAttempts: 3, random: () => 1 };

    slack.failNext("chat.postMessage", { error: "fatal_error" }, 3);
    expect(await deliverPendingNotifications(options)).toEqual({ sent: 0, failed: 1, parked: 0, deferred: 0 });
    let row = await prisma.notification.findUniqueOrThrow({ where: { id: fixture.notificationId } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "slack:fatal_error" });
    expect(row.nextAttemptAt.getTime()).toBe(time.now().getTime() + 30_000);

    // Not due yet: nothing happens.
    time.advance(29_000);
    expect(await deliverPendingNotifications(options)).toEqual({ sent: 0, failed: 0, parked: 0, deferred: 0 });

    time.advance(1_000);
    await deliverPendingNotifications(options);
    row = await prisma.notification.findUniqueOrThrow({ where: { id: fixture.notificationId } });
    expect(row).toMatchObject({ status: "pending", attempts: 2 });
    expect(row.nextAttemptAt.getTime()).toBe(time.now().getTime() + 60_000);

    time.advance(60_000);
    // The third failure parks the row; the notice about it goes out in the same run.
    expect(await deliverPendingNotifications(options)).toEqual({ sent: 1, failed: 1, parked: 1, deferred: 0 });
    row = await prisma.notification.findUniqueOrThrow({ where: { id: fixture.notificationId } });
    expect(row).toMatchObject({ status: "parked", attempts: 3, lastError: "slack:fatal_error", sentAt: null });
    expect(row.parkedAt).toEqual(time.now());
    const notice = slack.okCalls("chat.postMessage").at(-1)!;
    expect(notice.body.channel).toBe(NETWORK_CHANNEL);
    expect(notice.body.text).toBe(
      translator.t("de", "slack-parked-notice", {
        id: String(row.id),
        kind: "signup-created",
        subject: translator.t("de", "slack-parked-subject-signup", { signupId: String(fixture.signupId) }),
        error: "slack:fatal_error",
      }),
    );

    time.advance(3_600_000);
    expect(await deliverPendingNotifications(options)).toEqual({ sent: 0, failed: 0, parked: 0, deferred: 0 });
    expect(slack.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(4);
  });

  it("caps the backoff at one hour and spreads retries by jitter", () => {
    expect([1, 2, 3, 8, 20].map((attempts) => backoffMs(attempts, () => 1))).toEqual([30_000, 60_000, 120_000, 3_600_000, 3_600_000]);
    expect(backoffMs(1, () => 0)).toBe(15_000);
    expect(backoffMs(2, () => 0.5)).toBe(45_000);
  });

  it("does not retry inside the client: the outbox owns retries", async () => {
    const fixture = await createSignupWithNotification(prisma);
    slack.failNext("chat.postMessage", { status: 503 }, 5);
    const report = await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });
    expect(report.failed).toBe(1);
    expect(slack.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(1);
    const row = await prisma.notification.findUniqueOrThrow({ where: { id: fixture.notificationId } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "slack:http_503" });
  });

  it("postpones on a rate limit without counting an attempt, and holds back the rest of the channel", async () => {
    const time = clock();
    const first = await createSignupWithNotification(prisma, { notificationCreatedAt: new Date(time.now().getTime() - 2000) });
    const second = await createSignupWithNotification(prisma, { notificationCreatedAt: new Date(time.now().getTime() - 1000) });
    slack.failNext("chat.postMessage", { status: 429, retryAfter: 20 });

    const report = await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger, now: time.now });

    expect(report).toEqual({ sent: 0, failed: 0, parked: 0, deferred: 2 });
    expect(slack.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(1);
    const rows = await prisma.notification.findMany({ where: { id: { in: [first.notificationId, second.notificationId] } }, orderBy: { id: "asc" } });
    expect(rows[0]).toMatchObject({ status: "pending", attempts: 0, lastError: "slack:rate_limited" });
    expect(rows[0]!.nextAttemptAt.getTime()).toBe(time.now().getTime() + 20_000);
    expect(rows[1]).toMatchObject({ status: "pending", attempts: 0, lastError: null });

    time.advance(20_000);
    expect(await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger, now: time.now })).toEqual({ sent: 2, failed: 0, parked: 0, deferred: 0 });
  });

  it("leaves rows of a channel without sender pending, without starving the others", async () => {
    const fixture = await createSignupWithNotification(prisma);
    for (let i = 0; i < 5; i += 1) {
      await prisma.$transaction((tx) =>
        enqueueNotification(tx, "signup-status-changed", { signupId: fixture.signupId, residentId: fixture.residentId, status: "contacted" }, { notBefore: new Date(Date.now() - 60_000) }),
      );
    }
    const warnings: unknown[] = [];
    const spyLogger = Object.assign(createSilentLogger(), { warn: (obj: unknown) => warnings.push(obj) });

    const report = await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger: spyLogger, batchSize: 3 });

    expect(report).toEqual({ sent: 1, failed: 0, parked: 0, deferred: 5 });
    expect(warnings).toEqual([{ count: 5, configuredChannels: ["slack"] }]);
    const telegram = await prisma.notification.findMany({ where: { channel: "telegram" } });
    expect(telegram.every((row) => row.status === "pending" && row.attempts === 0)).toBe(true);
  });

  it("sends each row once when two delivery loops run at the same time", async () => {
    const organisation = await createOrganisation(prisma);
    const signups = [];
    for (let i = 0; i < 6; i += 1) {
      signups.push(await createSignupWithNotification(prisma, { organisation }));
    }
    // A second connection to the same file, as a second process would have.
    const other = createPrismaClient(db.databaseUrl);
    try {
      const otherSender = createSlackNotifier({ prisma: other, translator, logger, networkChannel: NETWORK_CHANNEL, token: "xoxb-test", slackApiUrl: slack.url });
      const reports = await Promise.all([
        deliverPendingNotifications({ prisma, senders: { slack: sender }, logger }),
        deliverPendingNotifications({ prisma: other, senders: { slack: otherSender }, logger }),
        deliverPendingNotifications({ prisma, senders: { slack: sender }, logger }),
      ]);
      expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(6);
    } finally {
      await other.$disconnect();
    }
    const posted = slack.okCalls("chat.postMessage").map((c) => JSON.stringify(c.body.blocks).match(/"value":"(\d+)"/)?.[1]);
    expect(posted.sort()).toEqual(signups.map((s) => String(s.signupId)).sort());
    const rows = await prisma.notification.findMany();
    expect(rows.every((row) => row.status === "sent" && row.attempts === 1)).toBe(true);
  });

  it("renders at delivery time: an erased resident is not shown", async () => {
    const fixture = await createSignupWithNotification(prisma, { firstName: "Amira", message: "Ruft mich an: 0170 1234567" });
    await prisma.resident.delete({ where: { id: fixture.residentId } });
    await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });
    const blocks = blocksText(slack.okCalls("chat.postMessage")[0]!);
    expect(blocks).not.toContain("Amira");
    // The number's tail, not its prefix: four digits like "0170" can turn up in a timestamp or id.
    expect(blocks).not.toContain("1234567");
    expect(blocks).toContain("Die Person hat ihre Daten gelöscht");
  });

  it("shows the Telegram handle only with the resident's consent to be contacted", async () => {
    await createSignupWithNotification(prisma, { contactConsent: false });
    await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });
    const blocks = blocksText(slack.okCalls("chat.postMessage")[0]!);
    expect(blocks).not.toContain("amira_k");
    expect(blocks).toContain("direkt erreichen könnt ihr die Person nicht");
  });

  it("parks rows it can never deliver right away, and tells the network channel of each", async () => {
    // Rows as an older version or a hand edit may have left them: written without the enqueue's checks.
    const raw = (kind: string, payload: string, stream: string) => prisma.notification.create({ data: { channel: "slack", kind, payload, stream } });
    const unknownKind = await raw("opportunity-expired", "{}", "slack:a");
    const badPayload = await raw("signup-created", "{\"signup\":1}", "slack:b");
    const missing = await raw("signup-created", "{\"signupId\":999}", "slack:c");
    const notJson = await raw("signup-created", "nope", "slack:d");

    const report = await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });

    expect(report).toEqual({ sent: 4, failed: 4, parked: 4, deferred: 0 });
    const rows = await prisma.notification.findMany({ where: { kind: { not: "notification-parked" } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.id, r.status, r.lastError])).toEqual([
      [unknownKind.id, "parked", "kind:unknown:opportunity-expired"],
      [badPayload.id, "parked", "payload:invalid"],
      [missing.id, "parked", "signup:not-found"],
      [notJson.id, "parked", "payload:invalid-json"],
    ]);
    const notices = slack.okCalls("chat.postMessage");
    expect(notices.map((call) => call.body.channel)).toEqual(Array(4).fill(NETWORK_CHANNEL));
    // One notice per parked row. The four rows are of four streams, delivered side by side
    // (DEFAULT_CONCURRENCY), so they can be parked, and their notices queued, in any order.
    expect(notices.map((call) => String(call.body.text).match(/#(\d+)/)?.[1]).sort()).toEqual(rows.map((row) => String(row.id)).sort());
  });

  it("delivers in the order the rows were queued, at most batchSize rows per run", async () => {
    const organisation = await createOrganisation(prisma);
    const first = await createSignupWithNotification(prisma, { organisation });
    const second = await createSignupWithNotification(prisma, { organisation });
    expect(await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger, batchSize: 1 })).toEqual({ sent: 1, failed: 0, parked: 0, deferred: 0 });
    expect(blocksText(slack.okCalls("chat.postMessage")[0]!)).toContain(`"value":"${first.signupId}"`);
    await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger, batchSize: 1 });
    expect(blocksText(slack.okCalls("chat.postMessage")[1]!)).toContain(`"value":"${second.signupId}"`);
  });
});

describe("signup-withdrawn notifications", () => {
  async function withdraw(signupId: number) {
    await prisma.signup.update({ where: { id: signupId }, data: { status: "withdrawn", statusChangedAt: new Date() } });
    await prisma.$transaction((tx) => enqueueNotification(tx, "signup-withdrawn", { signupId }));
    return prisma.notification.findFirstOrThrow({ where: { kind: "signup-withdrawn" }, orderBy: { id: "desc" } });
  }

  it("updates the original message and replies in its thread", async () => {
    const fixture = await createSignupWithNotification(prisma);
    await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });
    const { slackChannel: channel, slackTs: ts } = await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } });

    const withdrawn = await withdraw(fixture.signupId);
    const report = await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });

    expect(report.sent).toBe(1);
    const update = slack.okCalls("chat.update")[0]!;
    expect(update.body).toMatchObject({ channel, ts });
    expect(blocksText(update)).toContain("*Zurückgezogen*");
    expect(blocksText(update)).not.toContain("signup_status_");
    const reply = slack.okCalls("chat.postMessage")[1]!;
    expect(reply.body).toMatchObject({ channel, thread_ts: ts, reply_broadcast: "true" });
    expect(reply.body.text).toContain("zurückgezogen");
    const row = await prisma.notification.findUniqueOrThrow({ where: { id: withdrawn.id } });
    expect(row.status).toBe("sent");
    expect(row.externalRef).toMatch(new RegExp(`^${channel}:`));
  });

  it("posts a message of its own when the original never went out", async () => {
    const fixture = await createSignupWithNotification(prisma);
    await prisma.notification.update({ where: { id: fixture.notificationId }, data: { status: "parked" } });
    await withdraw(fixture.signupId);

    await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });

    expect(slack.okCalls("chat.update")).toHaveLength(0);
    const post = slack.okCalls("chat.postMessage")[0]!;
    expect(post.body.channel).toBe("C0TAFEL001");
    expect(post.body.text).toBe(`Anmeldung #${fixture.signupId} für „Lebensmittelausgabe am Samstag“ wurde zurückgezogen. Bitte nicht mehr kontaktieren.`);
  });

  it("posts a message of its own when the original was deleted in Slack", async () => {
    const fixture = await createSignupWithNotification(prisma);
    await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });
    await withdraw(fixture.signupId);
    slack.failNext("chat.update", { error: "message_not_found" });

    const report = await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });

    expect(report.sent).toBe(1);
    expect(slack.okCalls("chat.postMessage")).toHaveLength(2);
    expect(slack.okCalls("chat.postMessage")[1]!.body.thread_ts).toBeUndefined();
  });
});
