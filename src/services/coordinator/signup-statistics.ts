// The figures of /lotse statistik and the App Home, per organisation of the coordinator's scope,
// over the last `days` days. Counts only: no resident appears in them.
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { CHECK_IN_ANSWERS, CHECK_IN_KINDS, isAnswerOf, isCheckInKind, type CheckInKind } from "../../domain/check-ins";
import { decodeStatusEventActor } from "../../domain/signup-status";
import { SIGNUP_STATUSES, signupStatusSchema, type SignupStatus } from "../../domain/vocabulary";
import { scopeOrganisationIds, type CoordinatorScope } from "./find-coordinator-scope";

export const STATISTICS_DEFAULT_DAYS = 30;
/** The window /lotse statistik accepts: a day up to a year. */
export const statisticsDaysSchema = z.number().int().min(1).max(365);

/** Per check-in kind: how many were answered with each answer, and how many not (yet). */
export type CheckInCounts = { [K in CheckInKind]: { answers: Record<string, number>; unanswered: number } };

export interface StatisticsFigures {
  /** RecommendationShown rows of the offers. */
  recommendationsShown: number;
  /** Signups that came in within the window, by their status now. */
  signups: Record<SignupStatus, number>;
  signupsTotal: number;
  /**
   * Time from a signup coming in to the first status a coordinator set (SignupStatusEvent with a
   * Slack user as actor), over the window's signups that got one.
   */
  firstAnswer: { medianMs: number | null; answered: number; unanswered: number };
  /** Check-ins asked within the window. */
  checkIns: CheckInCounts;
}

export interface OrganisationStatistics extends StatisticsFigures {
  organisationId: number;
  name: string;
}

export interface SignupStatistics {
  days: number;
  from: Date;
  to: Date;
  /**
   * Residents who finished the profile questions within the window. Residents belong to no
   * organisation, so this figure is always network-wide.
   */
  residentsOnboarded: number;
  /** The caller sees every organisation (network manager). */
  network: boolean;
  /** All organisations of the scope together. */
  total: StatisticsFigures;
  organisations: OrganisationStatistics[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

export async function signupStatistics(options: { prisma: PrismaClient; scope: CoordinatorScope; now: Date; days?: number }): Promise<SignupStatistics> {
  const { prisma, scope, now } = options;
  const days = statisticsDaysSchema.parse(options.days ?? STATISTICS_DEFAULT_DAYS);
  const from = new Date(now.getTime() - days * DAY_MS);
  const window = { gte: from, lte: now };
  const organisationIds = scopeOrganisationIds(scope);
  const ofScope = { opportunity: { organisationId: { in: organisationIds } } };

  const [residentsOnboarded, shown, signups, checkIns] = await Promise.all([
    prisma.resident.count({ where: { profileCompleteAt: window } }),
    prisma.recommendationShown.findMany({ where: { shownAt: window, ...ofScope }, select: { opportunity: { select: { organisationId: true } } } }),
    prisma.signup.findMany({
      where: { createdAt: window, ...ofScope },
      select: {
        status: true,
        createdAt: true,
        opportunity: { select: { organisationId: true } },
        // Residents and the system also set statuses; only a coordinator's counts as an answer.
        statusEvents: { where: { actor: { notIn: ["resident", "system"] } }, select: { actor: true, createdAt: true }, orderBy: { id: "asc" } },
      },
    }),
    prisma.checkIn.findMany({ where: { askedAt: window, signup: ofScope }, select: { kind: true, answer: true, signup: { select: { opportunity: { select: { organisationId: true } } } } } }),
  ]);

  const shownBy = countBy(shown.map((row) => row.opportunity.organisationId));
  type SignupRow = (typeof signups)[number];
  const signupsBy = groupBy(signups, (signup) => signup.opportunity.organisationId);
  const checkInsBy = groupBy(checkIns, (checkIn) => checkIn.signup.opportunity.organisationId);

  const figures = (rows: SignupRow[], recommendationsShown: number, checkInRows: typeof checkIns): StatisticsFigures => {
    const byStatus = Object.fromEntries(SIGNUP_STATUSES.map((status) => [status, 0])) as Record<SignupStatus, number>;
    const answerTimes: number[] = [];
    for (const signup of rows) {
      const status = signupStatusSchema.safeParse(signup.status);
      if (status.success) byStatus[status.data] += 1;
      const answer = signup.statusEvents.find(
        (event) => decodeStatusEventActor(event.actor).kind === "coordinator" && event.createdAt.getTime() >= signup.createdAt.getTime(),
      );
      if (answer) answerTimes.push(answer.createdAt.getTime() - signup.createdAt.getTime());
    }
    return {
      recommendationsShown,
      signups: byStatus,
      signupsTotal: rows.length,
      firstAnswer: { medianMs: median(answerTimes), answered: answerTimes.length, unanswered: rows.length - answerTimes.length },
      checkIns: countCheckIns(checkInRows),
    };
  };

  return {
    days,
    from,
    to: now,
    residentsOnboarded,
    network: scope.network,
    total: figures(signups, shown.length, checkIns),
    organisations: scope.organisations.map((organisation) => ({
      organisationId: organisation.id,
      name: organisation.name,
      ...figures(signupsBy.get(organisation.id) ?? [], shownBy.get(organisation.id) ?? 0, checkInsBy.get(organisation.id) ?? []),
    })),
  };
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function countCheckIns(rows: ReadonlyArray<{ kind: string; answer: string | null }>): CheckInCounts {
  const counts = Object.fromEntries(
    CHECK_IN_KINDS.map((kind) => [kind, { answers: Object.fromEntries(CHECK_IN_ANSWERS[kind].map((answer) => [answer, 0])), unanswered: 0 }]),
  ) as CheckInCounts;
  for (const row of rows) {
    // A kind or answer this version does not know is left out rather than failing the figures.
    if (!isCheckInKind(row.kind)) continue;
    if (row.answer === null) counts[row.kind].unanswered += 1;
    else if (isAnswerOf(row.kind, row.answer)) counts[row.kind].answers[row.answer]! += 1;
  }
  return counts;
}

function countBy(keys: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
