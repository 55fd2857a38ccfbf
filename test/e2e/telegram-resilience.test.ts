/**
 * Long polling when Telegram misbehaves, end to end through grammY's runner and the fake Bot
 * API: a call whose answer never comes, the same update delivered twice, a resident who floods
 * the bot, Telegram going away for a while, a restart after a crash between receiving and
 * handling, and stopping with an update in flight.
 */
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../src/db/client";
import { captureLogs, startAppHarness, text, waitFor, type AppHarness } from "../support/app-harness";
import { TestUser } from "../support/telegram";

/** Puts a command of the user into the update queue without waiting for the bot (send() would wait). */
function enqueueCommand(h: AppHarness, user: TestUser, command: string): Update {
  const message = h.telegram.addUserMessage(user.chatId, command, [{ type: "bot_command", offset: 0, length: command.length }]);
  return h.telegram.enqueueUpdate({ message: message as NonNullable<Update["message"]> });
}

const texts = (messages: ReadonlyArray<{ text: string }>) => messages.map((message) => message.text);

describe("long polling with one shared app", () => {
  let h: AppHarness;
  const logs = captureLogs("debug");
  beforeAll(async () => {
    h = await startAppHarness({ logger: logs.logger });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("answers another chat while a Bot API call of one chat hangs", async () => {
    const stuck = h.user({ firstName: "Anton" });
    const other = h.user({ firstName: "Berta" });
    h.telegram.hangNext("sendMessage", { where: (payload) => Number(payload.chat_id) === stuck.chatId });

    const stuckUpdate = enqueueCommand(h, stuck, "/start");
    await h.telegram.waitUntil(() => (h.telegram.heldRequests.length === 1 ? true : undefined), "the stuck chat's reply to be held");

    // While that call still hangs, the other chat gets its answer.
    await other.send("/start");
    expect(other.lastReply().text).toBe(text("onboarding-language"));
    expect(h.telegram.heldRequests).toHaveLength(1);
    expect(stuck.replies).toEqual([]);

    // When Telegram answers after all, the stuck chat gets its reply too.
    h.telegram.releaseHeld();
    await h.telegram.waitForHandled(stuckUpdate.update_id);
    expect(stuck.lastReply().text).toBe(text("onboarding-language"));
  });

  it("keeps one chat's updates in order while another chat's reply hangs", async () => {
    const stuck = h.user({ firstName: "Carla" });
    const user = h.user({ firstName: "Dirk" });
    h.telegram.hangNext("sendMessage", { where: (payload) => Number(payload.chat_id) === stuck.chatId });
    enqueueCommand(h, stuck, "/start");
    await h.telegram.waitUntil(() => (h.telegram.heldRequests.length === 1 ? true : undefined), "the stuck chat's reply to be held");

    // Three updates of one chat at once: each sees the state the one before left.
    await Promise.all([user.send("/start"), user.send("Deutsch bitte"), user.send("/hilfe")]);
    expect(texts(user.replies)).toEqual([text("onboarding-language"), text("common-use-buttons"), text("onboarding-language"), text("help-text")]);

    h.telegram.releaseHeld();
    await waitFor(() => stuck.replies.length === 1, "the stuck chat's reply");
  });

  it("handles an update Telegram delivers twice once: the tick stays ticked", async () => {
    const user = h.user({ firstName: "Emma" });
    await user.send("/start");
    await user.tap(text("locale-name-de"));
    await user.tap(text("onboarding-privacy-agree"));
    const tick = await user.tap(text("interest-kinder"));
    expect(user.buttons()).toContain(`✅ ${text("interest-kinder")}`);
    const mark = user.mark();
    const callsBefore = h.telegram.calls.filter((call) => call.method !== "getUpdates").length;

    // An overlapping poll: the same update, same update_id, comes again.
    await h.telegram.replayUpdate(tick, { description: "the tick again" });

    expect(user.buttons()).toContain(`✅ ${text("interest-kinder")}`);
    expect(user.repliesSince(mark)).toEqual([]);
    expect(h.telegram.calls.filter((call) => call.method !== "getUpdates")).toHaveLength(callsBefore);
    expect(h.telegram.reportsFor(tick.update_id)).toBe(2);
    // Handled and forgotten: the row keeps the id, not what was sent.
    const row = await h.prisma.telegramUpdate.findUniqueOrThrow({ where: { updateId: BigInt(tick.update_id) } });
    expect(row).toMatchObject({ payload: null });
    expect(row.handledAt).toBeInstanceOf(Date);
  });

  it("keeps polling through a time without Telegram and logs it once", async () => {
    const user = h.user({ firstName: "Fritz" });
    const since = logs.records.length;
    await h.telegram.goOffline();
    await waitFor(() => logs.records.slice(since).some((record) => record.msg === "telegram getUpdates failed; retrying every few seconds"), "the failed poll to be logged");
    await h.telegram.goOnline();

    await user.send("/start", { timeoutMs: 15_000 });

    expect(user.lastReply().text).toBe(text("onboarding-language"));
    const records = logs.records.slice(since);
    expect(records.filter((record) => record.msg === "telegram getUpdates failed; retrying every few seconds")).toHaveLength(1);
    expect(records.some((record) => record.msg === "telegram long polling works again")).toBe(true);
    expect(JSON.stringify(records)).not.toContain(h.telegram.token);
  }, 30_000);
});

describe("long polling with limits of its own", () => {
  it("gives up a hung call after the API timeout: the resident gets the apology, the next message works", async () => {
    const h = await startAppHarness({ slack: false, telegramOptions: { apiTimeoutSeconds: 2 } });
    try {
      const user = h.user({ firstName: "Gabi" });
      h.telegram.hangNext("sendMessage");

      await user.send("/start", { timeoutMs: 10_000 });

      // The reply timed out; the apology went through.
      expect(texts(user.replies)).toEqual([text("common-error")]);
      await user.send("/start");
      expect(user.lastReply().text).toBe(text("onboarding-language"));
    } finally {
      await h.close();
    }
  }, 20_000);

  it("slows a resident who floods the bot with one polite notice per window", async () => {
    const h = await startAppHarness({ slack: false, telegramOptions: { floodLimit: { updates: 3, windowMs: 60_000 } } });
    try {
      const flooder = h.user({ firstName: "Hugo" });
      const calm = h.user({ firstName: "Ina" });
      for (const message of ["/start", "a", "b", "c", "d", "e"]) await flooder.send(message);

      // Three handled, the fourth gets the notice, the rest nothing.
      expect(texts(flooder.replies)).toEqual([
        text("onboarding-language"),
        text("common-use-buttons"),
        text("onboarding-language"),
        text("common-use-buttons"),
        text("onboarding-language"),
        text("common-slow-down"),
      ]);
      // Others are not affected.
      await calm.send("/start");
      expect(calm.lastReply().text).toBe(text("onboarding-language"));
    } finally {
      await h.close();
    }
  });

  it("stops taking updates at stop() and lets the one in flight finish first", async () => {
    const h = await startAppHarness({ slack: false });
    try {
      const user = h.user({ firstName: "Jan" });
      h.telegram.hangNext("sendMessage");
      const update = enqueueCommand(h, user, "/start");
      await h.telegram.waitUntil(() => (h.telegram.heldRequests.length === 1 ? true : undefined), "the reply to be held");

      let stopped = false;
      const stopping = h.app.stop().then(() => {
        stopped = true;
      });
      // stop() ended the pending poll before it returned its promise: this one is not fetched.
      const later = enqueueCommand(h, user, "/hilfe");
      expect(stopped).toBe(false);

      h.telegram.releaseHeld();
      await stopping;
      expect(texts(user.replies)).toEqual([text("onboarding-language")]);
      expect(h.telegram.reportsFor(update.update_id)).toBe(1);
      expect(h.telegram.reportsFor(later.update_id)).toBe(0);
    } finally {
      await h.close();
    }
  });
});

describe("recovery at start-up", () => {
  it("handles updates that were received but never handled, in update_id order, and only those", async () => {
    let anna: TestUser | undefined;
    const ids: Record<string, number> = {};
    const h = await startAppHarness({
      slack: false,
      beforeStart: async ({ databaseUrl, telegram }) => {
        // What a process leaves behind that answered Telegram and then died.
        const user = new TestUser(telegram!, { id: 4_711_001, firstName: "Anna", languageCode: "pt" });
        anna = user;
        const start = user.messageUpdate("/start");
        const typed = user.messageUpdate("Deutsch bitte");
        const done = user.messageUpdate("/hilfe");
        const old = user.messageUpdate("/datenschutz");
        Object.assign(ids, { start: start.update_id, typed: typed.update_id, done: done.update_id, old: old.update_id });
        const prisma = createPrismaClient(databaseUrl);
        try {
          const now = Date.now();
          // Inserted out of order: the update_id decides.
          await prisma.telegramUpdate.create({ data: { updateId: BigInt(typed.update_id), payload: JSON.stringify(typed), receivedAt: new Date(now - 1000) } });
          await prisma.telegramUpdate.create({ data: { updateId: BigInt(start.update_id), payload: JSON.stringify(start), receivedAt: new Date(now - 2000) } });
          // Handled before the crash: not again.
          await prisma.telegramUpdate.create({ data: { updateId: BigInt(done.update_id), payload: null, receivedAt: new Date(now - 500), handledAt: new Date(now - 400) } });
          // Two days old: Telegram has forgotten it, and so do we.
          await prisma.telegramUpdate.create({ data: { updateId: BigInt(old.update_id), payload: JSON.stringify(old), receivedAt: new Date(now - 2 * 24 * 3600_000) } });
        } finally {
          await prisma.$disconnect();
        }
      },
    });
    try {
      await waitFor(() => h.telegram.reportsFor(ids.start!) === 1 && h.telegram.reportsFor(ids.typed!) === 1, "the two recovered updates");

      expect(texts(anna!.replies)).toEqual([text("onboarding-language"), text("common-use-buttons"), text("onboarding-language")]);
      const rows = await h.prisma.telegramUpdate.findMany({ where: { updateId: { in: [BigInt(ids.start!), BigInt(ids.typed!)] } } });
      expect(rows.map((row) => row.payload)).toEqual([null, null]);
      expect(rows.every((row) => row.handledAt instanceof Date)).toBe(true);
      expect(h.telegram.reportsFor(ids.done!)).toBe(0);
      // The retention run at start-up removed the old row.
      await waitFor(async () => (await h.prisma.telegramUpdate.count({ where: { updateId: BigInt(ids.old!) } })) === 0, "the old row to be deleted");
      expect(h.telegram.reportsFor(ids.old!)).toBe(0);
    } finally {
      await h.close();
    }
  });
});
