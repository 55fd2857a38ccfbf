import fc from "fast-check";
import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { formatSafeError, safeError, scrubSecrets } from "../../src/logger";
import { captureLogs } from "../support/app-harness";

const BOT_TOKEN = "7000001:AAHk3x9QmZp2LwVt7YbR4nD8sFjC6uE1gHo";

describe("scrubSecrets", () => {
  it.each([
    [`token ${BOT_TOKEN} refused`, "token [redacted] refused"],
    [`POST https://api.telegram.org/bot${BOT_TOKEN}/sendMessage`, "POST https://api.telegram.org/bot[redacted]/sendMessage"],
    ["Slack said xoxb-1234-5678-AbCdEf and xapp-1-A0-123-abc", "Slack said [redacted] and [redacted]"],
    ["Authorization: Bearer abc.def-ghi", "Authorization: [redacted]"],
    ['{"authorization":"Bot sekret"}', '{"authorization":"[redacted]"}'],
    ["headers: Bearer abcdef123", "headers: Bearer [redacted]"],
    ["GET /x?token=abc&user=1&secret=s3", "GET /x?token=[redacted]&user=1&secret=[redacted]"],
    ["connect ECONNREFUSED 127.0.0.1:443", "connect ECONNREFUSED 127.0.0.1:443"],
    ["GET /bottles/12:34", "GET /bottles/12:34"],
    ["POST /bot123:short/getMe", "POST /bot[redacted]/getMe"],
  ])("%s", (input, expected) => {
    expect(scrubSecrets(input)).toBe(expected);
  });

  it("removes every token the configuration accepts, wherever it stands in a text", () => {
    const token = fc
      .tuple(fc.integer({ min: 100, max: 9_999_999_999 }), fc.stringMatching(/^[A-Za-z0-9_-]{20,46}$/))
      .map(([id, secret]) => `${id}:${secret}`);
    fc.assert(
      fc.property(fc.string(), token, fc.string(), fc.constantFrom("", "/bot", " "), (before, value, after, prefix) => {
        const secretPart = value.split(":")[1]!;
        expect(scrubSecrets(`${before} ${prefix}${value} ${after}`)).not.toContain(secretPart);
      }),
    );
  });
});

