// The Bot API policy (src/channels/telegram/bot-api-policy.ts) with the production settings, on
// grammY's real client against the fake Bot API: which failures are retried, and that the
// production throttle keeps one chat's messages in order.
import { Bot, GrammyError } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { API_TIMEOUT_SECONDS, installApiPolicy, POLL_TIMEOUT_SECONDS } from "../../../src/channels/telegram/bot-api-policy";
import { startFakeBotApi, TestUser, type FakeBotApi } from "../../support/telegram";

let telegram: FakeBotApi;
let bot: Bot;
let user: TestUser;
beforeEach(async () => {
  telegram = await startFakeBotApi();
  bot = new Bot(telegram.token, { client: { apiRoot: telegram.apiRoot, timeoutSeconds: API_TIMEOUT_SECONDS }, botInfo: telegram.botInfo });
  installApiPolicy(bot.api);
  user = new TestUser(telegram, { id: 8_800_001, firstName: "Sina", languageCode: "de" });
});
afterEach(async () => {
  await telegram.close();
});

describe("Bot API policy", () => {
  it("keeps an idle long poll below the client timeout", () => {
    expect(POLL_TIMEOUT_SECONDS).toBeLessThan(API_TIMEOUT_SECONDS);
  });

  it("retries a 429 for sending, as often as allowed", async () => {
    telegram.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 0", parameters: { retry_after: 0 } }, 2);

    await bot.api.sendMessage(user.chatId, "Hallo");

    expect(telegram.callsTo("sendMessage")).toHaveLength(3);
    expect(user.replies.map((reply) => reply.text)).toEqual(["Hallo"]);
  });

  it("does not repeat a send after a 5xx (it may have gone through), nor after a dropped connection", async () => {
    telegram.failNext("sendMessage", { error_code: 502, description: "Bad Gateway" });
    await expect(bot.api.sendMessage(user.chatId, "Hallo")).rejects.toBeInstanceOf(GrammyError);
    telegram.disconnectNext("sendMessage");
    await expect(bot.api.sendMessage(user.chatId, "Hallo")).rejects.toThrow();

    expect(telegram.callsTo("sendMessage")).toHaveLength(2);
  });

  it("repeats a set-up call after a 5xx: doing it twice changes nothing", async () => {
    telegram.failNext("setMyCommands", { error_code: 502, description: "Bad Gateway" });

    await bot.api.setMyCommands([{ command: "start", description: "Start" }]);

    expect(telegram.callsTo("setMyCommands")).toHaveLength(2);
    expect(telegram.commandsFor()).toEqual([{ command: "start", description: "Start" }]);
  });

  it("sends a burst to one chat in order under the production throttle", async () => {
    const texts = ["eins", "zwei", "drei", "vier", "fünf"];

    await Promise.all(texts.map((message) => bot.api.sendMessage(user.chatId, message)));

    expect(user.replies.map((reply) => reply.text)).toEqual(texts);
  });
});
