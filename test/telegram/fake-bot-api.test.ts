/**
 * Tests of the Telegram test harness itself, driven by a tiny grammY bot
 * defined here (not the product bot): real grammY long polling and webhook
 * code talking to the local fake Bot API.
 */
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot, BotError, GrammyError, HttpError, InlineKeyboard, InputFile, webhookCallback } from "grammy";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FAKE_BOT_INFO, TestUser, startFakeBotApi, startPolling } from "../support/telegram";
import type { FakeBotApi } from "../support/telegram";

const resources: Array<() => Promise<unknown>> = [];

afterEach(async () => {
  // Last started, first stopped: bots before the fake API they poll.
  for (const release of resources.splice(0).reverse()) await release();
});

async function fakeApi(options: Parameters<typeof startFakeBotApi>[0] = {}): Promise<FakeBotApi> {
  const api = await startFakeBotApi(options);
  resources.push(() => api.close());
  return api;
}

/** A miniature guide bot: /start offers two interests, a tap confirms the choice by editing the message. */
function createGuideBot(api: FakeBotApi): { bot: Bot; errors: unknown[] } {
  const bot = new Bot(api.token, { client: { apiRoot: api.apiRoot } });
  const errors: unknown[] = [];
  bot.command("start", (ctx) =>
    ctx.reply("Willkommen! Wofür möchtest du dich engagieren?", {
      reply_markup: new InlineKeyboard().text("Umwelt", "interest:environment").text("Soziales", "interest:social"),
    }),
  );
  bot.callbackQuery(/^interest:(.+)$/, async (ctx) => {
    await ctx.answerCallbackQuery({ text: "Gespeichert" });
    await ctx.editMessageText(`Du hast <b>${ctx.match[1]}</b> gewählt.`, { parse_mode: "HTML" });
  });
  bot.on("message:text", (ctx) => ctx.reply(`Echo: ${ctx.message.text}`));
  bot.catch((error) => {
    errors.push(error.error);
  });
  return { bot, errors };
}

