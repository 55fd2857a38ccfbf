// Which status a signup may move to, and who may move it there. Kept as one small table so
// that the Slack buttons, the status service and the resident's withdrawal all agree.
import { SLACK_USER_ID } from "./slack-ids";
import { SIGNUP_STATUSES, type SignupStatus } from "./vocabulary";

/** Who changes a signup: a coordinator in Slack, or the resident in the chat. */
export type SignupActor = "coordinator" | "resident";

/** Statuses a coordinator can set from Slack; "withdrawn" belongs to the resident, "new" to nobody. */
export const COORDINATOR_STATUSES = ["contacted", "accepted", "declined"] as const satisfies readonly SignupStatus[];
export type CoordinatorStatus = (typeof COORDINATOR_STATUSES)[number];

/**
 * Allowed moves. "accepted" can still become "declined" because plans fall through after a
 * yes (the opportunity ends, the person turns out not to fit); a "declined" or "withdrawn"
 * signup is final: the resident has been told, and reopening would send contradicting messages.
 * The resident can withdraw at any point until the signup is final.
 */
const TRANSITIONS: Readonly<Record<SignupStatus, Readonly<Partial<Record<SignupStatus, SignupActor>>>>> = {
  new: { contacted: "coordinator", accepted: "coordinator", declined: "coordinator", withdrawn: "resident" },
  contacted: { accepted: "coordinator", declined: "coordinator", withdrawn: "resident" },
  accepted: { declined: "coordinator", withdrawn: "resident" },
  declined: {},
  withdrawn: {},
};

/** Whether `actor` may move a signup from `from` to `to`. Staying in the same status is not a move. */
export function canTransition(from: SignupStatus, to: SignupStatus, actor: SignupActor): boolean {
  return TRANSITIONS[from][to] === actor;
}

/** The statuses `actor` can move a signup to from `from`, in vocabulary order (for buttons). */
export function nextStatuses(from: SignupStatus, actor: SignupActor): SignupStatus[] {
  return SIGNUP_STATUSES.filter((to) => canTransition(from, to, actor));
}

/** A status nobody can leave any more. */
export function isFinalStatus(status: SignupStatus): boolean {
  return SIGNUP_STATUSES.every((to) => TRANSITIONS[status][to] === undefined);
}

/**
 * Signups still in play: they hold a place (count against capacity) and the resident can
 * withdraw them — exactly the statuses from which withdrawing is allowed.
 */
export const OPEN_SIGNUP_STATUSES: readonly SignupStatus[] = SIGNUP_STATUSES.filter((status) => canTransition(status, "withdrawn", "resident"));

export function isOpenSignupStatus(status: string): boolean {
  return (OPEN_SIGNUP_STATUSES as readonly string[]).includes(status);
}

/**
 * Who set a status, as SignupStatusEvent.actor records it: a coordinator by Slack user id, the
 * resident (withdrew, signed up again, erased their data), or the system (retention, data
 * carried over by a migration).
 */
export type StatusEventActor = { kind: "coordinator"; slackUserId: string } | { kind: "resident" } | { kind: "system" };

export function encodeStatusEventActor(actor: StatusEventActor): string {
  if (actor.kind !== "coordinator") return actor.kind;
  if (!SLACK_USER_ID.test(actor.slackUserId)) throw new RangeError("not a Slack user id");
  return actor.slackUserId;
}

/** The recorded actor; anything else (a hand-edited row) counts as the system, not as a person. */
export function decodeStatusEventActor(text: string): StatusEventActor {
  if (text === "resident") return { kind: "resident" };
  if (SLACK_USER_ID.test(text)) return { kind: "coordinator", slackUserId: text };
  return { kind: "system" };
}
