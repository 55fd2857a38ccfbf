// The webhook route (src/channels/telegram/webhook-route.ts) on its own: what it answers for
// each kind of request, before and after the update is recorded, with the real pipeline and bot
// behind it. End to end over HTTP: test/e2e/telegram-webhook.test.ts.
import type { IncomingHttpHeaders } from "node:http";
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTelegramUpdatePipeline, type TelegramUpdatePipeline } from "../../../src/channels/telegram/update-pipeline";
import { createTelegramWebhookRoute } from "../../../src/channels/telegram/webhook-route";
import type { HttpRoute } from "../../../src/http/route";
import { callbackDataOf, text } from "../../support/app-harness";
import { TestUser } from "../../support/telegram";
import { startChannelFixture, type ChannelFixture } from "../../support/telegram-channel";

const SECRET = "route_test_secret_0123456789";

let c: ChannelFixture;
let pipeline: TelegramUpdatePipeline;
let route: HttpRoute;
let user: TestUser;
beforeEach(async () => {
  c = await startChannelFixture();
  pipeline = createTelegramUpdatePipeline({ bot: c.bot, prisma: c.prisma, logger: c.logger, now: () => new Date(), onSettled: (id) => c.telegram.reportHandled(id) });
  route = createTelegramWebhookRoute({ path: "/telegram/webhook", secret: SECRET, pipeline, logger: c.logger });
  user = new TestUser(c.telegram, { id: 6_600_001, firstName: "Lena", languageCode: "pt" });
});
afterEach(async () => {
  await pipeline.close(5_000);
  await c.close();
});

function request(body: string, headers: IncomingHttpHeaders = { "x-telegram-bot-api-secret-token": SECRET }) {
  return route.handle({ method: "POST", path: "/telegram/webhook", headers, rawBody: Buffer.from(body, "utf8") });
}

const rows = () => c.prisma.telegramUpdate.count();

describe("createTelegramWebhookRoute", () => {
  it("is a POST route on the webhook URL's path", () => {
    expect({ method: route.method, path: route.path }).toEqual({ method: "POST", path: "/telegram/webhook" });
  });

  it("refuses a missing, wrong, longer, shorter or repeated secret header with 401 and records nothing", async () => {
    const body = JSON.stringify(user.messageUpdate("/start"));
    for (const headers of [
      {},
      { "x-telegram-bot-api-secret-token": "wrong_secret_0123456789_abcd" },
      { "x-telegram-bot-api-secret-token": `${SECRET}x` },
      { "x-telegram-bot-api-secret-token": SECRET.slice(0, -1) },
      { "x-telegram-bot-api-secret-token": [SECRET, SECRET] },
    ] as IncomingHttpHeaders[]) {
      expect((await request(body, headers)).status).toBe(401);
    }
    expect(await rows()).toBe(0);
    expect(user.replies).toEqual([]);
  });

  it("refuses what is not an update with 400, logging the reason and never the body", async () => {
    for (const body of ["{", "", "null", "42", '"text"', "[]", "{}", '{"update_id":0}', '{"update_id":"1"}', '{"update_id":1e400}']) {
      expect((await request(body)).status).toBe(400);
    }
    expect(await rows()).toBe(0);
    const refused = c.logs.filter((record) => record.msg === "telegram webhook request refused");
    expect(refused).toHaveLength(10);
    expect(new Set(refused.map((record) => Object.keys(record).sort().join(",")))).toEqual(new Set(["level,msg,reason,status,time"]));
  });

  it("answers 200 once the update is recorded, then handles it; the same update again changes nothing", async () => {
    const update = user.messageUpdate("/start");

    expect(await request(JSON.stringify(update))).toEqual({ status: 200 });
    // Recorded with its payload before the answer; handled afterwards.
    expect(await c.prisma.telegramUpdate.count({ where: { updateId: BigInt(update.update_id) } })).toBe(1);
    await c.telegram.waitUntil(() => (c.telegram.reportsFor(update.update_id) === 1 ? true : undefined), "the update to be handled");
    expect(user.lastReply().text).toBe(text("onboarding-language"));

    expect(await request(JSON.stringify(update))).toEqual({ status: 200 });
    expect(c.telegram.reportsFor(update.update_id)).toBe(2);
    expect(user.replies).toHaveLength(1);
  });

  it("answers a button press in the response (a webhook reply), and the handler does not answer it again", async () => {
    const start = user.messageUpdate("/start");
    await request(JSON.stringify(start));
    await c.telegram.waitUntil(() => (c.telegram.reportsFor(start.update_id) === 1 ? true : undefined), "/start to be handled");
    const press = user.callbackUpdate(callbackDataOf(user, user.buttons()[0]!));

    const response = await request(JSON.stringify(press));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body!)).toEqual({ method: "answerCallbackQuery", callback_query_id: press.callback_query!.id });
    c.telegram.executeWebhookReply(response.body!);
    await c.telegram.waitUntil(() => (c.telegram.reportsFor(press.update_id) === 1 ? true : undefined), "the press to be handled");

    expect(c.telegram.callsTo("answerCallbackQuery")).toHaveLength(1);
    expect(user.replies.length).toBeGreaterThan(1);
  });

  it("answers 503 once the pipeline is closing, so that Telegram delivers again later", async () => {
    await pipeline.close(1_000);

    expect(await request(JSON.stringify(user.messageUpdate("/start")))).toMatchObject({ status: 503 });
    // The secret is still checked first.
    expect((await request("{}", {})).status).toBe(401);
    expect(await rows()).toBe(0);
  });

  it("rejects when the update cannot be recorded, for the front to answer 500 (Telegram retries)", async () => {
    await c.prisma.$executeRawUnsafe('DROP TABLE "TelegramUpdate"');
    const update: Update = user.messageUpdate("/start");

    await expect(request(JSON.stringify(update))).rejects.toThrow();
    expect(user.replies).toEqual([]);
  });
});
