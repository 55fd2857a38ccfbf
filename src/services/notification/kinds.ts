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
  /**
   * The resident withdrew a signup together with their consent to pass their data to the
   * organisation (Art. 7 (3) DSGVO): the message no longer shows them, and the thread is told.
   */
  "signup-consent-withdrawn": {
    channel: "slack",
    payload: z.object({ signupId: id }),
    stream: (payload: { signupId: number }) => `slack:signup:${payload.signupId}`,
  },
  /**
   * The resident erased their data while the signup was already closed (declined, withdrawn):
   * its message is re-rendered without them; nobody needs telling.
   */
  "signup-anonymised": {
    channel: "slack",
    payload: z.object({ signupId: id }),
    stream: (payload: { signupId: number }) => `slack:signup:${payload.signupId}`,
  },
  /**
   * A message the bot posted with a resident's words (their question, the copy of an answer to
   * them) is replaced by a short note, because the resident erased their data. The payload is
   * Slack's address of the message; Slack ids are no personal data. One stream per message, so a
   * message that cannot be edited holds up no other.
   */
  "slack-message-redacted": {
    channel: "slack",
    payload: z.object({ channel: z.string().regex(/^[A-Z0-9]{1,40}$/i), ts: z.string().regex(/^\d{1,12}\.\d{1,8}$/) }),
    stream: (payload: { channel: string; ts: string }) => `slack:redact:${payload.channel}:${payload.ts}`,
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
  /**
   * Nobody answered for SIGNUP_RELEASE_WORKING_DAYS: the resident hears so, kindly, with three
   * alternatives, and may keep the signup or withdraw it with one tap.
   */
  "signup-released": {
    channel: "telegram",
    payload: z.object({ signupId: id, residentId: id }),
    stream: (payload: { residentId: number }) => `telegram:resident:${payload.residentId}`,
  },
  /** The resident chose to keep waiting after the release notice: a note in the signup's thread. */
  "signup-kept": {
    channel: "slack",
    payload: z.object({ signupId: id }),
    stream: (payload: { signupId: number }) => `slack:signup:${payload.signupId}`,
  },
  /** A check-in question to the resident ("Hat es geklappt?", "Sind Sie noch dabei?"). */
  "check-in": {
    channel: "telegram",
    payload: z.object({ checkInId: id, residentId: id }),
    stream: (payload: { residentId: number }) => `telegram:resident:${payload.residentId}`,
  },
  /** The resident's check-in answer, in the signup's thread. */
  "check-in-answered": {
    channel: "slack",
    payload: z.object({ checkInId: id, signupId: id }),
    stream: (payload: { signupId: number }) => `slack:signup:${payload.signupId}`,
  },
  /**
   * A resident's message to the team ("Frage an das Team"): into the signup's thread when it is
   * about a signup (hence that stream, after the signup message), else a thread of its own.
   */
  "resident-question": {
    channel: "slack",
    payload: z.object({ relayMessageId: id, threadId: id, signupId: id.nullable() }),
    stream: (payload: { threadId: number; signupId: number | null }) =>
      payload.signupId !== null ? `slack:signup:${payload.signupId}` : `slack:relay:${payload.threadId}`,
  },
  /** A coordinator's answer to the resident, relayed from Slack. */
  "team-answer": {
    channel: "telegram",
    payload: z.object({ relayMessageId: id, residentId: id }),
    stream: (payload: { residentId: number }) => `telegram:resident:${payload.residentId}`,
  },
  /** A coordinator's message to the accepted volunteers of an offer (/lotse nachricht), one row per resident. */
  "broadcast-message": {
    channel: "telegram",
    payload: z.object({ broadcastId: id, residentId: id }),
    stream: (payload: { residentId: number }) => `telegram:resident:${payload.residentId}`,
  },
  /**
   * A recorded Führungszeugnis is due to be shown again soon (CERTIFICATE_RECHECK_NOTICE_DAYS
   * before issue + 5 years): a reply in the signup's thread, mentioning the organisation's coordinators.
   */
  "certificate-recheck-due": {
    channel: "slack",
    payload: z.object({ signupId: id }),
    stream: (payload: { signupId: number }) => `slack:signup:${payload.signupId}`,
  },
  /**
   * An offer not confirmed for OPPORTUNITY_CONFIRM_AFTER_DAYS: its organisation's channel (or the
   * network channel) is asked whether it is still current, with "Noch aktuell" and "Pausieren".
   * One stream per offer, so that a later "stale" notice never overtakes the question.
   */
  "opportunity-confirm-asked": {
    channel: "slack",
    payload: z.object({ opportunityId: id }),
    stream: (payload: { opportunityId: number }) => `slack:opportunity:${payload.opportunityId}`,
  },
  /** Nobody answered within OPPORTUNITY_CONFIRM_WITHIN_DAYS: the offer is no longer recommended; the network channel hears of it. */
  "opportunity-stale": {
    channel: "slack",
    payload: z.object({ opportunityId: id }),
    stream: (payload: { opportunityId: number }) => `slack:opportunity:${payload.opportunityId}`,
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
