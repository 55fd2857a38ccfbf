// Every kind of notification the outbox carries: who receives it (the channel follows from the
// kind, so services never pick a transport), what its payload holds (ids only, checked with zod
// when written and again when delivered) and which stream orders it. Rows of one stream are
// delivered one after the other: a signup's Slack thread, a resident's chat.
import { z } from "zod";
import { signupStatusSchema } from "../../domain/vocabulary";

const id = z.number().int().positive();

export const NOTIFICATION_KINDS = {
  /** Coordinators hear of a new signup (a message with status buttons). */
  "signup-created": {
    channel: "slack",
    payload: z.object({ signupId: id }),
    stream: (payload: { signupId: number }) => `slack:signup:${payload.signupId}`,
  },
  /** Coordinators hear that the resident withdrew (or erased their data). */
  "signup-withdrawn": {
    channel: "slack",
    payload: z.object({ signupId: id }),
    stream: (payload: { signupId: number }) => `slack:signup:${payload.signupId}`,
  },
  /** The resident hears that a coordinator acted on their signup. */
  "signup-status-changed": {
    channel: "telegram",
    payload: z.object({ signupId: id, residentId: id, status: signupStatusSchema }),
    stream: (payload: { residentId: number }) => `telegram:resident:${payload.residentId}`,
  },
  /**
   * Nobody acted on a signup for SIGNUP_REMINDER_WORKING_DAYS: a reply in its thread (hence its
   * stream: after the signup message), mentioning the organisation's coordinators.
   */
  "signup-reminder": {
    channel: "slack",
    payload: z.object({ signupId: id }),
    stream: (payload: { signupId: number }) => `slack:signup:${payload.signupId}`,
  },
  /** Still nobody after SIGNUP_ESCALATION_WORKING_DAYS: the network channel hears of it. */
  "signup-escalated": {
    channel: "slack",
    payload: z.object({ signupId: id }),
    stream: () => "slack:network",
  },
  /** The network channel hears that a notification was given up on (parked). */
  "notification-parked": {
    channel: "slack",
    payload: z.object({ notificationId: id }),
    stream: () => "slack:network",
  },
} as const;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export type NotificationChannel = (typeof NOTIFICATION_KINDS)[NotificationKind]["channel"];
export type NotificationPayload<K extends NotificationKind> = z.output<(typeof NOTIFICATION_KINDS)[K]["payload"]>;

/** A delivered row, its payload parsed by its kind's schema. */
export type TypedNotification = {
  [K in NotificationKind]: { id: number; kind: K; payload: NotificationPayload<K>; attempts: number; createdAt: Date };
}[NotificationKind];

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, kind);
}
