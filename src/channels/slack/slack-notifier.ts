// The outbox's Slack sender: renders signup notifications from the database and posts them to
// the organisation's channel (or the network channel). Knows Slack; the outbox does not.
import { ErrorCode, type WebClient } from "@slack/web-api";
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { DEFAULT_LOCALE, type BotLocale } from "../../domain/vocabulary";
import type { Translator } from "../../i18n/translator";
import type { Logger } from "../../logger";
import { DeliveryError, type DeliveryResult, type OutgoingNotification, type SlackSender } from "../../services/notification/senders";
import { loadSignupView, type LoadedSignup } from "./load-signup-view";
import { buildSignupMessage, escapeMrkdwn, type SlackMessage } from "./signup-message";
import { createSlackWebClient } from "./slack-client";

export interface SlackNotifierOptions {
  prisma: PrismaClient;
  translator: Translator;
  logger: Logger;
  /** Where signups of organisations without their own channel go, and the fallback when theirs fails. */
  networkChannel: string;
  /** Either a ready client (tests, shared with Bolt) or the token and API URL to make one. */
  client?: WebClient;
  token?: string;
  slackApiUrl?: string;
  /** Language of the coordinators' messages. */
  locale?: BotLocale;
}

const signupPayloadSchema = z.object({ signupId: z.number().int().positive() });

/** Errors that mean "this channel cannot take our message", as opposed to Slack being down. */
const CHANNEL_ERRORS = new Set(["channel_not_found", "not_in_channel", "is_archived", "restricted_action"]);
/** Errors in what we sent: the same request will fail again, however often it is retried. */
const REQUEST_ERRORS = new Set(["invalid_blocks", "invalid_blocks_format", "msg_too_long", "no_text", "invalid_arguments", "too_many_attachments"]);

/** A Slack message address as stored in Notification.externalRef: "channel:ts". */
export function formatSlackRef(channel: string, ts: string): string {
  return `${channel}:${ts}`;
}

export function parseSlackRef(ref: string): { channel: string; ts: string } | null {
  const match = /^([A-Z0-9]+):(\d+\.\d+)$/i.exec(ref);
  return match ? { channel: match[1]!, ts: match[2]! } : null;
}

