// grammY's real Api with our fetch (src/channels/telegram/bot-api-fetch.ts): against the fake Bot
// API for what Telegram does, and against a bare local server for what only a broken network or
// proxy does (an answer that is not JSON, one cut off halfway).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { createServer as createTcpServer, type AddressInfo, type Socket } from "node:net";
import { Api, GrammyError, HttpError, InputFile } from "grammy";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { botApiFetch } from "../../../src/channels/telegram/bot-api-fetch";
import { startFakeBotApi, TestUser, type FakeBotApi } from "../../support/telegram";

let telegram: FakeBotApi;
let api: Api;
let user: TestUser;
beforeEach(async () => {
  telegram = await startFakeBotApi();
  api = new Api(telegram.token, { apiRoot: telegram.apiRoot, timeoutSeconds: 5, fetch: botApiFetch });
  user = new TestUser(telegram, { id: 8_800_101, firstName: "Aylin", languageCode: "tr" });
});
afterEach(async () => {
  await telegram.close();
});

describe("Bot API calls over the request core", () => {
  it("sends JSON and returns Telegram's answer, umlauts and keyboard intact", async () => {
    const keyboard = { inline_keyboard: [[{ text: "Weiter ▶", callback_data: "c:1" }]] };

    const sent = await api.sendMessage(user.chatId, "Grüß Gott, Çiğdem – 👋", { reply_markup: keyboard });

    expect(sent.text).toBe("Grüß Gott, Çiğdem – 👋");
    expect(user.replies.map((reply) => [reply.text, reply.reply_markup])).toEqual([["Grüß Gott, Çiğdem – 👋", keyboard]]);
  });

  it("uploads a file as multipart, as grammY builds it", async () => {
    const content = "name;angebot\nAylin;Lesepatin\n";

    await api.sendDocument(user.chatId, new InputFile(Buffer.from(content, "utf8"), "daten.csv"), { caption: "Ihre Daten" });

    const [reply] = user.replies;
    expect(reply?.text).toBe("Ihre Daten");
    expect(reply?.document?.file_name).toBe("daten.csv");
    expect(reply?.document?.content.toString("utf8")).toBe(content);
  });

  it("reports a refusal as grammY's GrammyError with Telegram's description", async () => {
    telegram.failNext("sendMessage", { error_code: 400, description: "Bad Request: chat not found" });

    const failure = await api.sendMessage(user.chatId, "Hallo").catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(GrammyError);
    expect((failure as GrammyError).error_code).toBe(400);
    expect((failure as GrammyError).description).toBe("Bad Request: chat not found");
  });

  it("reports a dropped connection as grammY's HttpError", async () => {
    telegram.disconnectNext("sendMessage");

    await expect(api.sendMessage(user.chatId, "Hallo")).rejects.toBeInstanceOf(HttpError);
  });

  it("gives up a call that gets no answer at grammY's timeout, and the next call goes through", async () => {
    const impatient = new Api(telegram.token, { apiRoot: telegram.apiRoot, timeoutSeconds: 0.2, fetch: botApiFetch });
    telegram.hangNext("sendMessage");

    await expect(impatient.sendMessage(user.chatId, "eins")).rejects.toBeInstanceOf(HttpError);
    await impatient.sendMessage(user.chatId, "zwei");

    expect(user.replies.map((reply) => reply.text)).toContain("zwei");
  });

  it("does not send a call whose signal was aborted before", async () => {
    const controller = new AbortController();
    controller.abort();
    // grammY types its signals with the abort-controller polyfill's class; Node's behaves the same.
    const signal = controller.signal as unknown as Parameters<Api["sendMessage"]>[3];

    await expect(api.sendMessage(user.chatId, "Hallo", undefined, signal)).rejects.toBeInstanceOf(HttpError);

    expect(telegram.callsTo("sendMessage")).toHaveLength(0);
  });
});

describe("Bot API answers a proxy or a broken network might give", () => {
  let server: Server;
  let connections: number;
  let answer: (response: import("node:http").ServerResponse) => void;
  let received: IncomingHttpHeaders | undefined;
  let apiRoot: string;
  beforeEach(async () => {
    connections = 0;
    received = undefined;
    server = createServer((request, response) => {
      received = request.headers;
      request.resume();
      request.on("end", () => answer(response));
    });
    server.on("connection", () => connections++);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("keeps its connections alive for calls one after another", async () => {
    answer = (response) => response.end(JSON.stringify({ ok: true, result: true }));
    const local = new Api("123:abc", { apiRoot, fetch: botApiFetch });

    for (let index = 0; index < 10; index++) expect(await local.deleteWebhook()).toBe(true);

    // undici may open a second connection for the call that follows the very first one at once,
    // before the first connection is back in its pool; after that the two serve every call.
    expect(connections).toBeLessThanOrEqual(2);
  });

  it("turns an answer that is not JSON into grammY's HttpError", async () => {
    answer = (response) => response.writeHead(502, { "content-type": "text/html" }).end("<html>Bad Gateway</html>");
    const local = new Api("123:abc", { apiRoot, fetch: botApiFetch });

    await expect(local.deleteWebhook()).rejects.toBeInstanceOf(HttpError);
  });

  it("sends a user name and password in TELEGRAM_API_ROOT as Basic authorization (a proxy in front of a self-hosted Bot API)", async () => {
    answer = (response) => response.end(JSON.stringify({ ok: true, result: true }));
    const local = new Api("123:abc", { apiRoot: apiRoot.replace("http://", "http://lotse:p%40ss@"), fetch: botApiFetch });

    expect(await local.deleteWebhook()).toBe(true);

    expect(received?.authorization).toBe(`Basic ${Buffer.from("lotse:p@ss").toString("base64")}`);
  });

  // The time limit is below the request core's connect timeout (10 s), where the connection
  // attempt would have ended by itself.
  it("gives up at the caller's deadline while the connection is still being made", { timeout: 5_000 }, async () => {
    // Takes the TCP connection but never answers the TLS handshake, as a black-holed proxy might.
    const sockets: Socket[] = [];
    const silent = createTcpServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const local = new Api("123:abc", { apiRoot: `https://127.0.0.1:${(silent.address() as AddressInfo).port}`, fetch: botApiFetch });
      const deadline = new AbortController();
      const call = local.deleteWebhook(undefined, deadline.signal as unknown as Parameters<Api["deleteWebhook"]>[1]);
      await vi.waitFor(() => expect(sockets).toHaveLength(1));

      deadline.abort();

      await expect(call).rejects.toBeInstanceOf(HttpError);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("turns an answer cut off halfway into grammY's HttpError", async () => {
    answer = (response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write('{"ok":true,');
      setImmediate(() => response.socket?.destroy());
    };
    const local = new Api("123:abc", { apiRoot, fetch: botApiFetch });

    await expect(local.deleteWebhook()).rejects.toBeInstanceOf(HttpError);
  });
});
