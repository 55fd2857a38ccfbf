/**
 * Webhook mode end to end: startApp registers the https webhook with its secret at the Bot API
 * and serves POST /telegram/webhook on its own HTTP server; updates are POSTed to it as
 * Telegram would, with and without the right X-Telegram-Bot-Api-Secret-Token.
 * (The registered URL is https on a made-up host, as production needs; the fake Telegram
 * delivers to the app's local port instead.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppHarness, text, WEBHOOK_PATH, WEBHOOK_SECRET, WEBHOOK_URL, type AppHarness } from "../support/app-harness";

let h: AppHarness;
let localUrl: string;
beforeAll(async () => {
  h = await startAppHarness({ webhook: true });
  localUrl = `http://127.0.0.1:${h.port}${WEBHOOK_PATH}`;
});
afterAll(async () => {
  await h?.close();
});

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

    expect(await h.telegram.deliverToWebhook(localUrl, user.messageUpdate("/start"), "falsches_geheimnis_123")).toBe(401);
    expect(await h.telegram.deliverToWebhook(localUrl, user.messageUpdate("/start"))).toBe(401);

    expect(user.replies).toEqual([]);
    expect(h.telegram.calls.slice(callsBefore)).toEqual([]);
    expect(await h.prisma.conversation.count({ where: { channelUserId: String(user.id) } })).toBe(0);
  });

  it("handles a double tap arriving as two parallel requests one after the other", async () => {
    const user = h.user({ firstName: "Paula" });
    expect(await h.telegram.deliverToWebhook(localUrl, user.messageUpdate("/start"), WEBHOOK_SECRET)).toBe(200);
    const mark = user.mark();

    // Telegram may open several connections; the same button arrives twice at once.
    const statuses = await Promise.all([
      h.telegram.deliverToWebhook(localUrl, user.callbackUpdate("language|de"), WEBHOOK_SECRET),
      h.telegram.deliverToWebhook(localUrl, user.callbackUpdate("language|de"), WEBHOOK_SECRET),
    ]);

    expect(statuses).toEqual([200, 200]);
    // The second tap sees the state the first one left: a note that the button is old.
    expect(user.repliesSince(mark).map((reply) => reply.text)).toEqual([
      text("onboarding-privacy"),
      text("common-stale-button"),
      text("onboarding-privacy"),
    ]);
  });

  it("answers an update with the right secret, buttons included", async () => {
    const user = h.user({ firstName: "Olaf" });

    expect(await h.telegram.deliverToWebhook(localUrl, user.messageUpdate("/start"), WEBHOOK_SECRET)).toBe(200);
    expect(user.lastReply().text).toBe(text("onboarding-language"));
    // The conversation went on in the database, as with polling.
    expect(await h.prisma.conversation.count({ where: { channelUserId: String(user.id) } })).toBe(1);

    const callback = user.callbackUpdate("language|de");
    expect(await h.telegram.deliverToWebhook(localUrl, callback, WEBHOOK_SECRET)).toBe(200);
    expect(user.lastReply().text).toBe(text("onboarding-privacy"));
    expect(user.unansweredCallbackQueries).toEqual([]);
  });

  it("answers other paths and methods with 404", async () => {
    const other = await fetch(`http://127.0.0.1:${h.port}/telegram/other`, { method: "POST", body: "{}" });
    expect(other.status).toBe(404);
    const get = await fetch(localUrl);
    expect(get.status).toBe(404);
  });
});
