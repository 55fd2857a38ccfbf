// What the outbox needs from a channel: deliver one notification, say how it went. The
// outbox knows nothing about Slack or Telegram; each channel renders the message itself from
// the ids in the payload, at delivery time, so the outbox never holds personal data.

/** One outbox row as a sender sees it. */
export interface OutgoingNotification {
  id: number;
  /** e.g. "signup-created", "signup-withdrawn", "signup-status-changed". */
  kind: string;
  /** The parsed JSON payload (ids only); each sender validates what it reads. */
  payload: unknown;
  /** Delivery attempts so far, including this one. */
  attempts: number;
}

export interface DeliveryResult {
  /** The receiver's reference for later updates, e.g. Slack "C123:1700000000.000100"; null if none. */
  ref: string | null;
}

export interface NotificationSender {
  deliver(notification: OutgoingNotification): Promise<DeliveryResult>;
}

/** Posts signup notifications for coordinators (src/channels/slack/slack-notifier.ts). */
export type SlackSender = NotificationSender;
/** Tells residents about their signups in the chat (written by the Telegram channel). */
export type TelegramSender = NotificationSender;

/** The channels an outbox row can be addressed to (Notification.channel). */
export interface NotificationSenders {
  slack?: SlackSender;
  telegram?: TelegramSender;
}

/**
 * A failure a sender understands. `code` goes into Notification.lastError and the logs, so it
 * must never contain personal data: use error codes such as "slack:channel_not_found".
 */
export class DeliveryError extends Error {
  readonly code: string;
  /** Retrying cannot help (unknown kind, malformed payload, signup gone): fail the row now. */
  readonly permanent: boolean;
  /** The receiver asked us to wait (rate limit); the row is postponed without counting an attempt. */
  readonly retryAfterMs: number | undefined;

  constructor(code: string, options: { permanent?: boolean; retryAfterMs?: number; cause?: unknown } = {}) {
    super(code, { cause: options.cause });
    this.name = "DeliveryError";
    this.code = code;
    this.permanent = options.permanent ?? false;
    this.retryAfterMs = options.retryAfterMs;
  }
}
