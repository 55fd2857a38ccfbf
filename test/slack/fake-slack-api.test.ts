import { ErrorCode, WebClient } from "@slack/web-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSlackApi, type FakeSlackApi } from "../support/slack/fake-slack-api";

// The fake must behave like Slack towards the real WebClient, or the other tests prove little.
let slack: FakeSlackApi;
let client: WebClient;
beforeAll(async () => {
  slack = await startFakeSlackApi();
  client = new WebClient("xoxb-test", { slackApiUrl: slack.url, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
});
afterAll(() => slack.close());

describe("fake Slack Web API", () => {
  it("answers auth.test and records the bearer token", async () => {
    const result = await client.auth.test();
    expect(result.user_id).toMatch(/^U/);
    expect(slack.calls.at(-1)).toMatchObject({ method: "auth.test", token: "xoxb-test" });
  });

  it("posts messages with increasing ts and decodes blocks", async () => {
    const first = await client.chat.postMessage({ channel: "C1", text: "a", blocks: [{ type: "section", text: { type: "mrkdwn", text: "a" } }] });
    const second = await client.chat.postMessage({ channel: "C1", text: "b" });
    expect(first.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    expect(first.channel).toBe("C1");
    const call = slack.okCalls("chat.postMessage")[0]!;
    expect(call.body.blocks).toEqual([{ type: "section", text: { type: "mrkdwn", text: "a" } }]);
  });

  it("updates known messages only", async () => {
    const posted = await client.chat.postMessage({ channel: "C2", text: "old" });
    await client.chat.update({ channel: "C2", ts: posted.ts!, text: "new" });
    expect(slack.messages.get(`C2:${posted.ts}`)?.text).toBe("new");
    await expect(client.chat.update({ channel: "C2", ts: "1.000001", text: "x" })).rejects.toMatchObject({
      code: ErrorCode.PlatformError,
      data: { error: "message_not_found" },
    });
  });

  it("injects platform errors, HTTP errors and rate limits", async () => {
    slack.failNext("chat.postMessage", { error: "not_in_channel" });
    await expect(client.chat.postMessage({ channel: "C3", text: "x" })).rejects.toMatchObject({ data: { error: "not_in_channel" } });
    slack.failNext("chat.postMessage", { status: 429, retryAfter: 7 });
    await expect(client.chat.postMessage({ channel: "C3", text: "x" })).rejects.toMatchObject({ code: ErrorCode.RateLimitedError, retryAfter: 7 });
    slack.failNext("chat.postMessage", { status: 503 }, 2);
    await expect(client.chat.postMessage({ channel: "C3", text: "x" })).rejects.toMatchObject({ code: ErrorCode.HTTPError, statusCode: 503 });
    await expect(client.chat.postMessage({ channel: "C3", text: "x" })).rejects.toMatchObject({ statusCode: 503 });
    await expect(client.chat.postMessage({ channel: "C3", text: "x" })).resolves.toMatchObject({ ok: true });
  });

  it("answers ephemeral messages and users.info", async () => {
    await expect(client.chat.postEphemeral({ channel: "C1", user: "U1", text: "psst" })).resolves.toMatchObject({ ok: true });
    const info = await client.users.info({ user: "U0COORD01" });
    expect(info.user?.id).toBe("U0COORD01");
  });
});
