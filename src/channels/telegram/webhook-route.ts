// Webhook mode: Telegram POSTs each update here. The route answers as soon as the update is
// recorded — well within Telegram's window, however long the answer to the resident takes —
// and the pipeline handles it afterwards, on the same per-chat-ordered path as long polling.
// The answer to a button press carries answerCallbackQuery (callback-answer.ts).
import { createHash, timingSafeEqual } from "node:crypto";
import type { Update } from "grammy/types";
import type { BufferedRequest, HttpResponse, HttpRoute } from "../../http/route";
import type { Logger } from "../../logger";
import { webhookReplyAnswering } from "./callback-answer";
import { telegramUpdateSchema, type TelegramUpdatePipeline } from "./update-pipeline";

export const TELEGRAM_SECRET_HEADER = "x-telegram-bot-api-secret-token";

export interface TelegramWebhookRouteOptions {
  /** Path of TELEGRAM_WEBHOOK_URL, e.g. "/telegram/webhook". */
  path: string;
  /** TELEGRAM_WEBHOOK_SECRET; Telegram sends it in the X-Telegram-Bot-Api-Secret-Token header. */
  secret: string;
  pipeline: Pick<TelegramUpdatePipeline, "accepting" | "receive">;
  logger: Logger;
}

export function createTelegramWebhookRoute(options: TelegramWebhookRouteOptions): HttpRoute {
  const { pipeline, logger } = options;
  const expected = digest(options.secret);

  const reject = (status: number, reason: string): HttpResponse => {
    // Never the body: it is not ours to log (and may hold what a resident wrote).
    logger.warn({ status, reason }, "telegram webhook request refused");
    return { status };
  };

  return {
    method: "POST",
    path: options.path,
    async handle(request: BufferedRequest): Promise<HttpResponse> {
      const header = request.headers[TELEGRAM_SECRET_HEADER];
      // Compared as SHA-256 digests: same length whatever was sent, and timing-safe.
      if (typeof header !== "string" || !timingSafeEqual(digest(header), expected)) return reject(401, "secret");
      // Stopping: Telegram keeps the update and delivers it again (to the next process).
      if (!pipeline.accepting) return { status: 503, headers: { "retry-after": "5" } };

      let json: unknown;
      try {
        json = JSON.parse(request.rawBody.toString("utf8"));
      } catch {
        return reject(400, "json");
      }
      const parsed = telegramUpdateSchema.safeParse(json);
      if (!parsed.success) return reject(400, "update");

      // A database failure rejects here: the front answers 500 and Telegram delivers again.
      const update = parsed.data as unknown as Update;
      // A button press is answered in this response (callback-answer.ts); marked before the
      // handling starts, so that the handler does not answer it too.
      const reply = webhookReplyAnswering(update);
      await pipeline.receive(update);
      return reply ? { status: 200, headers: { "content-type": "application/json" }, body: reply } : { status: 200 };
    },
  };
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}
