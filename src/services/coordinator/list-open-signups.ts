// The open signups (still "new" or "contacted") of a coordinator's organisations, for /lotse
// offen and the App Home: oldest first, or the overdue ones first. What it tells about the
// resident is what the signup's Slack message shows (the first name, unless anonymised).
import type { PrismaClient } from "../../generated/prisma/client";
import { OPEN_SIGNUP_STATUSES } from "../../domain/signup-status";
import { signupStatusSchema, type SignupStatus } from "../../domain/vocabulary";
import { addWorkingDays, type WorkingDayOptions } from "../../domain/working-days";
import { scopeOrganisationIds, type CoordinatorScope } from "./find-coordinator-scope";

export interface OverdueRule {
  /** SIGNUP_REMINDER_WORKING_DAYS: a signup still "new" after this long is overdue. */
  reminderWorkingDays: number;
  calendar: WorkingDayOptions;
}

export interface OpenSignupItem {
  signupId: number;
  status: SignupStatus;
  /** When it came in; for a "new" signup reopened after a withdrawal, when it was reopened. */
  openSince: Date;
  /** Whole days since openSince. */
  ageDays: number;
  /** Still "new" for longer than the reminder's working days; false without a rule. */
  overdue: boolean;
  opportunity: { slug: string; title: string };
  organisationName: string;
  /** What the signup's Slack message shows of the resident: the first name (null: not given); null once anonymised. */
  resident: { firstName: string | null } | null;
}

export interface ListOpenSignupsOptions {
  prisma: PrismaClient;
  scope: CoordinatorScope;
  now: Date;
  /** Marks overdue signups (and, with order "overdue-first", puts them on top). */
  overdue?: OverdueRule;
  order?: "oldest-first" | "overdue-first";
}

/**
 * "Open" here is OPEN_SIGNUP_STATUSES less "accepted": an accepted signup still holds its place
 * but waits for nobody.
 */
export const AWAITING_STATUSES: readonly SignupStatus[] = OPEN_SIGNUP_STATUSES.filter((status) => status !== "accepted");

const DAY_MS = 24 * 60 * 60 * 1000;

export async function listOpenSignups(options: ListOpenSignupsOptions): Promise<OpenSignupItem[]> {
  const { prisma, scope, now, overdue } = options;
  const signups = await prisma.signup.findMany({
    where: { status: { in: [...AWAITING_STATUSES] }, opportunity: { organisationId: { in: scopeOrganisationIds(scope) } } },
    select: {
      id: true,
      status: true,
      createdAt: true,
      statusChangedAt: true,
      anonymisedAt: true,
      contactConsentAt: true,
      resident: { select: { firstName: true } },
      opportunity: { select: { slug: true, title: true, organisation: { select: { name: true } } } },
    },
  });
  const items = signups.map((signup): OpenSignupItem => {
    const status = signupStatusSchema.parse(signup.status);
    // statusChangedAt of a "new" signup is when it came in or was reopened (as the follow-ups read it).
    const openSince = status === "new" ? signup.statusChangedAt : signup.createdAt;
    const anonymised = signup.resident === null || signup.anonymisedAt !== null;
    return {
      signupId: signup.id,
      status,
      openSince,
      ageDays: Math.max(0, Math.floor((now.getTime() - openSince.getTime()) / DAY_MS)),
      overdue: overdue !== undefined && status === "new" && addWorkingDays(openSince, overdue.reminderWorkingDays, overdue.calendar) <= now,
      opportunity: { slug: signup.opportunity.slug, title: signup.opportunity.title },
      organisationName: signup.opportunity.organisation.name,
      // The first name only where the resident agreed to pass it, as in the signup's message.
      resident: anonymised ? null : { firstName: signup.contactConsentAt !== null ? (signup.resident?.firstName ?? null) : null },
    };
  });
  const oldestFirst = (a: OpenSignupItem, b: OpenSignupItem) => a.openSince.getTime() - b.openSince.getTime() || a.signupId - b.signupId;
  const byOverdue = (a: OpenSignupItem, b: OpenSignupItem) => Number(b.overdue) - Number(a.overdue);
  return items.sort(options.order === "overdue-first" ? (a, b) => byOverdue(a, b) || oldestFirst(a, b) : oldestFirst);
}
