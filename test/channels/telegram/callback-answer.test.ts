// Answering a button press (src/channels/telegram/callback-answer.ts) through the real bot and
// pipeline against the fake Bot API: answered by the handler when no webhook reply did, and a
// failed answer does not cost the resident the reply.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { webhookReplyAnswering } from "../../../src/channels/telegram/callback-answer";
import { createTelegramUpdatePipeline, type TelegramUpdatePipeline } from "../../../src/channels/telegram/update-pipeline";
import { callbackDataOf, text } from "../../support/app-harness";
import { TestUser } from "../../support/telegram";
import { startChannelFixture, type ChannelFixture } from "../../support/telegram-channel";

let c: ChannelFixture;
let pipeline: TelegramUpdatePipeline;
let user: TestUser;
beforeEach(async () => {
  c = await startChannelFixture();
  pipeline = createTelegramUpdatePipeline({ bot: c.bot, prisma: c.prisma, logger: c.logger, now: () => new Date() });
  user = new TestUser(c.telegram, { id: 6_700_001, firstName: "Ole", languageCode: "de" });
  await pipeline.process(user.messageUpdate("/start"));
});
afterEach(async () => {
  await pipeline.close(5_000);
  await c.close();
});

const firstButton = () => callbackDataOf(user, user.buttons()[0]!);

describe("answering a button press", () => {
  it("is done by the handler when no webhook reply did it", async () => {
    await pipeline.process(user.callbackUpdate(firstButton()));
    expect(c.telegram.callsTo("answerCallbackQuery")).toHaveLength(1);
  });

  it("is left to the webhook reply when the route marked the press", async () => {
    const press = user.callbackUpdate(firstButton());
    expect(webhookReplyAnswering(press)).not.toBeNull();
    await pipeline.process(press);
    expect(c.telegram.callsTo("answerCallbackQuery")).toHaveLength(0);
    expect(JSON.stringify(press)).not.toContain("webhook"); // the mark is never stored
  });

  it("does not stop the turn when the answer fails", async () => {
    const before = user.replies.length;
    c.telegram.failNext("answerCallbackQuery", { error_code: 400, description: "Bad Request: query is too old and response timeout expired or query ID is invalid" });
    await pipeline.process(user.callbackUpdate(firstButton()));
    expect(user.replies.length).toBeGreaterThan(before);
    expect(user.lastReply().text).not.toBe(text("common-error"));
    expect(c.logs.some((record) => record.msg === "answering a button press failed")).toBe(true);
  });

  it("goes out alongside the turn: the reply does not wait for Telegram's answer to it", async () => {
    c.telegram.hangNext("answerCallbackQuery");
    const since = user.mark();
    const handled = pipeline.process(user.callbackUpdate(firstButton()));

    const reply = await user.waitForReply({ since });
    expect(reply.text).not.toBe(text("common-error"));
    expect(c.telegram.heldRequests.map((call) => call.method)).toEqual(["answerCallbackQuery"]);

    expect(c.telegram.releaseHeld()).toBe(1);
    await handled;
    expect(c.telegram.callsTo("answerCallbackQuery")).toHaveLength(1);
  });

  it("gives no webhook reply for an update that is not a button press", () => {
    expect(webhookReplyAnswering(user.messageUpdate("hallo"))).toBeNull();
  });
});
