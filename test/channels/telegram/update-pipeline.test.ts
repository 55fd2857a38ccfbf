// The update pipeline (src/channels/telegram/update-pipeline.ts) on its own, with the real bot
// and the fake Bot API: order within a chat, independence of chats, what happens when the
// database or an observer fails, and how long close() waits.
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTelegramUpdatePipeline, type TelegramUpdatePipeline } from "../../../src/channels/telegram/update-pipeline";
import { text } from "../../support/app-harness";
import { TestUser } from "../../support/telegram";
import { startChannelFixture, type ChannelFixture } from "../../support/telegram-channel";

let c: ChannelFixture;
let pipeline: TelegramUpdatePipeline;
beforeEach(async () => {
  c = await startChannelFixture();
  pipeline = createTelegramUpdatePipeline({ bot: c.bot, prisma: c.prisma, logger: c.logger, now: () => new Date(), onSettled: (id) => c.telegram.reportHandled(id) });
});
afterEach(async () => {
  c.telegram.releaseHeld();
  await pipeline.close(5_000);
  await c.close();
});

const texts = (messages: ReadonlyArray<{ text: string }>) => messages.map((message) => message.text);

describe("createTelegramUpdatePipeline", () => {
  it("handles one chat's updates in the order received while another chat's reply hangs", async () => {
    const stuck = new TestUser(c.telegram, { id: 7_700_001, firstName: "Mia", languageCode: "pt" });
    const user = new TestUser(c.telegram, { id: 7_700_002, firstName: "Nils", languageCode: "pt" });
    c.telegram.hangNext("sendMessage", { where: (payload) => Number(payload.chat_id) === stuck.chatId });

    const stuckDone = pipeline.process(stuck.messageUpdate("/start"));
    await c.telegram.waitUntil(() => (c.telegram.heldRequests.length === 1 ? true : undefined), "the stuck reply");
    // Received at once, handled one after the other.
    await Promise.all(["/start", "Deutsch bitte", "/hilfe"].map((message) => pipeline.process(user.messageUpdate(message))));

    expect(texts(user.replies)).toEqual([text("onboarding-language"), text("common-use-buttons"), text("onboarding-language"), text("help-text")]);
    expect(c.telegram.heldRequests).toHaveLength(1);
    c.telegram.releaseHeld();
    await stuckDone;
    expect(texts(stuck.replies)).toEqual([text("onboarding-language")]);
  });

  it("records updates that arrive together in one go, in order, a repeat among them without effect, and marks all handled", async () => {
    const user = new TestUser(c.telegram, { id: 7_700_006, firstName: "Sara", languageCode: "pt" });
    const other = new TestUser(c.telegram, { id: 7_700_007, firstName: "Tom", languageCode: "pt" });
    const start = user.messageUpdate("/start");
    const updates = [start, other.messageUpdate("/start"), start, user.messageUpdate("/hilfe")];

    const received = await Promise.all(updates.map((update) => pipeline.receive(update)));
    await Promise.all(received.map((entry) => entry.done));

    expect(received.map((entry) => entry.outcome)).toEqual(["accepted", "accepted", "duplicate", "accepted"]);
    expect(texts(user.replies)).toEqual([text("onboarding-language"), text("help-text")]);
    expect(texts(other.replies)).toEqual([text("onboarding-language")]);
    const rows = await c.prisma.telegramUpdate.findMany({ where: { updateId: { in: updates.map((update) => BigInt(update.update_id)) } } });
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.handledAt !== null && row.payload === null)).toBe(true);
    expect(c.telegram.reportsFor(start.update_id)).toBe(2);
  });

  it("handles an update whose recording failed anyway (long polling would lose it), and says so in the log", async () => {
    const user = new TestUser(c.telegram, { id: 7_700_003, firstName: "Olga", languageCode: "pt" });
    await c.prisma.$executeRawUnsafe('DROP TABLE "TelegramUpdate"');
    const update: Update = user.messageUpdate("/start");

    await pipeline.process(update);

    expect(user.lastReply().text).toBe(text("onboarding-language"));
    expect(c.logs.filter((record) => record.updateId === update.update_id).map((record) => record.msg)).toEqual([
      "recording telegram update failed; handling it unrecorded",
      "marking telegram update handled failed",
    ]);
  });

  it("is not disturbed by an observer that throws", async () => {
    const noisy = createTelegramUpdatePipeline({
      bot: c.bot,
      prisma: c.prisma,
      logger: c.logger,
      now: () => new Date(),
      onSettled: () => {
        throw new Error("observer bug");
      },
    });
    const user = new TestUser(c.telegram, { id: 7_700_004, firstName: "Paul", languageCode: "pt" });

    await noisy.process(user.messageUpdate("/start"));
    await noisy.process(user.messageUpdate("/hilfe"));

    expect(texts(user.replies)).toEqual([text("onboarding-language"), text("help-text")]);
    expect(c.logs.filter((record) => record.msg === "telegram update observer failed")).toHaveLength(2);
    await noisy.close(1_000);
  });

  it("waits at most the grace period for an update in flight, which stays recorded for the next start", async () => {
    const user = new TestUser(c.telegram, { id: 7_700_005, firstName: "Rita", languageCode: "pt" });
    c.telegram.hangNext("sendMessage");
    const update = user.messageUpdate("/start");
    const received = await pipeline.receive(update);
    expect(received.outcome).toBe("accepted");
    await c.telegram.waitUntil(() => (c.telegram.heldRequests.length === 1 ? true : undefined), "the held reply");

    await pipeline.close(200);

    expect(pipeline.accepting).toBe(false);
    expect(c.logs.some((record) => record.msg === "telegram updates still in flight at stop; they are handled again at the next start" && record.inFlight === 1)).toBe(true);
    const row = await c.prisma.telegramUpdate.findUniqueOrThrow({ where: { updateId: BigInt(update.update_id) } });
    expect(row.handledAt).toBeNull();
    expect(row.payload).toBe(JSON.stringify(update));
    c.telegram.releaseHeld();
    await received.done;
  });
});
