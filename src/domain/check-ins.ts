// The check-ins after a signup was accepted: what is asked when, and the answers each allows.
// One table, so the job that asks, the buttons the resident taps, the Slack thread and the
// statistics agree.

export const CHECK_IN_KINDS = ["two-weeks", "three-months"] as const;
export type CheckInKind = (typeof CHECK_IN_KINDS)[number];

export const CHECK_IN_ANSWERS = {
  /** "Hat es geklappt?" */
  "two-weeks": ["started", "not-yet", "failed"],
  /** "Sind Sie noch dabei?" */
  "three-months": ["still-in", "stopped"],
} as const satisfies Record<CheckInKind, readonly string[]>;
export type CheckInAnswer = (typeof CHECK_IN_ANSWERS)[CheckInKind][number];

/** Answers after which the resident is offered other opportunities. */
const LOOKING_AGAIN: readonly CheckInAnswer[] = ["failed", "stopped"];

export function isCheckInKind(value: string): value is CheckInKind {
  return (CHECK_IN_KINDS as readonly string[]).includes(value);
}

export function isAnswerOf(kind: CheckInKind, answer: string): answer is CheckInAnswer {
  return (CHECK_IN_ANSWERS[kind] as readonly string[]).includes(answer);
}

export function looksForSomethingElse(answer: CheckInAnswer): boolean {
  return LOOKING_AGAIN.includes(answer);
}

/** When each check-in is due after the acceptance (calendar time: "after 14 days", "after 3 months"). */
export interface CheckInTimes {
  /** CHECK_IN_FIRST_DAYS */
  firstAfterDays: number;
  /** CHECK_IN_SECOND_MONTHS */
  secondAfterMonths: number;
}

export function checkInDueAt(kind: CheckInKind, acceptedAt: Date, times: CheckInTimes): Date {
  if (kind === "two-weeks") return new Date(acceptedAt.getTime() + times.firstAfterDays * 24 * 60 * 60 * 1000);
  const due = new Date(acceptedAt);
  due.setUTCMonth(due.getUTCMonth() + times.secondAfterMonths);
  return due;
}
