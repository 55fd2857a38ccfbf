// The outbox against a Slack and a Telegram that fail: order per stream, exactly one Slack
// message per notification after timeouts, parking. The real WebClient and grammY talk to the
// local fakes; the clock is the test's.
import { Api } from "grammy";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSlackNotifier, NOTIFICATION_MARKER_EVENT } from "../../../src/channels/slack/slack-notifier";
import { createTelegramNotifier } from "../../../src/channels/telegram/telegram-notifier";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { createSilentLogger } from "../../../src/logger";
import { deliverPendingNotifications, type DeliverPendingNotificationsOptions } from "../../../src/services/notification/deliver-pending-notifications";
import { enqueueNotification } from "../../../src/services/notification/enqueue";
import type { NotificationSenders } from "../../../src/services/notification/senders";
import { createTestDatabase } from "../../support/db";
import { startFakeSlackApi, type FakeFailure, type FakeSlackApi } from "../../support/slack/fake-slack-api";
import { createOrganisation, createSignupWithNotification, testTranslator } from "../../support/slack/fixtures";
import { startFakeBotApi, type FakeBotApi } from "../../support/telegram";

const NETWORK_CHANNEL = "C0NETWORK1";
const ORG_CHANNEL = "C0TAFEL001";
const logger = createSilentLogger();
const translator = testTranslator();

let slack: FakeSlackApi;
let telegram: FakeBotApi;
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;
let senders: NotificationSenders;

beforeAll(async () => {
  [slack, telegram] = await Promise.all([startFakeSlackApi(), startFakeBotApi()]);
});
afterAll(async () => {
  await Promise.all([slack.close(), telegram.close()]);
});
beforeEach(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  slack.reset();
  senders = {
    slack: createSlackNotifier({ prisma, translator, logger, networkChannel: NETWORK_CHANNEL, token: "xoxb-test", slackApiUrl: slack.url }),
    telegram: createTelegramNotifier({ api: new Api(telegram.token, { apiRoot: telegram.apiRoot }), prisma, translator }),
  };
});

/** Senders whose Slack requests time out soon, for the tests where Slack never answers. */
function impatientSenders(): NotificationSenders {
  return {
    ...senders,
    slack: createSlackNotifier({ prisma, translator, logger, networkChannel: NETWORK_CHANNEL, token: "xoxb-test", slackApiUrl: slack.url, requestTimeoutMs: 500 }),
  };
}
afterEach(() => db.close());

/**
 * A clock the test moves by hand, starting a little ahead of the wall clock so that rows the
 * test queues are due (Slack's history look-up is by wall-clock time, so not far ahead).
 */
function clock() {
  let current = Date.now() + 5_000;
  return { now: () => new Date(current), advance: (ms: number) => void (current += ms) };
}

async function enqueue(...args: Parameters<typeof enqueueNotification>) {
  const [, kind, payload, options] = args;
  await prisma.$transaction((tx) => enqueueNotification(tx, kind, payload, options));
}

async function withdraw(signupId: number) {
  await prisma.signup.update({ where: { id: signupId }, data: { status: "withdrawn" } });
  await enqueue(prisma as never, "signup-withdrawn", { signupId });
}

/** Top-level Slack messages posted for a signup's signup-created notification, found by their marker. */
async function signupMessages(signupId: number) {
  const created = await prisma.notification.findMany({ where: { kind: "signup-created", stream: `slack:signup:${signupId}` }, select: { id: true } });
  const ids = new Set(created.map((row) => row.id));
  return [...slack.messages.values()].filter((message) => {
    const marker = (message.metadata as { event_payload?: { notification_id?: number } } | undefined)?.event_payload?.notification_id;
    return message.threadTs === undefined && marker !== undefined && ids.has(marker);
  });
}

describe("streams side by side", () => {
  it("delivers several streams at once, never two rows of one stream at once, each stream in order", async () => {
    const onTheirWay = new Map<string, number>();
    const delivered: Array<{ stream: string; id: number }> = [];
    let most = 0;
    const stream = (notification: { payload: unknown }) => `signup:${(notification.payload as { signupId: number }).signupId}`;
    const slow: NotificationSenders = {
      slack: {
        async deliver(notification) {
          const key = stream(notification);
          expect(onTheirWay.get(key) ?? 0).toBe(0);
          onTheirWay.set(key, 1);
          most = Math.max(most, [...onTheirWay.values()].reduce((sum, count) => sum + count, 0));
          await new Promise((resolve) => setTimeout(resolve, 20));
          onTheirWay.set(key, 0);
          delivered.push({ stream: key, id: notification.id });
          return { ref: null };
        },
      },
    };
    for (let signupId = 1; signupId <= 6; signupId += 1) {
      await enqueue(prisma as never, "signup-created", { signupId });
      await enqueue(prisma as never, "signup-withdrawn", { signupId });
    }

    const report = await deliverPendingNotifications({ prisma, senders: slow, logger, batchSize: 100 });

    expect(report).toEqual({ sent: 12, failed: 0, parked: 0, deferred: 0 });
    expect(most).toBeGreaterThan(1);
    for (let signupId = 1; signupId <= 6; signupId += 1) {
      const ids = delivered.filter((entry) => entry.stream === `signup:${signupId}`).map((entry) => entry.id);
      expect(ids).toHaveLength(2);
      expect(ids[0]).toBeLessThan(ids[1]!);
    }
  });
});

