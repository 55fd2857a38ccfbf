// How long the retention jobs keep what, and the moments those periods reach back to. The
// defaults are what PRIVACY.md and the privacy notice promise; src/config.ts reads the
// RETENTION_* variables within the bounds checked here again, so a job is never built with a
// period that would keep data longer than the law allows or delete it before it served its use.
import { z } from "zod";
import { isFinalStatus } from "../../domain/signup-status";
import { SIGNUP_STATUSES, type SignupStatus } from "../../domain/vocabulary";

/** § 72a (5) SGB VIII: the certificate data go at the latest three months after the activity ends. */
export const CERTIFICATE_MAX_RETENTION_MONTHS = 3;
/** Telegram re-delivers an update for up to a day: a shorter memory would let a repeat through. */
export const TELEGRAM_UPDATE_MIN_RETENTION_HOURS = 24;

export const retentionSettingsSchema = z.object({
  /** Residents without contact for this long are erased (RETENTION_INACTIVE_MONTHS). */
  inactiveResidentMonths: z.number().int().min(1),
  /** The free text of a declined or withdrawn signup (RETENTION_SIGNUP_TEXT_MONTHS). */
  signupTextMonths: z.number().int().min(1),
  /** Conversations with the team and check-ins after the signup ended (RETENTION_CONVERSATION_MONTHS). */
  conversationMonths: z.number().int().min(1),
  /** The Führungszeugnis dates after the signup ended (RETENTION_CERTIFICATE_MONTHS); 0 = at the next run. */
  certificateMonths: z.number().int().min(0).max(CERTIFICATE_MAX_RETENTION_MONTHS),
  /** Delivered and parked notifications (RETENTION_NOTIFICATION_DAYS). */
  notificationDays: z.number().int().min(1),
  /** Telegram update records (RETENTION_TELEGRAM_UPDATE_HOURS). */
  telegramUpdateHours: z.number().int().min(TELEGRAM_UPDATE_MIN_RETENTION_HOURS),
  /** Dialogues left in the middle (RETENTION_DIALOGUE_DAYS). */
  dialogueDays: z.number().int().min(1),
});
export type RetentionSettings = z.output<typeof retentionSettingsSchema>;

export const DEFAULT_RETENTION_SETTINGS: RetentionSettings = {
  inactiveResidentMonths: 12,
  signupTextMonths: 6,
  conversationMonths: 6,
  certificateMonths: 3,
  notificationDays: 30,
  telegramUpdateHours: 24,
  dialogueDays: 30,
};

/**
 * A signup "ends" when it becomes declined or withdrawn: nobody can move it on from there
 * (src/domain/signup-status.ts), so its statusChangedAt is when it ended. A withdrawn signup the
 * resident opens again (signing up anew) is "new" again and no longer counts as ended.
 */
export const ENDED_SIGNUP_STATUSES: readonly SignupStatus[] = SIGNUP_STATUSES.filter(isFinalStatus);

/** The Prisma filter for signups that ended before `cutoff`. */
export function endedBefore(cutoff: Date) {
  return { status: { in: [...ENDED_SIGNUP_STATUSES] }, statusChangedAt: { lt: cutoff } };
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * `months` calendar months before `now`, at the same time of day (UTC), on the last day of a
 * shorter month: 31 August − 6 months = 28 (or 29) February. "Six months" is what the privacy
 * notice says, so it is counted in months, not as 180 days.
 */
export function monthsBefore(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return cutoff;
}

export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

export function hoursBefore(now: Date, hours: number): Date {
  return new Date(now.getTime() - hours * HOUR_MS);
}
