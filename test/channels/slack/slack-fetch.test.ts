// The Slack Web API client over Node's http (slack-fetch.ts), as the app makes it
// (slackClientOptions), against the fake Slack Web API: what goes out and comes back must be what
// the global fetch gave, including Slack's error answers, and a file upload still arrives.
import { ErrorCode, type WebAPIHTTPError, type WebAPIPlatformError, type WebAPIRateLimitedError, type WebClient } from "@slack/web-api";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createSlackWebClient } from "../../../src/channels/slack/slack-client";
import { slackFetch } from "../../../src/channels/slack/slack-fetch";
import { createLogger } from "../../../src/logger";
import { freePort } from "../../support/app-harness";
import { useFakeSlackApi } from "../../support/slack/fake-slack-api";

const slack = useFakeSlackApi();
const logger = createLogger({ level: "silent" });

function client(options: { timeoutMs?: number; slackApiUrl?: string } = {}): WebClient {
  return createSlackWebClient({ token: "xoxb-test", slackApiUrl: options.slackApiUrl ?? slack.url, logger, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
}

async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: Error & { code?: string }) => error,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("Slack Web API calls over Node's http", () => {
  it("posts a message with umlauts, emoji and blocks, and reads Slack's answer", async () => {
    const text = "Neue Anmeldung: Jürgen Öztürk 👋 für „Lesepaten“";
    const blocks = [{ type: "section", text: { type: "mrkdwn", text: `*${text}*` } }];
    const globalFetch = vi.spyOn(globalThis, "fetch");
    const result = await client().chat.postMessage({ channel: "C0NETZWERK", text, blocks });

    expect(result.ok).toBe(true);
    const message = slack.messages.get(`C0NETZWERK:${result.ts}`);
    expect(message).toMatchObject({ text, blocks });
    expect(slack.calls[0]).toMatchObject({ method: "chat.postMessage", token: "xoxb-test", failed: false });
    expect(globalFetch).not.toHaveBeenCalled();
  });

  it("gives Slack's refusal as the platform error with its code", async () => {
    slack.failNext("chat.postMessage", { error: "channel_not_found" });
    const error = (await rejection(client().chat.postMessage({ channel: "C0GONE", text: "x" }))) as WebAPIPlatformError;
    expect(error.code).toBe(ErrorCode.PlatformError);
    expect(error.data.error).toBe("channel_not_found");
  });

  it("reads Retry-After of a 429 from the answer's headers", async () => {
    slack.failNext("chat.postMessage", { status: 429, retryAfter: 7 });
    const error = (await rejection(client().chat.postMessage({ channel: "C0NETZWERK", text: "x" }))) as WebAPIRateLimitedError;
    expect(error.code).toBe(ErrorCode.RateLimitedError);
    expect(error.retryAfter).toBe(7);
  });

  it("gives another HTTP status as the HTTP error with that status", async () => {
    slack.failNext("chat.postMessage", { status: 503 });
    const error = (await rejection(client().chat.postMessage({ channel: "C0NETZWERK", text: "x" }))) as WebAPIHTTPError;
    expect(error.code).toBe(ErrorCode.HTTPError);
    expect(error.statusCode).toBe(503);
  });

  it("turns a dropped connection, no answer in time and an unreachable server into request errors", async () => {
    slack.failNext("chat.postMessage", { mode: "drop" });
    expect((await rejection(client().chat.postMessage({ channel: "C0NETZWERK", text: "x" }))).code).toBe(ErrorCode.RequestError);

    slack.failNext("chat.postMessage", { mode: "hang" });
    expect((await rejection(client({ timeoutMs: 200 }).chat.postMessage({ channel: "C0NETZWERK", text: "x" }))).code).toBe(ErrorCode.RequestError);

    const unreachable = client({ slackApiUrl: `http://127.0.0.1:${await freePort()}/api/` });
    expect((await rejection(unreachable.chat.postMessage({ channel: "C0NETZWERK", text: "x" }))).code).toBe(ErrorCode.RequestError);
  });

  it("still uploads a file (multipart, through the global fetch)", async () => {
    const csv = "Anmeldung;Status\n1;neu – Größe\n";
    const globalFetch = vi.spyOn(globalThis, "fetch");
    await client().files.uploadV2({ channel_id: "D0COORD01", file: Buffer.from(csv, "utf8"), filename: "anmeldungen.csv", initial_comment: "Export" });

    const [file] = [...slack.files.values()];
    expect(file).toMatchObject({ filename: "anmeldungen.csv", channel: "D0COORD01", initialComment: "Export", completed: true });
    expect(file!.content.toString("utf8")).toBe(csv);
    // Only the multipart upload itself; getUploadURLExternal and completeUploadExternal are forms.
    expect(globalFetch).toHaveBeenCalledTimes(1);
  });

  it("answers with a Response that carries the URL, status and headers", async () => {
    const url = `${slack.url}auth.test`;
    const response = await slackFetch(url, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: "Bearer xoxb-test" }, body: "" });
    expect(response.url).toBe(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("application/json");
    expect(await response.json()).toMatchObject({ ok: true });
  });
});
