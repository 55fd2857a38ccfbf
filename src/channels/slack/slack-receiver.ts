// Slack's request URL as a route of our HTTP front (src/http/http-front.ts), in place of Bolt's
// HTTPReceiver. Bolt's receiver runs a server of its own and throws at the process on requests
// it does not expect (another path or method, a `null` payload); here the front owns the
// socket, and this receiver only turns one verified, parsed request into app.processEvent().
// Socket Mode is a different Receiver handed to createSlackApp (socket-mode.ts); listeners do not change.
import { verifySlackRequest, type App, type Receiver, type ReceiverEvent } from "@slack/bolt";
import { z } from "zod";
import type { BufferedRequest, HttpResponse, HttpRoute } from "../../http/route";
import { safeError, type Logger } from "../../logger";
import { SLACK_EVENTS_PATH } from "./events-path";

export { SLACK_EVENTS_PATH };
/**
 * Slack waits 3 s for the HTTP answer and then shows the user an error (and retries events).
 * Our listeners acknowledge first thing; if one does not, we answer anyway a little before that.
 */
export const SLACK_ACK_TIMEOUT_MS = 2_500;
/** Bolt's and Slack's limit for the age of a signed request (replay protection). */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export interface SlackReceiverOptions {
  signingSecret: string;
  logger: Logger;
  path?: string;
  ackTimeoutMs?: number;
  /** Milliseconds since the epoch; tests move the clock to check the staleness rule. */
  now?: () => number;
}

const signatureHeadersSchema = z.object({
  "x-slack-signature": z.string().regex(/^v0=[0-9a-f]{64}$/),
  "x-slack-request-timestamp": z.string().regex(/^\d{1,12}$/).transform(Number),
});
const retryHeadersSchema = z.object({
  "x-slack-retry-num": z.string().regex(/^\d{1,4}$/).transform(Number).optional(),
  "x-slack-retry-reason": z.string().max(100).optional(),
});
/** Every Slack request body is an object; Bolt reads its fields without checking (`null.ssl_check`). */
const slackBodySchema = z.record(z.string(), z.unknown());
const urlVerificationSchema = z.object({ type: z.literal("url_verification"), challenge: z.string().min(1).max(500) });

const EMPTY_OK: HttpResponse = { status: 200, body: "" };

export class SlackRequestReceiver implements Receiver {
  /** Mount this on the HTTP front. */
  readonly route: HttpRoute;
  private app: App | undefined;
  private readonly log: Logger;
  private readonly signingSecret: string;
  private readonly ackTimeoutMs: number;
  private readonly now: () => number;

  constructor(options: SlackReceiverOptions) {
    if (!options.signingSecret) throw new Error("SlackRequestReceiver needs the signing secret");
    this.signingSecret = options.signingSecret;
    this.log = options.logger.child({ component: "slack-receiver" });
    this.ackTimeoutMs = options.ackTimeoutMs ?? SLACK_ACK_TIMEOUT_MS;
    this.now = options.now ?? Date.now;
    this.route = { method: "POST", path: options.path ?? SLACK_EVENTS_PATH, handle: (request) => this.handle(request) };
  }

  /** Called by Bolt's App constructor. */
  init(app: App): void {
    this.app = app;
  }

