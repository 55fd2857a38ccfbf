// The Führungszeugnis check (§ 72a SGB VIII), data-minimal: a coordinator records only the day
// they saw the certificate and the day it was issued, never the document or what it says. These
// are the rules for the two dates and for when it has to be shown again. Pure: calendar days are
// "YYYY-MM-DD" strings (what Slack's date picker sends), stored as that day's midnight in UTC.
import { z } from "zod";
import type { RequirementKey } from "./vocabulary";

/** The requirement key of opportunities that need a (erweitertes) Führungszeugnis. */
export const CERTIFICATE_REQUIREMENT: RequirementKey = "fuehrungszeugnis";
/** Common practice: a certificate is shown again five years after it was issued. */
export const CERTIFICATE_VALID_YEARS = 5;
/** Common practice: when it is seen, a certificate must not be older than three months. */
export const CERTIFICATE_MAX_AGE_MONTHS = 3;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day as "YYYY-MM-DD" (no 2026-02-30). */
export const calendarDateSchema = z
  .string()
  .regex(CALENDAR_DATE, "not a date")
  .refine((text) => calendarDateOf(dateOfCalendarDate(text)) === text, "not a date");

/** The day's midnight in UTC: how the dates are stored (Signup.certificateSeenAt/IssuedAt). */
export function dateOfCalendarDate(text: string): Date {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return new Date(Number.NaN);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** The stored date back as "YYYY-MM-DD" (read in UTC, as it was stored). */
export function calendarDateOf(date: Date): string {
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
}

/** Today's date on the city's calendar (CITY_TIME_ZONE), as "YYYY-MM-DD". */
export function todayIn(timeZone: string, now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/**
 * `date` moved by whole months (negative: back), kept on the last day of a shorter month:
 * 31 May − 3 months = 28 February, 29 February + 5 years = 28 February.
 */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** The day by which a certificate issued on `issuedAt` must be shown again. */
export function certificateRecheckDueAt(issuedAt: Date): Date {
  return addMonths(issuedAt, CERTIFICATE_VALID_YEARS * 12);
}

/** From when the coordinators are reminded: `noticeDays` before the re-check is due. */
export function certificateRecheckNoticeAt(issuedAt: Date, noticeDays: number): Date {
  return new Date(certificateRecheckDueAt(issuedAt).getTime() - noticeDays * 24 * 60 * 60 * 1000);
}

/** What can be wrong with the two dates; the Slack modal names each at its field. */
export const CERTIFICATE_DATE_PROBLEMS = ["seen-missing", "seen-future", "issued-missing", "issued-future", "issued-after-seen", "issued-too-old"] as const;
export type CertificateDateProblem = (typeof CERTIFICATE_DATE_PROBLEMS)[number];
export type CertificateDateField = "seen" | "issued";

export interface CertificateDates {
  seenAt: Date;
  issuedAt: Date;
}

/**
 * The two dates as entered (null = left empty), checked against `today` (the city's): seen not
 * in the future; issued not in the future, not after it was seen and at most
 * CERTIFICATE_MAX_AGE_MONTHS old when it was seen. Issues carry the field as path and the
 * problem as message.
 */
export function certificateDatesSchema(today: string) {
  return z
    .object({
      seen: z.string().nullable(),
      issued: z.string().nullable(),
    })
    .transform((input, context): CertificateDates => {
      const problem = (field: CertificateDateField, code: CertificateDateProblem) => context.addIssue({ code: "custom", path: [field], message: code });
      const seen = input.seen === null ? null : calendarDateSchema.safeParse(input.seen);
      const issued = input.issued === null ? null : calendarDateSchema.safeParse(input.issued);
      if (!seen?.success) problem("seen", "seen-missing");
      else if (seen.data > today) problem("seen", "seen-future");
      if (!issued?.success) problem("issued", "issued-missing");
      else if (issued.data > today) problem("issued", "issued-future");
      else if (seen?.success && issued.data > seen.data) problem("issued", "issued-after-seen");
      else if (seen?.success && dateOfCalendarDate(issued.data) < addMonths(dateOfCalendarDate(seen.data), -CERTIFICATE_MAX_AGE_MONTHS)) {
        problem("issued", "issued-too-old");
      }
      if (!seen?.success || !issued?.success) return z.NEVER;
      return { seenAt: dateOfCalendarDate(seen.data), issuedAt: dateOfCalendarDate(issued.data) };
    });
}

export type CertificateDatesCheck =
  | { ok: true; dates: CertificateDates }
  | { ok: false; problems: Array<{ field: CertificateDateField; problem: CertificateDateProblem }> };

/** The dates checked by certificateDatesSchema, with the problems per field. */
export function checkCertificateDates(input: { seen: string | null; issued: string | null }, today: string): CertificateDatesCheck {
  const result = certificateDatesSchema(today).safeParse(input);
  if (result.success) return { ok: true, dates: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      field: issue.path[0] === "seen" ? "seen" : "issued",
      problem: (CERTIFICATE_DATE_PROBLEMS as readonly string[]).includes(issue.message) ? (issue.message as CertificateDateProblem) : issue.path[0] === "seen" ? "seen-missing" : "issued-missing",
    })),
  };
}
