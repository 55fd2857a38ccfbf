// What the outbox needs from a channel: deliver one notification, say how it went. The
// outbox knows nothing about Slack or Telegram; each channel has a renderer per kind it
// receives and renders the message itself from the ids in the payload, at delivery time, so the
// outbox never holds personal data.
import type { NotificationChannel, NotificationKind, TypedNotification } from "./kinds";
import { NOTIFICATION_KINDS } from "./kinds";

/** One outbox row as a sender sees it: payload already checked by its kind's schema. */
export type OutgoingNotification = TypedNotification;

export interface DeliveryResult {
  /** The receiver's reference, e.g. Slack "C123:1700000000.000100"; null if none. */
  ref: string | null;
}

export interface NotificationSender {
  deliver(notification: OutgoingNotification): Promise<DeliveryResult>;
}

/** The kinds addressed to one channel. */
export type KindsOf<C extends NotificationChannel> = {
  [K in NotificationKind]: (typeof NOTIFICATION_KINDS)[K]["channel"] extends C ? K : never;
}[NotificationKind];

/** One renderer per kind a channel receives; the compiler insists on every one of them. */
export type ChannelRenderers<C extends NotificationChannel> = {
  [K in KindsOf<C>]: (notification: Extract<OutgoingNotification, { kind: K }>) => Promise<DeliveryResult>;
};

/** A sender that dispatches to the renderer of each kind; `wrapError` maps the channel's errors. */
export function senderFromRenderers<C extends NotificationChannel>(
  channel: C,
  renderers: ChannelRenderers<C>,
  wrapError: (error: unknown) => unknown = (error) => error,
): NotificationSender {
  return {
    async deliver(notification) {
      const renderer = (renderers as unknown as Record<string, ((n: OutgoingNotification) => Promise<DeliveryResult>) | undefined>)[notification.kind];
      if (!renderer || NOTIFICATION_KINDS[notification.kind].channel !== channel) {
        throw new DeliveryError(`kind:unsupported:${notification.kind}`, { permanent: true });
      }
      try {
        return await renderer(notification);
      } catch (error) {
        throw wrapError(error);
      }
    },
  };
}

/** The channels an outbox row can be addressed to (Notification.channel). */
export type NotificationSenders = Partial<Record<NotificationChannel, NotificationSender>>;

/**
 * A failure a sender understands. `code` goes into Notification.lastError and the logs, so it
 * must never contain personal data: use error codes such as "slack:channel_not_found".
 */
export class DeliveryError extends Error {
  readonly code: string;
  /** Retrying cannot help (unknown kind, malformed payload, signup gone): park the row now. */
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
