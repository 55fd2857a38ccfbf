/**
 * Webhook mode end to end: startApp registers the https webhook with its secret at the Bot API
 * and serves POST /telegram/webhook on its HTTP front; updates are POSTed to it as Telegram
 * would, with and without the right X-Telegram-Bot-Api-Secret-Token. The app answers as soon as
 * the update is recorded and handles it afterwards, so `h.postUpdate` waits for the app's
 * "done with it" report before a test reads the chat.
 * (The registered URL is https on a made-up host, as production needs; the fake Telegram
 * delivers to the app's local port instead.)
 */
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackDataOf, captureLogs, startAppHarness, text, waitFor, WEBHOOK_SECRET, WEBHOOK_URL, type AppHarness } from "../support/app-harness";
import type { TestUser } from "../support/telegram";

let h: AppHarness;
const logs = captureLogs("debug");
beforeAll(async () => {
  h = await startAppHarness({ webhook: true, logger: logs.logger });
});
afterAll(async () => {
  await h?.close();
});

const texts = (messages: ReadonlyArray<{ text: string }>) => messages.map((message) => message.text);

/** POSTs a raw body with the right secret; returns the status. */
async function postRaw(body: string | Buffer): Promise<number> {
  const response = await fetch(h.webhookUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": WEBHOOK_SECRET },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

/** The tap on a button of the user's last keyboard, as an update not yet delivered. */
function tapUpdate(user: TestUser, buttonText: string): Update {
  return user.callbackUpdate(callbackDataOf(user, buttonText));
}

/** /start → Deutsch → agree: leaves the user at the interests question (a multiple choice). */
async function toInterests(user: TestUser): Promise<void> {
  expect(await h.postUpdate(user.messageUpdate("/start"))).toBe(200);
  expect(await h.postUpdate(tapUpdate(user, text("locale-name-de")))).toBe(200);
  expect(await h.postUpdate(tapUpdate(user, text("onboarding-privacy-agree")))).toBe(200);
  expect(user.lastReply().text).toBe(text("onboarding-interests"));
}

describe("Telegram webhook", () => {
  it("registers the https URL with its secret and does not poll", () => {
    expect(h.config.telegram?.webhook).toEqual({ url: WEBHOOK_URL, secret: WEBHOOK_SECRET });
    const calls = h.telegram.callsTo("setWebhook");
    expect(calls).toHaveLength(1);
    expect(calls[0]?.payload).toMatchObject({
      url: WEBHOOK_URL,
      secret_token: WEBHOOK_SECRET,
      allowed_updates: ["message", "callback_query"],
    });
    expect(h.telegram.webhook).toMatchObject({ url: WEBHOOK_URL, secret_token: WEBHOOK_SECRET });
    expect(h.app.server?.listening).toBe(true);
    expect(h.app.bot?.isRunning()).toBe(false);
    expect(h.telegram.callsTo("getUpdates")).toEqual([]);
  });

  it("refuses updates with a wrong or missing secret and handles nothing", async () => {
    const user = h.user({ firstName: "Nora" });
    const callsBefore = h.telegram.calls.length;

    expect(await h.postUpdate(user.messageUpdate("/start"), "falsches_geheimnis_123")).toBe(401);
    expect(await h.telegram.deliverToWebhook(h.webhookUrl, user.messageUpdate("/start"))).toBe(401);

    expect(user.replies).toEqual([]);
    expect(h.telegram.calls.slice(callsBefore)).toEqual([]);
    expect(await h.prisma.conversation.count({ where: { channelUserId: String(user.id) } })).toBe(0);
  });

  it("handles a double tap arriving as two parallel requests one after the other", async () => {
    const user = h.user({ firstName: "Paula" });
    expect(await h.postUpdate(user.messageUpdate("/start"))).toBe(200);
    const mark = user.mark();
    const data = callbackDataOf(user, text("locale-name-de"));

    // Telegram may open several connections; the same button arrives twice at once.
    const statuses = await Promise.all([h.postUpdate(user.callbackUpdate(data)), h.postUpdate(user.callbackUpdate(data))]);

    expect(statuses).toEqual([200, 200]);
    // The second tap sees the state the first one left: a note that the button is old.
    expect(texts(user.repliesSince(mark))).toEqual([text("onboarding-privacy"), text("common-stale-button"), text("onboarding-privacy")]);
  });

  it("answers an update with the right secret, buttons included", async () => {
    const user = h.user({ firstName: "Olaf" });

    expect(await h.postUpdate(user.messageUpdate("/start"))).toBe(200);
    expect(user.lastReply().text).toBe(text("onboarding-language"));
    // The conversation went on in the database, as with polling.
    expect(await h.prisma.conversation.count({ where: { channelUserId: String(user.id) } })).toBe(1);

    expect(await h.postUpdate(tapUpdate(user, text("locale-name-de")))).toBe(200);
    expect(user.lastReply().text).toBe(text("onboarding-privacy"));
    expect(user.unansweredCallbackQueries).toEqual([]);
  });

  it("answers other paths with 404 and other methods with 405", async () => {
    const other = await fetch(`http://127.0.0.1:${h.port}/telegram/other`, { method: "POST", body: "{}" });
    expect(other.status).toBe(404);
    const get = await fetch(h.webhookUrl);
    expect(get.status).toBe(405);
  });
});

describe("Telegram webhook: bad requests", () => {
  it("refuses malformed, null, non-update and huge bodies with 4xx, and answers the next update", async () => {
    const statuses = {
      malformed: await postRaw('{"update_id": 1, "message": {'),
      empty: await postRaw(""),
      null: await postRaw("null"),
      array: await postRaw("[]"),
      noId: await postRaw('{"message": {}}'),
      negativeId: await postRaw('{"update_id": -5}'),
      fractionalId: await postRaw('{"update_id": 1.5}'),
      stringId: await postRaw('{"update_id": "7"}'),
      huge: await postRaw(Buffer.alloc(3 * 1024 * 1024, "a")),
    };
    expect(statuses).toEqual({ malformed: 400, empty: 400, null: 400, array: 400, noId: 400, negativeId: 400, fractionalId: 400, stringId: 400, huge: 413 });

    // Logged with the reason, never with the body.
    const refused = logs.records.filter((record) => record.msg === "telegram webhook request refused");
    expect(refused.length).toBeGreaterThanOrEqual(8);
    expect(JSON.stringify(logs.records)).not.toContain('"message": {');

    const user = h.user({ firstName: "Quirin" });
    expect(await h.postUpdate(user.messageUpdate("/start"))).toBe(200);
    expect(user.lastReply().text).toBe(text("onboarding-language"));
  });
});

describe("Telegram webhook: slow and failing replies", () => {
  it("answers Telegram at once while the reply hangs, serves other chats meanwhile, and sends the reply when Telegram answers", async () => {
    const slow = h.user({ firstName: "Rosa" });
    const other = h.user({ firstName: "Sami" });
    h.telegram.hangNext("sendMessage", { where: (payload) => Number(payload.chat_id) === slow.chatId });

    // 200 while the reply to it is still held by "Telegram".
    const update = slow.messageUpdate("/start");
    expect(await h.telegram.deliverToWebhook(h.webhookUrl, update, WEBHOOK_SECRET)).toBe(200);
    await h.telegram.waitUntil(() => (h.telegram.heldRequests.some((call) => Number(call.payload.chat_id) === slow.chatId) ? true : undefined), "the held reply");
    expect(slow.replies).toEqual([]);

    // Another chat is not held up.
    expect(await h.postUpdate(other.messageUpdate("/start"))).toBe(200);
    expect(other.lastReply().text).toBe(text("onboarding-language"));
    expect(h.telegram.heldRequests).toHaveLength(1);

    // Telegram answers after all: the reply arrives and the update is done.
    expect(h.telegram.releaseHeld()).toBe(1);
    await h.telegram.waitUntil(() => (h.telegram.reportsFor(update.update_id) > 0 ? true : undefined), "the slow update to be done");
    expect(slow.lastReply().text).toBe(text("onboarding-language"));
  });

  it("waits out a 429 with retry_after after answering Telegram, and stays up", async () => {
    const user = h.user({ firstName: "Tilda" });
    h.telegram.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });

    expect(await h.postUpdate(user.messageUpdate("/start"))).toBe(200);

    expect(texts(user.replies)).toEqual([text("onboarding-language")]);
    expect(h.telegram.callsTo("sendMessage").filter((call) => call.payload.chat_id === user.chatId)).toHaveLength(2);
    // And the next update is handled as usual.
    expect(await h.postUpdate(tapUpdate(user, text("locale-name-de")))).toBe(200);
    expect(user.lastReply().text).toBe(text("onboarding-privacy"));
  });

  it("survives a reply that fails and an apology that fails too, logging ids and codes only", async () => {
    const user = h.user({ firstName: "Ulla" });
    h.telegram.failNext("sendMessage", { error_code: 500, description: "Internal Server Error" }, 2);
    const since = logs.records.length;

    const update = user.messageUpdate("/start");
    expect(await h.postUpdate(update)).toBe(200);

    expect(user.replies).toEqual([]);
    const failures = logs.records.slice(since).filter((record) => record.msg === "telegram update failed");
    // One from the error boundary (the reply), one from the pipeline (the apology).
    expect(failures).toHaveLength(2);
    expect(failures.every((record) => record.updateId === update.update_id)).toBe(true);
    expect(JSON.stringify(failures)).not.toContain("Ulla");
    // The update counts as handled: a crash afterwards would not bring it back.
    const row = await h.prisma.telegramUpdate.findUniqueOrThrow({ where: { updateId: BigInt(update.update_id) } });
    expect(row.handledAt).toBeInstanceOf(Date);
    expect(row.payload).toBeNull();

    expect(await h.postUpdate(user.messageUpdate("/start"))).toBe(200);
    expect(user.lastReply().text).toBe(text("onboarding-language"));
  });
});