  /** The HTTP front serves the route; there is no server of our own to start or stop. */
  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  private async handle(request: BufferedRequest): Promise<HttpResponse> {
    const app = this.app;
    if (!app) {
      this.log.error("slack request before the Bolt app was created");
      return { status: 503, body: "" };
    }
    const raw = request.rawBody.toString("utf8");
    const contentType = mediaType(request.headers["content-type"]);

    // Slack checks the certificate with an unsigned `ssl_check=1`; it needs a 200 and nothing else.
    if (contentType === "application/x-www-form-urlencoded" && new URLSearchParams(raw).get("ssl_check") === "1") {
      return EMPTY_OK;
    }

    const rejection = this.verify(request, raw);
    if (rejection) {
      // The body stays out of the log: it holds what coordinators and residents wrote.
      this.log.warn({ reason: rejection }, "slack request refused: signature");
      return { status: 401, body: "" };
    }

    const parsed = parseBody(contentType, raw);
    if (!parsed.ok) {
      this.log.warn({ reason: parsed.reason }, "slack request refused: body");
      return { status: 400, body: "" };
    }
    const body = slackBodySchema.safeParse(parsed.value);
    if (!body.success) {
      this.log.warn({ reason: "body is not an object", type: parsed.value === null ? "null" : Array.isArray(parsed.value) ? "array" : typeof parsed.value }, "slack request refused: body");
      return { status: 400, body: "" };
    }

    const challenge = urlVerificationSchema.safeParse(body.data);
    if (challenge.success) {
      return { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ challenge: challenge.data.challenge }) };
    }

    const retry = retryHeadersSchema.safeParse({
      "x-slack-retry-num": request.headers["x-slack-retry-num"],
      "x-slack-retry-reason": request.headers["x-slack-retry-reason"],
    });
    return this.dispatch(app, body.data, retry.success ? retry.data : {});
  }

  /** Why the request is refused, or null for a genuine one from Slack. */
  private verify(request: BufferedRequest, raw: string): string | null {
    const headers = signatureHeadersSchema.safeParse({
      "x-slack-signature": request.headers["x-slack-signature"],
      "x-slack-request-timestamp": request.headers["x-slack-request-timestamp"],
    });
    if (!headers.success) return "missing or malformed signature headers";
    const nowMs = this.now();
    // Bolt only refuses old timestamps; one from the future is as much a replay risk.
    if (headers.data["x-slack-request-timestamp"] > Math.floor(nowMs / 1000) + MAX_CLOCK_SKEW_SECONDS) return "timestamp in the future";
    try {
      verifySlackRequest({ signingSecret: this.signingSecret, body: raw, headers: headers.data, nowMilliseconds: nowMs });
      return null;
    } catch (error) {
      // Bolt's messages say "stale" or "signature mismatch"; they contain no request data.
      return safeError(error).reason;
    }
  }

  /**
   * Hands the body to Bolt and answers when a listener calls ack(). The listener's work goes
   * on after the answer; its failure then is logged, not thrown.
   */
  private dispatch(app: App, body: Record<string, unknown>, retry: { "x-slack-retry-num"?: number | undefined; "x-slack-retry-reason"?: string | undefined }): Promise<HttpResponse> {
    const kind = typeof body.type === "string" ? body.type.slice(0, 40) : "unknown";
    return new Promise<HttpResponse>((resolve) => {
      let answered = false;
      const answer = (response: HttpResponse): boolean => {
        if (answered) return false;
        answered = true;
        clearTimeout(timer);
        resolve(response);
        return true;
      };
      const timer = setTimeout(() => {
        if (answer(EMPTY_OK)) this.log.warn({ kind, timeoutMs: this.ackTimeoutMs }, "slack request not acknowledged in time; answered 200");
      }, this.ackTimeoutMs);
      timer.unref();

      const event: ReceiverEvent = {
        body,
        ack: async (response?: unknown) => {
          if (!answer(ackResponse(response))) this.log.warn({ kind }, "slack request acknowledged after it was answered");
        },
        ...(retry["x-slack-retry-num"] !== undefined ? { retryNum: retry["x-slack-retry-num"] } : {}),
        ...(retry["x-slack-retry-reason"] !== undefined ? { retryReason: retry["x-slack-retry-reason"] } : {}),
      };
      Promise.resolve()
        .then(() => app.processEvent(event))
        .then(
          () => {
            // No listener for it (Bolt logged "could not determine the type"), or one that never acked.
            if (answer(EMPTY_OK)) this.log.info({ kind }, "slack request handled without acknowledgement; answered 200");
          },
          (error: unknown) => {
            this.log.error({ kind, err: safeError(error) }, "slack request failed");
            answer({ status: 500, body: "" });
          },
        );
    });
  }
}

/** What ack(response) sends back, as Bolt's own receivers do it. */
function ackResponse(response: unknown): HttpResponse {
  if (response === undefined || response === null || response === "") return EMPTY_OK;
  if (typeof response === "string") return { status: 200, headers: { "content-type": "text/plain; charset=utf-8" }, body: response };
  return { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(response) };
}

function mediaType(header: string | undefined): string {
  return (header ?? "").split(";")[0]!.trim().toLowerCase();
}

type Parsed = { ok: true; value: unknown } | { ok: false; reason: string };

/** Interactivity posts `payload=<JSON>` as a form; slash commands a plain form; the Events API JSON. */
function parseBody(contentType: string, raw: string): Parsed {
  if (contentType === "application/x-www-form-urlencoded") {
    const params = new URLSearchParams(raw);
    const payload = params.get("payload");
    if (payload === null) return { ok: true, value: Object.fromEntries(params) };
    return parseJson(payload);
  }
  if (contentType === "application/json") return parseJson(raw);
  return { ok: false, reason: "unsupported content type" };
}

function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: "malformed JSON" };
  }
}
