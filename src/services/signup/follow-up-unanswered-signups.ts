// No signup is left in limbo: a signup nobody acted on (still "new") gets a reminder in its Slack
// thread after a few working days, the network channel hears of it a few working days later, and
// after about two weeks the resident is told, kindly, and offered alternatives (released).
// Each at most once per signup, however often this runs and in however many processes (markOnce);
// once a coordinator acted or the resident withdrew, nothing more is queued.
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { addWorkingDays, BUNDESLAENDER, isValidTimeZone } from "../../domain/working-days";
import { markOnce } from "../jobs/mark-once";
import { transactionWithOutbox } from "../notification/enqueue";

/** The job's options (checked when the job is made). */
export const signupFollowUpSettingsSchema = z.object({
  /** SIGNUP_REMINDER_WORKING_DAYS */
  reminderWorkingDays: z.number().int().min(1),
  /** SIGNUP_ESCALATION_WORKING_DAYS */
  escalationWorkingDays: z.number().int().min(1),
  /** SIGNUP_RELEASE_WORKING_DAYS */
  releaseWorkingDays: z.number().int().min(1),
  calendar: z.object({
    state: z.enum(BUNDESLAENDER),
    timeZone: z.string().refine(isValidTimeZone, "unknown time zone"),
  }),
});
export type SignupFollowUpSettings = z.output<typeof signupFollowUpSettingsSchema>;

type FollowUpKind = "signup-reminder" | "signup-escalated" | "signup-released";

/**
 * The JobMark key of one follow-up. It names the moment the signup became "new", because a
 * resident who withdrew and signs up again reopens the same row: the organisation hears of it
 * as a new signup, and it deserves its own reminder.
 */
export function followUpKey(kind: FollowUpKind, signupId: number, newSince: Date): string {
  return `${kind}:${signupId}:${newSince.toISOString()}`;
}

const HOUR_MS = 60 * 60 * 1000;

export async function followUpUnansweredSignups(options: {
  prisma: PrismaClient;
  now: Date;
  settings: SignupFollowUpSettings;
  wakeOutbox?: () => void;
}): Promise<{ waiting: number; reminded: number; escalated: number; released: number }> {
  const { prisma, now, settings } = options;
  // n working days are at least n calendar days less the hour summer time takes: younger
  // signups cannot be due, and are not even looked at.
  const youngest = new Date(now.getTime() - settings.reminderWorkingDays * 24 * HOUR_MS + HOUR_MS);
  // statusChangedAt is when a "new" signup came in (or was reopened): no status change since.
  const waiting = await prisma.signup.findMany({
    where: { status: "new", statusChangedAt: { lte: youngest } },
    select: { id: true, statusChangedAt: true },
    orderBy: { id: "asc" },
  });

  const result = { waiting: waiting.length, reminded: 0, escalated: 0, released: 0 };
  for (const signup of waiting) {
    const since = signup.statusChangedAt;
    if (addWorkingDays(since, settings.reminderWorkingDays, settings.calendar) <= now) {
      if (await queueOnce("signup-reminder", signup.id, since)) result.reminded += 1;
    }
    if (addWorkingDays(since, settings.escalationWorkingDays, settings.calendar) <= now) {
      if (await queueOnce("signup-escalated", signup.id, since)) result.escalated += 1;
    }
    if (addWorkingDays(since, settings.releaseWorkingDays, settings.calendar) <= now) {
      if (await queueOnce("signup-released", signup.id, since)) result.released += 1;
    }
  }
  return result;

  /** Queues the follow-up unless it was queued before or somebody acted meanwhile. One transaction: both or neither. */
  async function queueOnce(kind: FollowUpKind, signupId: number, since: Date): Promise<boolean> {
    return transactionWithOutbox(options, async (tx, enqueue) => {
      if (!(await markOnce(tx, followUpKey(kind, signupId, since), now))) return false;
      // Read again under the write lock markOnce took: a click since the query above wins. The
      // mark stays: this round of the signup is over either way.
      const current = await tx.signup.findUnique({ where: { id: signupId }, select: { status: true, statusChangedAt: true, residentId: true } });
      if (current?.status !== "new" || current.statusChangedAt.getTime() !== since.getTime()) return false;
      if (kind === "signup-released") {
        // An anonymised signup has nobody left to tell.
        if (current.residentId === null) return false;
        await enqueue(kind, { signupId, residentId: current.residentId });
      } else {
        await enqueue(kind, { signupId });
      }
      return true;
    });
  }
}