describe("order within a stream", () => {
  it("holds a withdrawal back until the signup message it refers to is out", async () => {
    const time = clock();
    const options: DeliverPendingNotificationsOptions = { prisma, senders, logger, now: time.now, random: () => 1 };
    const fixture = await createSignupWithNotification(prisma);
    slack.failNext("chat.postMessage", { status: 500 });
    expect(await deliverPendingNotifications(options)).toMatchObject({ sent: 0, failed: 1 });

    await withdraw(fixture.signupId);
    // The withdrawal is due, but the signup message before it waits in backoff: nothing goes out.
    expect(await deliverPendingNotifications(options)).toMatchObject({ sent: 0, failed: 0 });
    expect(slack.okCalls("chat.postMessage")).toHaveLength(0);

    time.advance(30_000);
    expect(await deliverPendingNotifications(options)).toMatchObject({ sent: 2, failed: 0 });
    const [original] = await signupMessages(fixture.signupId);
    expect(original).toBeDefined();
    // The withdrawal updated the original and replied in its thread, in that order.
    expect(slack.okCalls("chat.update")[0]!.body).toMatchObject({ channel: ORG_CHANNEL, ts: original!.ts });
    expect(slack.okCalls("chat.postMessage")[1]!.body).toMatchObject({ channel: ORG_CHANNEL, thread_ts: original!.ts });
  });

  it("does not hold back other streams", async () => {
    const time = clock();
    const options: DeliverPendingNotificationsOptions = { prisma, senders, logger, now: time.now, random: () => 1 };
    const organisation = await createOrganisation(prisma);
    const stuck = await createSignupWithNotification(prisma, { organisation });
    const other = await createSignupWithNotification(prisma, { organisation });
    slack.failNext("chat.postMessage", { status: 500 });

    expect(await deliverPendingNotifications(options)).toMatchObject({ sent: 1, failed: 1 });
    expect(await signupMessages(stuck.signupId)).toHaveLength(0);
    expect(await signupMessages(other.signupId)).toHaveLength(1);
  });

  it("tells a resident 'contacted' before 'accepted', even when the first message fails", async () => {
    const time = clock();
    const options: DeliverPendingNotificationsOptions = { prisma, senders, logger, now: time.now, random: () => 1 };
    const fixture = await createSignupWithNotification(prisma);
    const chatId = 7_100_001;
    telegram.registerPrivateChat({ id: chatId, is_bot: false, first_name: "Amira" });
    await prisma.resident.update({ where: { id: fixture.residentId }, data: { channelUserId: String(chatId) } });
    await prisma.notification.updateMany({ data: { status: "sent" } }); // the Slack side is not under test here

    await enqueue(prisma as never, "signup-status-changed", { signupId: fixture.signupId, residentId: fixture.residentId, status: "contacted" });
    await enqueue(prisma as never, "signup-status-changed", { signupId: fixture.signupId, residentId: fixture.residentId, status: "accepted" });
    telegram.failNext("sendMessage", { error_code: 500, description: "Internal Server Error" });

    expect(await deliverPendingNotifications(options)).toMatchObject({ sent: 0, failed: 1 });
    time.advance(30_000);
    expect(await deliverPendingNotifications(options)).toMatchObject({ sent: 2, failed: 0 });

    const texts = telegram.transcript(chatId).map((message) => message.text);
    const args = { title: "Lebensmittelausgabe am Samstag", organisation: "Tafel Nordstadt e.V." };
    expect(texts).toHaveLength(2);
    expect(texts[0]).toBe(translator.t("de", "notify-signup-contacted", args));
    // "accepted" goes on with the organisation's contact (test/e2e/resident-follow-ups.test.ts).
    expect(texts[1]).toMatch(new RegExp(`^${escapeRegExp(translator.t("de", "notify-signup-accepted", args))}\\n\\n`));
  });
});