describe("Telegram webhook: the same update twice", () => {
  it("has one effect: a re-delivered tick leaves the box ticked and sends nothing", async () => {
    const user = h.user({ firstName: "Vera" });
    await toInterests(user);
    const tick = tapUpdate(user, `▫️ ${text("interest-kinder")}`);
    expect(await h.postUpdate(tick)).toBe(200);
    expect(user.buttons()).toContain(`✅ ${text("interest-kinder")}`);
    const mark = user.mark();
    const callsBefore = h.telegram.calls.length;
    const since = logs.records.length;

    // Telegram did not hear our 200 in time and sends the very same update again.
    expect(await h.postUpdate(tick)).toBe(200);

    expect(user.buttons()).toContain(`✅ ${text("interest-kinder")}`);
    expect(user.repliesSince(mark)).toEqual([]);
    // Only the button is answered again, in the response: Telegram did not hear the first one either.
    expect(h.telegram.calls.slice(callsBefore).map((call) => call.method)).toEqual(["answerCallbackQuery"]);
    expect(h.telegram.reportsFor(tick.update_id)).toBe(2);
    const repeat = logs.records.slice(since).find((record) => record.msg === "telegram update received again; no effect");
    expect(repeat).toMatchObject({ level: 20, updateId: tick.update_id });
    expect(Object.keys(repeat!).sort()).toEqual(["level", "msg", "time", "updateId"]);
  });

  it("has one effect when the two deliveries arrive at the same time", async () => {
    const user = h.user({ firstName: "Willi" });
    await toInterests(user);
    const tick = tapUpdate(user, `▫️ ${text("interest-senioren")}`);
    const mark = user.mark();

    expect(await Promise.all([h.postUpdate(tick), h.postUpdate(tick)])).toEqual([200, 200]);
    await waitFor(() => h.telegram.reportsFor(tick.update_id) === 2, "both deliveries to be done");

    expect(user.buttons()).toContain(`✅ ${text("interest-senioren")}`);
    expect(user.repliesSince(mark)).toHaveLength(1);
    expect(user.callbackAnswers.filter((answer) => answer.callback_query_id === tick.callback_query!.id)).toHaveLength(1);
  });
});

describe("Telegram webhook: stopping", () => {
  it("answers 503 while stopping, lets the update in flight finish, then returns", async () => {
    const own = await startAppHarness({ webhook: true, slack: false });
    try {
      const user = own.user({ firstName: "Xaver" });
      own.telegram.hangNext("sendMessage");
      const update = user.messageUpdate("/start");
      expect(await own.telegram.deliverToWebhook(own.webhookUrl, update, WEBHOOK_SECRET)).toBe(200);
      await own.telegram.waitUntil(() => (own.telegram.heldRequests.length === 1 ? true : undefined), "the held reply");

      let stopped = false;
      const stopping = own.app.stop().then(() => {
        stopped = true;
      });
      // Telegram keeps what we refuse with 503 and delivers it again later.
      expect(await own.telegram.deliverToWebhook(own.webhookUrl, user.messageUpdate("/hilfe"), WEBHOOK_SECRET)).toBe(503);
      expect(stopped).toBe(false);

      own.telegram.releaseHeld();
      await stopping;
      expect(user.lastReply().text).toBe(text("onboarding-language"));
      expect(own.telegram.reportsFor(update.update_id)).toBe(1);
    } finally {
      await own.close();
    }
  });
});