export function createSlackNotifier(options: SlackNotifierOptions): SlackSender {
  const { prisma, translator, logger, networkChannel } = options;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const client = options.client ?? clientFrom(options);

  async function post(
    channel: string,
    message: { text: string; blocks?: SlackMessage["blocks"] },
    thread?: { thread_ts: string; reply_broadcast: boolean },
  ): Promise<string> {
    const result = await client.chat.postMessage(thread ? { channel, ...message, ...thread } : { channel, ...message });
    // The channel in the answer is the id even if we addressed the channel by name.
    const postedChannel = typeof result.channel === "string" ? result.channel : channel;
    if (!result.ts) throw new DeliveryError("slack:missing_ts");
    return formatSlackRef(postedChannel, result.ts);
  }

  /** Posts to the organisation's channel; if Slack refuses that channel, to the network channel with a note. */
  async function postForOrganisation(
    notification: OutgoingNotification,
    loaded: LoadedSignup,
    render: (notice?: string) => SlackMessage,
  ): Promise<string> {
    const ownChannel = loaded.organisation.slackChannel;
    const channel = ownChannel ?? networkChannel;
    try {
      return await post(channel, render());
    } catch (error) {
      const code = slackErrorCode(error);
      if (ownChannel === null || ownChannel === networkChannel || code === undefined || !CHANNEL_ERRORS.has(code)) throw error;
      // Waiting does not help until someone invites the app or fixes the channel id, and a
      // signup that nobody sees for hours is worse than one in the wrong channel.
      logger.warn(
        { notificationId: notification.id, organisationId: loaded.organisation.id, error: `slack:${code}` },
        "organisation channel unreachable, posting to the network channel",
      );
      const notice = translator.t(locale, "slack-channel-fallback-note", { organisation: loaded.organisation.name, error: code });
      return await post(networkChannel, render(notice));
    }
  }

  async function load(notification: OutgoingNotification): Promise<LoadedSignup> {
    const parsed = signupPayloadSchema.safeParse(notification.payload);
    if (!parsed.success) throw new DeliveryError("payload:invalid", { permanent: true });
    const loaded = await loadSignupView(prisma, parsed.data.signupId);
    if (!loaded) throw new DeliveryError("signup:not-found", { permanent: true });
    return loaded;
  }

  async function signupCreated(notification: OutgoingNotification): Promise<DeliveryResult> {
    const loaded = await load(notification);
    const ref = await postForOrganisation(notification, loaded, (notice) =>
      buildSignupMessage(loaded.view, { translator, locale, ...(notice ? { notice } : {}) }),
    );
    return { ref };
  }

  async function signupWithdrawn(notification: OutgoingNotification): Promise<DeliveryResult> {
    const loaded = await load(notification);
    const original = await findOriginalMessage(prisma, loaded.view.signupId);
    if (original) {
      try {
        // The original loses its buttons and shows "withdrawn", so nobody acts on it any more …
        await client.chat.update({ channel: original.channel, ts: original.ts, ...buildSignupMessage(loaded.view, { translator, locale }) });
        // … and a reply in its thread, also shown in the channel, tells those who already read it.
        const ref = await post(
          original.channel,
          { text: translator.t(locale, "slack-withdrawn-reply") },
          { thread_ts: original.ts, reply_broadcast: true },
        );
        return { ref };
      } catch (error) {
        const code = slackErrorCode(error);
        // The original was deleted or its channel is gone: fall through to a message of its own.
        if (code !== "message_not_found" && code !== "cant_update_message" && !(code && CHANNEL_ERRORS.has(code))) throw error;
        logger.warn({ notificationId: notification.id, error: `slack:${code}` }, "original signup message not updatable");
      }
    }
    // Never posted (or gone): a message of its own, naming the signup, instead of an update.
    const ref = await postForOrganisation(notification, loaded, (notice) => withdrawnMessage(loaded, notice));
    return { ref };
  }

  function withdrawnMessage(loaded: LoadedSignup, notice?: string): SlackMessage {
    const text = translator.t(locale, "slack-withdrawn-message", {
      id: String(loaded.view.signupId),
      title: loaded.view.opportunity.title,
    });
    const blocks: SlackMessage["blocks"] = [];
    if (notice) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `:warning: ${escapeMrkdwn(notice)}` }] });
    blocks.push({ type: "section", text: { type: "mrkdwn", text: escapeMrkdwn(text) } });
    return { text, blocks };
  }

  return {
    async deliver(notification) {
      try {
        switch (notification.kind) {
          case "signup-created":
            return await signupCreated(notification);
          case "signup-withdrawn":
            return await signupWithdrawn(notification);
          default:
            throw new DeliveryError(`kind:unsupported:${notification.kind}`, { permanent: true });
        }
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
  };
}

function clientFrom(options: SlackNotifierOptions): WebClient {
  if (!options.token) throw new Error("createSlackNotifier needs a client or a token");
  return createSlackWebClient({
    token: options.token,
    logger: options.logger,
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
  });
}

/** The Slack message of the signup-created notification that went out for this signup, if any. */
async function findOriginalMessage(prisma: PrismaClient, signupId: number): Promise<{ channel: string; ts: string } | null> {
  // The payload is JSON text; `contains` narrows the search, the parse below makes it exact
  // (so signup 5 does not match signup 50).
  const candidates = await prisma.notification.findMany({
    where: { channel: "slack", kind: "signup-created", status: "sent", externalRef: { not: null }, payload: { contains: `"signupId":${signupId}` } },
    orderBy: { id: "desc" },
    select: { payload: true, externalRef: true },
  });
  for (const candidate of candidates) {
    const parsed = signupPayloadSchema.safeParse(safeJson(candidate.payload));
    if (parsed.success && parsed.data.signupId === signupId && candidate.externalRef) {
      const ref = parseSlackRef(candidate.externalRef);
      if (ref) return ref;
    }
  }
  return null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function slackErrorCode(error: unknown): string | undefined {
  if (isCoded(error) && error.code === ErrorCode.PlatformError) {
    const data = (error as { data?: { error?: unknown } }).data;
    return typeof data?.error === "string" ? data.error : "unknown";
  }
  return undefined;
}

function isCoded(error: unknown): error is { code: unknown } {
  return typeof error === "object" && error !== null && "code" in error;
}

/** Slack's errors in the outbox's terms; codes only, never the request (it holds names and messages). */
function toDeliveryError(error: unknown): unknown {
  if (error instanceof DeliveryError || !isCoded(error)) return error;
  switch (error.code) {
    case ErrorCode.PlatformError: {
      const code = slackErrorCode(error) ?? "unknown";
      return new DeliveryError(`slack:${code}`, { permanent: REQUEST_ERRORS.has(code) });
    }
    case ErrorCode.RateLimitedError: {
      const seconds = (error as { retryAfter?: unknown }).retryAfter;
      return new DeliveryError("slack:rate_limited", { retryAfterMs: (typeof seconds === "number" && seconds > 0 ? seconds : 30) * 1000 });
    }
    case ErrorCode.HTTPError:
      return new DeliveryError(`slack:http_${String((error as { statusCode?: unknown }).statusCode ?? "error")}`);
    case ErrorCode.RequestError:
      return new DeliveryError("slack:request_error");
    default:
      return error;
  }
}