describe("safeError", () => {
  it("keeps a GrammyError's code and method, not its payload", () => {
    const error = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
      "sendMessage",
      { chat_id: 604918273, text: "Hallo Wiebke" },
    );
    const safe = safeError(error);
    expect(safe).toEqual({ type: "GrammyError", code: 403, method: "sendMessage", reason: "Call to 'sendMessage' failed! (403: Forbidden: bot was blocked by the user)" });
    expect(JSON.stringify(safe)).not.toMatch(/Wiebke|604918273/);
  });

  it("follows an HttpError to the network error and scrubs the token from its URL", () => {
    const network = Object.assign(new Error(`request to https://api.telegram.org/bot${BOT_TOKEN}/getMe failed`), { code: "ETIMEDOUT" });
    expect(safeError(new HttpError("Network request for 'getMe' failed!", network))).toEqual({
      type: "HttpError",
      reason: "Network request for 'getMe' failed!",
      cause: { type: "Error", code: "ETIMEDOUT", reason: "request to https://api.telegram.org/bot[redacted]/getMe failed" },
    });
  });

  it("takes Slack's own code from data.error and the HTTP status", () => {
    const platform = Object.assign(new Error("An API error occurred: not_in_channel"), { code: "slack_webapi_platform_error", data: { ok: false, error: "not_in_channel", response_metadata: { messages: ["x"] } } });
    expect(safeError(platform)).toMatchObject({ code: "not_in_channel" });
    const http = Object.assign(new Error("An HTTP protocol error occurred: statusCode = 503"), { code: "slack_webapi_http_error", statusCode: 503, body: "<html>secret</html>" });
    expect(safeError(http)).toEqual({ type: "Error", code: "slack_webapi_http_error", status: 503, reason: "An HTTP protocol error occurred: statusCode = 503" });
  });

  it("says nothing of a thrown plain object, and handles primitives", () => {
    expect(safeError({ chat_id: 1, text: "Hallo Wiebke", name: "Payload" })).toEqual({ type: "Payload", reason: "non-error object thrown" });
    expect(safeError(null)).toEqual({ type: "null", reason: "null" });
    expect(safeError(undefined)).toEqual({ type: "undefined", reason: "undefined" });
    expect(safeError(42)).toEqual({ type: "number", reason: "number" });
    expect(safeError(`failed with ${BOT_TOKEN}`)).toEqual({ type: "string", reason: "failed with [redacted]" });
  });

  it("bounds the reason and the cause chain, also for a cycle", () => {
    const a = new Error("a".repeat(1_000));
    const b = new Error("b", { cause: a });
    (a as { cause?: unknown }).cause = b;
    const safe = safeError(b);
    expect(JSON.stringify(safe).length).toBeLessThan(2_000);
    expect(safe.cause?.reason.length).toBeLessThanOrEqual(300);
  });

  it("survives an error whose properties throw, and returns its own result unchanged", () => {
    const hostile = new Proxy(new Error("x"), {
      get() {
        throw new Error("no");
      },
    });
    expect(safeError(hostile)).toEqual({ type: "unknown", reason: "error could not be described" });
    const safe = safeError(new Error("once"));
    expect(safeError(safe)).toBe(safe);
  });

  it("formats one line for stderr", () => {
    const network = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:443"), { code: "ECONNREFUSED" });
    expect(formatSafeError(new HttpError("Network request for 'getMe' failed!", network))).toBe(
      "HttpError: Network request for 'getMe' failed! ← caused by Error (ECONNREFUSED): connect ECONNREFUSED 127.0.0.1:443",
    );
  });
});

describe("createLogger", () => {
  it("redacts personal fields at any of the first three levels but keeps an error's meaning", () => {
    const { logger, records } = captureLogs();
    const error = new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: 400, description: "Bad Request: chat not found" }, "sendMessage", { chat_id: 1, text: "Hallo" });
    logger.info(
      {
        firstName: "Wiebke",
        resident: { first_name: "Wiebke", telegramUsername: "wiebke_probe", profile: { email: "w@example.org", phone: "0151" } },
        message: "Ich wohne in der Lindenstraße",
        payload: { signupId: 1 },
        token: BOT_TOKEN,
        err: error,
        error: `slack:not_in_channel ${BOT_TOKEN}`,
        signupId: 7,
      },
      "something happened",
    );
    const [record] = records;
    expect(record).toMatchObject({
      firstName: "[redacted]",
      resident: { first_name: "[redacted]", telegramUsername: "[redacted]", profile: { email: "[redacted]", phone: "[redacted]" } },
      message: "[redacted]",
      payload: "[redacted]",
      token: "[redacted]",
      error: "slack:not_in_channel [redacted]",
      signupId: 7,
      err: { type: "GrammyError", code: 400, method: "sendMessage", reason: "Call to 'sendMessage' failed! (400: Bad Request: chat not found)" },
    });
    expect(JSON.stringify(records)).not.toMatch(/Wiebke|wiebke_probe|Lindenstraße|AAHk3x9/);
  });

  it("logs an error passed as the only argument through the serializer, with a scrubbed message", () => {
    const { logger, records } = captureLogs();
    logger.error(new Error(`GET /bot${BOT_TOKEN}/getMe failed`));
    logger.child({ component: "x" }).warn(`plain message with ${BOT_TOKEN}`);
    expect(records[0]).toMatchObject({ msg: "GET /bot[redacted]/getMe failed", err: { type: "Error", reason: "GET /bot[redacted]/getMe failed" } });
    expect(records[1]).toMatchObject({ component: "x", msg: "plain message with [redacted]" });
  });
});