/** Starts long polling; the bot is stopped after the test, before its fake API closes. */
function poll(bot: Bot): void {
  const polling = startPolling(bot);
  resources.push(() => polling.stop());
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  resources.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function rawCall(api: FakeBotApi, method: string, body: string, contentType: string, token = api.token) {
  const response = await fetch(`${api.apiRoot}/bot${token}/${method}`, {
    method: "POST",
    headers: { "content-type": contentType },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("fake Bot API with grammY long polling", () => {
  it("runs a /start → keyboard → tap → edit conversation and records the transcript", async () => {
    const api = await fakeApi();
    const { bot, errors } = createGuideBot(api);
    poll(bot);
    const anna = new TestUser(api, { id: 4242, firstName: "Anna", username: "anna_k", languageCode: "de" });

    await anna.send("/start");

    // botInfo was not given, so grammY had to ask the fake who it is.
    expect(api.callsTo("getMe")).toHaveLength(1);
    expect(bot.botInfo.username).toBe(FAKE_BOT_INFO.username);
    expect(anna.replies).toHaveLength(1);
    expect(anna.lastReply()).toMatchObject({
      from: "bot",
      text: "Willkommen! Wofür möchtest du dich engagieren?",
      edited: false,
    });
    expect(anna.buttons()).toEqual(["Umwelt", "Soziales"]);

    const beforeTap = anna.mark();
    await anna.tap("Umwelt");

    expect(anna.callbackAnswers).toEqual([
      { callback_query_id: expect.any(String), data: "interest:environment", text: "Gespeichert" },
    ]);
    expect(anna.unansweredCallbackQueries).toEqual([]);
    const edited = anna.lastReply();
    // HTML markup is rendered away as in a Telegram client; the source stays available.
    expect(edited).toMatchObject({ text: "Du hast environment gewählt.", edited: true, parse_mode: "HTML" });
    expect(edited.source_text).toBe("Du hast <b>environment</b> gewählt.");
    // editMessageText without reply_markup removes the keyboard, as on Telegram.
    expect(edited.reply_markup).toBeUndefined();
    expect(anna.buttons()).toEqual([]);
    expect(anna.repliesSince(beforeTap).map((message) => message.message_id)).toEqual([edited.message_id]);

    // User and bot messages share the chat's message id sequence.
    expect(anna.transcript.map(({ message_id, from, text }) => ({ message_id, from, text }))).toEqual([
      { message_id: 1, from: "user", text: "/start" },
      { message_id: 2, from: "bot", text: "Du hast environment gewählt." },
    ]);
    expect(anna.events.map((event) => event.kind)).toEqual([
      "user_message",
      "bot_sent",
      "user_tap",
      "callback_answered",
      "bot_edited",
    ]);
    expect(api.callsTo("sendMessage")[0]?.payload).toMatchObject({ chat_id: 4242 });
    expect(errors).toEqual([]);
  });

  it("keeps concurrent users apart and settles each action", async () => {
    const api = await fakeApi();
    const { bot, errors } = createGuideBot(api);
    poll(bot);
    const users = [1, 2, 3].map((id) => new TestUser(api, { id: 100 + id, firstName: `Person ${id}` }));

    await Promise.all(users.map((user) => user.send(`Hallo von ${user.id}`)));

    for (const user of users) {
      expect(user.replies.map((message) => message.text)).toEqual([`Echo: Hallo von ${user.id}`]);
    }
    expect(api.pendingUpdateCount).toBe(0);
    expect(errors).toEqual([]);
  });

  it("explains a failed tap by listing the buttons that exist", async () => {
    const api = await fakeApi();
    const { bot } = createGuideBot(api);
    poll(bot);
    const ben = new TestUser(api, { id: 7, firstName: "Ben" });
    await ben.send("/start");

    await expect(ben.tap("Kultur")).rejects.toThrow(/No button matches "Kultur".*Available buttons: "Umwelt", "Soziales"/);
    await expect(ben.tap(/^[US]/)).rejects.toThrow(/2 buttons match/);
    // A unique substring is enough.
    await ben.tap("Sozi");
    expect(ben.lastReply().text).toBe("Du hast social gewählt.");
  });

  it("delivers stale callback data on an old message for the bot to deal with", async () => {
    const api = await fakeApi();
    const bot = new Bot(api.token, { client: { apiRoot: api.apiRoot } });
    bot.command("start", (ctx) => ctx.reply("Menü", { reply_markup: new InlineKeyboard().text("Weiter", "next") }));
    bot.on("callback_query:data", (ctx) =>
      ctx.answerCallbackQuery({ text: `Unbekannte Aktion: ${ctx.callbackQuery.data}`, show_alert: true }),
    );
    poll(bot);
    const carla = new TestUser(api, { id: 9, firstName: "Carla" });
    await carla.send("/start");

    await carla.tapData("v0:removed-button");

    expect(carla.callbackAnswers).toEqual([
      expect.objectContaining({ data: "v0:removed-button", text: "Unbekannte Aktion: v0:removed-button", show_alert: true }),
    ]);
    const tap = api.callsTo("answerCallbackQuery")[0];
    expect(tap?.payload).toMatchObject({ show_alert: true });
  });

  it("makes injected failures visible to the bot as GrammyError, only as often as asked", async () => {
    const api = await fakeApi();
    const { bot, errors } = createGuideBot(api);
    poll(bot);
    const dora = new TestUser(api, { id: 11, firstName: "Dora" });
    api.failNext("sendMessage", {
      error_code: 429,
      description: "Too Many Requests: retry after 0",
      parameters: { retry_after: 0 },
    });

    await dora.send("/start");

    expect(errors).toHaveLength(1);
    const error = errors[0];
    expect(error).toBeInstanceOf(GrammyError);
    expect(error).toMatchObject({ error_code: 429, method: "sendMessage", parameters: { retry_after: 0 } });
    expect(dora.replies).toEqual([]);

    await dora.send("/start");
    expect(errors).toHaveLength(1);
    expect(dora.replies).toHaveLength(1);
    expect(api.callsTo("sendMessage")).toHaveLength(2);
  });

  it("drops the connection for disconnectNext so the bot sees an HttpError", async () => {
    const api = await fakeApi();
    const { bot, errors } = createGuideBot(api);
    poll(bot);
    const emil = new TestUser(api, { id: 12, firstName: "Emil" });
    api.disconnectNext("sendMessage");

    await emil.send("hallo");

    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(HttpError);
    expect(emil.replies).toEqual([]);
  });

  it("fails a send with a message naming the awaited update when no bot is polling", async () => {
    const api = await fakeApi({ settleTimeoutMs: 150 });
    const fritz = new TestUser(api, { id: 13, firstName: "Fritz" });

    await expect(fritz.send("/start")).rejects.toThrow(
      /Timed out after 150 ms waiting for the bot to handle update 1 \(message "\/start" from user 13\).*is the bot started/,
    );
  });

  it("lets the bot stop promptly out of a long poll and close() release the port", async () => {
    const api = await startFakeBotApi();
    const { bot } = createGuideBot(api);
    const polling = startPolling(bot);
    await polling.ready;
    const greta = new TestUser(api, { id: 14, firstName: "Greta" });
    await greta.send("hallo");
    // The bot is now parked in a long poll (grammY's default timeout is 30 s).
    await api.waitUntil(() => (api.callsTo("getUpdates").length >= 2 ? true : undefined), "the next long poll");

    const started = performance.now();
    await polling.stop();
    await api.close();

    expect(performance.now() - started).toBeLessThan(2_000);
    expect(bot.isRunning()).toBe(false);
    // stop() confirmed the handled update with one last short getUpdates.
    expect(api.callsTo("getUpdates").at(-1)?.payload).toMatchObject({ offset: 2, limit: 1 });
    await expect(fetch(`${api.apiRoot}/bot${api.token}/getMe`)).rejects.toThrow();
  });

  it("hands a middleware crash without bot.catch to the polling handle's stop()", async () => {
    const api = await fakeApi();
    const bot = new Bot(api.token, { client: { apiRoot: api.apiRoot } });
    bot.on("message", () => {
      throw new Error("kaputt");
    });
    const polling = startPolling(bot);
    const grammyComplaints = vi.spyOn(console, "error").mockImplementation(() => {});
    const hugo = new TestUser(api, { id: 21, firstName: "Hugo" });

    // grammY's default error handler stops the bot, which still confirms the update.
    await hugo.send("hallo");

    await expect(polling.stop()).rejects.toBeInstanceOf(BotError);
    expect(grammyComplaints).toHaveBeenCalledWith("No error handler was set!");
    grammyComplaints.mockRestore();
  });

  it("answers a pending long poll with no updates when it closes", async () => {
    const api = await startFakeBotApi();
    const poll = rawCall(api, "getUpdates", JSON.stringify({ offset: 1, timeout: 30 }), "application/json");
    await api.waitForCall("getUpdates", () => true, { since: 0 });

    const started = performance.now();
    await api.close();

    await expect(poll).resolves.toEqual({ status: 200, body: { ok: true, result: [] } });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("answers a second poller with 409 Conflict for the first, like Telegram", async () => {
    const api = await fakeApi();
    const first = rawCall(api, "getUpdates", JSON.stringify({ timeout: 30 }), "application/json");
    await api.waitForCall("getUpdates", () => true, { since: 0 });
    const second = rawCall(api, "getUpdates", JSON.stringify({ timeout: 0 }), "application/json");

    await expect(first).resolves.toMatchObject({ status: 409, body: { ok: false, error_code: 409 } });
    await expect(second).resolves.toEqual({ status: 200, body: { ok: true, result: [] } });
  });
});

describe("fake Bot API behaviour that real Telegram enforces", () => {
  it("rejects wrong tokens, unknown methods and unknown chats", async () => {
    const api = await fakeApi();

    await expect(new Bot("1:wrong", { client: { apiRoot: api.apiRoot } }).api.getMe()).rejects.toMatchObject({
      error_code: 401,
      description: "Unauthorized",
    });
    await expect(rawCall(api, "sendTelepathy", "{}", "application/json")).resolves.toEqual({
      status: 404,
      body: { ok: false, error_code: 404, description: "Not Found: method not found" },
    });
    const bot = new Bot(api.token, { client: { apiRoot: api.apiRoot } });
    await expect(bot.api.sendMessage(555, "Hallo?")).rejects.toMatchObject({
      error_code: 400,
      description: "Bad Request: chat not found",
    });
  });

  it("refuses unchanged edits, oversized callback data, broken HTML and blocked chats", async () => {
    const api = await fakeApi();
    const bot = new Bot(api.token, { client: { apiRoot: api.apiRoot } });
    const hanna = new TestUser(api, { id: 15, firstName: "Hanna" });
    const keyboard = new InlineKeyboard().text("Ja", "yes");
    const sent = await bot.api.sendMessage(hanna.chatId, "Frage?", { reply_markup: keyboard });

    await expect(
      bot.api.editMessageText(hanna.chatId, sent.message_id, "Frage?", { reply_markup: keyboard }),
    ).rejects.toThrow(/message is not modified/);
    await expect(
      bot.api.sendMessage(hanna.chatId, "Zu lang", {
        reply_markup: new InlineKeyboard().text("Knopf", "x".repeat(65)),
      }),
    ).rejects.toThrow(/BUTTON_DATA_INVALID/);
    await expect(bot.api.sendMessage(hanna.chatId, "Tom <3 Jerry", { parse_mode: "HTML" })).rejects.toThrow(
      /can't parse entities/,
    );
    await expect(bot.api.sendMessage(hanna.chatId, "Tom &lt;3 &amp; Jerry", { parse_mode: "HTML" })).resolves.toMatchObject({
      text: "Tom <3 & Jerry",
    });

    hanna.blockBot();
    await expect(bot.api.sendMessage(hanna.chatId, "Noch da?")).rejects.toMatchObject({
      error_code: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    expect(hanna.replies.map((message) => message.text)).toEqual(["Frage?", "Tom <3 & Jerry"]);
  });

  it("tracks keyboard edits and deletions in the transcript", async () => {
    const api = await fakeApi();
    const bot = new Bot(api.token, { client: { apiRoot: api.apiRoot } });
    const ida = new TestUser(api, { id: 16, firstName: "Ida" });
    const menu = await bot.api.sendMessage(ida.chatId, "Menü", { reply_markup: new InlineKeyboard().text("A", "a") });
    const note = await bot.api.sendMessage(ida.chatId, "Hinweis");

    await bot.api.editMessageReplyMarkup(ida.chatId, menu.message_id, {
      reply_markup: new InlineKeyboard().text("B", "b").row().text("C", "c"),
    });
    await bot.api.deleteMessage(ida.chatId, note.message_id);

    expect(ida.buttonRows()).toEqual([["B"], ["C"]]);
    expect(ida.replies.map(({ text, edited }) => ({ text, edited }))).toEqual([{ text: "Menü", edited: true }]);
    expect(ida.transcript.find((message) => message.message_id === note.message_id)?.deleted).toBe(true);
    await expect(bot.api.deleteMessage(ida.chatId, note.message_id)).rejects.toThrow(/message to delete not found/);
  });

  it("accepts form-urlencoded calls with JSON-encoded fields", async () => {
    const api = await fakeApi();
    const jonas = new TestUser(api, { id: 17, firstName: "Jonas" });
    const form = new URLSearchParams({
      chat_id: String(jonas.chatId),
      text: "Per Formular",
      reply_markup: JSON.stringify({ inline_keyboard: [[{ text: "OK", callback_data: "ok" }]] }),
    });

    const { status, body } = await rawCall(api, "sendMessage", form.toString(), "application/x-www-form-urlencoded");

    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, result: { chat: { id: 17 }, text: "Per Formular" } });
    expect(jonas.buttons()).toEqual(["OK"]);
  });

  it("reads multipart uploads far enough to record them, then refuses unsupported methods", async () => {
    const api = await fakeApi();
    const bot = new Bot(api.token, { client: { apiRoot: api.apiRoot } });
    const karl = new TestUser(api, { id: 22, firstName: "Karl" });

    await expect(
      bot.api.sendPhoto(karl.chatId, new InputFile(Buffer.from("png-bytes"), "flyer.png"), { caption: "Flyer für Ümit" }),
    ).rejects.toMatchObject({ error_code: 404 });

    expect(api.callsTo("sendPhoto")[0]?.payload).toMatchObject({
      chat_id: "22",
      caption: "Flyer für Ümit",
      photo: { filename: "flyer.png", size: 9 },
    });
  });

  it("stores commands and the menu button per scope", async () => {
    const api = await fakeApi();
    const bot = new Bot(api.token, { client: { apiRoot: api.apiRoot } });
    await bot.api.setMyCommands([{ command: "start", description: "Loslegen" }], { language_code: "de" });
    await bot.api.setChatMenuButton({ menu_button: { type: "commands" } });

    expect(await bot.api.getMyCommands({ language_code: "de" })).toEqual([{ command: "start", description: "Loslegen" }]);
    expect(await bot.api.getMyCommands()).toEqual([]);
    expect(api.menuButtonFor()).toEqual({ type: "commands" });
    await expect(bot.api.setMyCommands([{ command: "Start!", description: "x" }])).rejects.toThrow(/BOT_COMMAND_INVALID/);
  });
});

describe("fake Bot API with a grammY webhook", () => {
  async function webhookBot(api: FakeBotApi, secretToken: string) {
    const { bot, errors } = createGuideBot(api);
    const url = await listen(createServer(webhookCallback(bot, "http", { secretToken })));
    return { bot, errors, url };
  }

  it("checks the secret token and lets the update reach the bot", async () => {
    const api = await fakeApi();
    const { url, errors } = await webhookBot(api, "geheim_123");
    const kim = new TestUser(api, { id: 18, firstName: "Kim" });

    expect(await api.deliverToWebhook(url, kim.messageUpdate("/start"), "falsch")).toBe(401);
    expect(kim.replies).toEqual([]);

    expect(await api.deliverToWebhook(url, kim.messageUpdate("/start"), "geheim_123")).toBe(200);
    expect(kim.lastReply().text).toBe("Willkommen! Wofür möchtest du dich engagieren?");
    expect(errors).toEqual([]);
  });

  it("routes a TestUser's actions through a webhook the bot registered", async () => {
    const api = await fakeApi();
    const { bot, url } = await webhookBot(api, "geheim_123");
    await bot.api.setWebhook(url, { secret_token: "geheim_123" });
    const lea = new TestUser(api, { id: 19, firstName: "Lea" });

    await lea.send("/start");
    await lea.tap("Umwelt");

    expect(lea.lastReply().text).toBe("Du hast environment gewählt.");
    expect(lea.callbackAnswers.map((answer) => answer.text)).toEqual(["Gespeichert"]);
    // While a webhook is active, Telegram refuses getUpdates.
    await expect(bot.api.getUpdates()).rejects.toMatchObject({ error_code: 409 });
  });

  it("reports a webhook that rejects the update instead of hanging", async () => {
    const api = await fakeApi();
    const { bot, url } = await webhookBot(api, "geheim_123");
    await bot.api.setWebhook(url, { secret_token: "anders_456" });
    const max = new TestUser(api, { id: 20, firstName: "Max" });

    await expect(max.send("/start")).rejects.toThrow(/answered HTTP 401/);
    expect((await bot.api.getWebhookInfo()).last_error_message).toMatch(/HTTP 401/);
  });
});