describe("exactly one Slack message per notification", () => {
  beforeEach(() => {
    senders = impatientSenders();
  });

  it("finds the first attempt by its marker after a post whose answer never came", async () => {
    const time = clock();
    const options: DeliverPendingNotificationsOptions = { prisma, senders, logger, now: time.now, random: () => 1 };
    const fixture = await createSignupWithNotification(prisma);
    // Slack carries the post out, but the answer never arrives: the client times out.
    slack.failNext("chat.postMessage", { mode: "hang" });

    expect(await deliverPendingNotifications(options)).toMatchObject({ sent: 0, failed: 1 });
    expect(await signupMessages(fixture.signupId)).toHaveLength(1);

    time.advance(30_000);
    expect(await deliverPendingNotifications(options)).toMatchObject({ sent: 1, failed: 0 });
    const messages = await signupMessages(fixture.signupId);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.metadata).toEqual({ event_type: NOTIFICATION_MARKER_EVENT, event_payload: { notification_id: fixture.notificationId } });
    const signup = await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } });
    expect(signup).toMatchObject({ slackChannel: ORG_CHANNEL, slackTs: messages[0]!.ts });
    expect(slack.calls.filter((call) => call.method === "chat.postMessage")).toHaveLength(1);
  });

  it("finds a thread reply the same way", async () => {
    const time = clock();
    const options: DeliverPendingNotificationsOptions = { prisma, senders, logger, now: time.now, random: () => 1 };
    const fixture = await createSignupWithNotification(prisma);
    await deliverPendingNotifications(options);
    await withdraw(fixture.signupId);
    slack.failNext("chat.postMessage", { mode: "hang" });

    expect(await deliverPendingNotifications(options)).toMatchObject({ failed: 1 });
    time.advance(30_000);
    expect(await deliverPendingNotifications(options)).toMatchObject({ sent: 1 });
    const replies = [...slack.messages.values()].filter((message) => message.threadTs !== undefined);
    expect(replies).toHaveLength(1);
    expect(slack.calls.filter((call) => call.method === "conversations.replies")).toHaveLength(1);
  });

  it("posts again when Slack will not let it look (no history scope), as documented", async () => {
    const time = clock();
    const options: DeliverPendingNotificationsOptions = { prisma, senders, logger, now: time.now, random: () => 1 };
    const fixture = await createSignupWithNotification(prisma);
    slack.failNext("chat.postMessage", { mode: "hang" });
    await deliverPendingNotifications(options);

    time.advance(30_000);
    slack.failNext("conversations.history", { error: "missing_scope" });
    expect(await deliverPendingNotifications(options)).toMatchObject({ sent: 1 });
    // The trade-off: a duplicate rather than a lost signup.
    expect(await signupMessages(fixture.signupId)).toHaveLength(2);
  });

  it("delivers everything exactly once and in order after a storm of faults", async () => {
    const time = clock();
    const options: DeliverPendingNotificationsOptions = { prisma, senders, logger, now: time.now, random: () => 0.5, maxAttempts: 100 };
    const organisation = await createOrganisation(prisma);
    const signups = [];
    for (let i = 0; i < 6; i += 1) signups.push(await createSignupWithNotification(prisma, { organisation }));
    for (const signup of signups.slice(0, 4)) await withdraw(signup.signupId);

    // A fixed sequence of faults, every kind the issue names, spread over the methods used.
    const faults: FakeFailure[] = [{ status: 500 }, { status: 429, retryAfter: 2 }, { mode: "drop" }, { mode: "hang" }, { error: "internal_error" }, { status: 503 }];
    for (const [index, fault] of [...faults, ...faults].entries()) slack.failNext(index % 3 === 2 ? "chat.update" : "chat.postMessage", fault);
    slack.failNext("conversations.history", { status: 500 });
    slack.failNext("conversations.replies", { mode: "drop" });

    for (let round = 0; round < 60; round += 1) {
      await deliverPendingNotifications(options);
      if ((await prisma.notification.count({ where: { status: "pending" } })) === 0) break;
      time.advance(60_000);
    }

    expect(slack.calls.filter((call) => call.failed)).toHaveLength(faults.length * 2 + 2);
    expect(await prisma.notification.count({ where: { status: { not: "sent" } } })).toBe(0);
    for (const [index, signup] of signups.entries()) {
      const messages = await signupMessages(signup.signupId);
      expect(messages, `signup ${signup.signupId}`).toHaveLength(1);
      const replies = [...slack.messages.values()].filter((message) => message.threadTs === messages[0]!.ts);
      expect(replies, `replies to signup ${signup.signupId}`).toHaveLength(index < 4 ? 1 : 0);
      // The withdrawal reached Slack after the message it refers to: it updated that very message.
      if (index < 4) expect(JSON.stringify(messages[0]!.blocks)).toContain(translator.t("de", "status-withdrawn"));
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
