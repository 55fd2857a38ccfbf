// The figures of /lotse statistik, the App Home and `lotse stats`, per organisation of the
// coordinator's scope (and, for `lotse stats`, per district), over the last `days` days or since a
// given day. Counts only: no resident appears in them.
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { CHECK_IN_ANSWERS, CHECK_IN_KINDS, isAnswerOf, isCheckInKind, type CheckInKind } from "../../domain/check-ins";
import { decodeStatusEventActor } from "../../domain/signup-status";
import { SIGNUP_STATUSES, signupStatusSchema, type SignupStatus } from "../../domain/vocabulary";
import type { CoordinatorScope } from "./find-coordinator-scope";

export const STATISTICS_DEFAULT_DAYS = 30;
/** The window /lotse statistik accepts: a day up to a year. */
export const statisticsDaysSchema = z.number().int().min(1).max(365);

/** Whose figures: a coordinator's scope, or the whole network for the network manager's `lotse stats`. */
export type StatisticsScope = Pick<CoordinatorScope, "network" | "organisations">;

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
  /**
   * What became of the window's signups (up to now): how many reached each step at least once,
   * whatever their status is today. "contacted" includes signups accepted without a separate
   * contact step: accepting means the organisation was in touch.
   */
  funnel: FunnelFigures;
}

export interface FunnelFigures {
  signedUp: number;
  contacted: number;
  accepted: number;
  /** "Hat es geklappt?" answered "started". */
  started: number;
  /** "Sind Sie noch dabei?" answered "still-in". */
  stillActive: number;
}

export interface OrganisationStatistics extends StatisticsFigures {
  organisationId: number;
  name: string;
}

/**
 * Where the figures belong: offers by where they take place, residents by the district they chose.
 * "citywide" holds citywide offers and residents who would go anywhere in the city; "remote" holds
 * remote offers and residents who only want remote ones; "unknown" offers whose district was removed.
 */
export type StatisticsPlace =
  | { kind: "district"; id: number; slug: string; name: string }
  | { kind: "citywide" }
  | { kind: "remote" }
  | { kind: "unknown" };

export interface DistrictStatistics extends StatisticsFigures {
  place: StatisticsPlace;
  /** Residents of this place who finished the profile questions within the window. */
  residentsOnboarded: number;
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
  /** With `byDistrict`: every district (in name order), then citywide, remote and unknown where they have figures. */
  districts?: DistrictStatistics[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SignupStatisticsOptions {
  prisma: PrismaClient;
  scope: StatisticsScope;
  now: Date;
  /** The window: the last `days` days (1–365, default 30) … */
  days?: number;
  /** … or everything since this instant (before `now`), which wins over `days`. */
  since?: Date;
  /** Also the figures per district (`districts`). */
  byDistrict?: boolean;
}

export async function signupStatistics(options: SignupStatisticsOptions): Promise<SignupStatistics> {
  const { prisma, scope, now, since } = options;
  if (since !== undefined && !(since.getTime() < now.getTime())) throw new RangeError("since must lie before now");
  const days = since === undefined ? statisticsDaysSchema.parse(options.days ?? STATISTICS_DEFAULT_DAYS) : Math.ceil((now.getTime() - since.getTime()) / DAY_MS);
  const from = since ?? new Date(now.getTime() - days * DAY_MS);
  const window = { gte: from, lte: now };
  const organisationIds = scope.organisations.map((organisation) => organisation.id);
  const ofScope = { opportunity: { organisationId: { in: organisationIds } } };
  const placeOf = { organisationId: true, locationKind: true, districtId: true } as const;

  const [residentsOnboarded, shown, signups, checkIns] = await Promise.all([
    prisma.resident.count({ where: { profileCompleteAt: window } }),
    prisma.recommendationShown.findMany({ where: { shownAt: window, ...ofScope }, select: { opportunity: { select: placeOf } } }),
    prisma.signup.findMany({
      where: { createdAt: window, ...ofScope },
      select: {
        status: true,
        createdAt: true,
        opportunity: { select: placeOf },
        statusEvents: { select: { actor: true, toStatus: true, createdAt: true }, orderBy: { id: "asc" } },
        checkIns: { select: { kind: true, answer: true } },
      },
    }),
    prisma.checkIn.findMany({ where: { askedAt: window, signup: ofScope }, select: { kind: true, answer: true, signup: { select: { opportunity: { select: placeOf } } } } }),
  ]);

  const shownBy = countBy(shown.map((row) => row.opportunity.organisationId));
  type SignupRow = (typeof signups)[number];
  type CheckInRow = (typeof checkIns)[number];
  const signupsBy = groupBy(signups, (signup) => signup.opportunity.organisationId);
  const checkInsBy = groupBy(checkIns, (checkIn) => checkIn.signup.opportunity.organisationId);

  const figures = (rows: SignupRow[], recommendationsShown: number, checkInRows: readonly CheckInRow[]): StatisticsFigures => {
    const byStatus = Object.fromEntries(SIGNUP_STATUSES.map((status) => [status, 0])) as Record<SignupStatus, number>;
    const answerTimes: number[] = [];
    const funnel: FunnelFigures = { signedUp: rows.length, contacted: 0, accepted: 0, started: 0, stillActive: 0 };
    for (const signup of rows) {
      const status = signupStatusSchema.safeParse(signup.status);
      if (status.success) byStatus[status.data] += 1;
      // Residents and the system also set statuses; only a coordinator's counts as an answer.
      const answer = signup.statusEvents.find(
        (event) => decodeStatusEventActor(event.actor).kind === "coordinator" && event.createdAt.getTime() >= signup.createdAt.getTime(),
      );
      if (answer) answerTimes.push(answer.createdAt.getTime() - signup.createdAt.getTime());
      // The status today counts too: signups older than the status history have no events.
      const reached = (wanted: SignupStatus) => signup.status === wanted || signup.statusEvents.some((event) => event.toStatus === wanted);
      const accepted = reached("accepted");
      if (accepted || reached("contacted")) funnel.contacted += 1;
      if (accepted) funnel.accepted += 1;
      if (signup.checkIns.some((checkIn) => checkIn.kind === "two-weeks" && checkIn.answer === "started")) funnel.started += 1;
      if (signup.checkIns.some((checkIn) => checkIn.kind === "three-months" && checkIn.answer === "still-in")) funnel.stillActive += 1;
    }
    return {
      recommendationsShown,
      signups: byStatus,
      signupsTotal: rows.length,
      firstAnswer: { medianMs: median(answerTimes), answered: answerTimes.length, unanswered: rows.length - answerTimes.length },
      checkIns: countCheckIns(checkInRows),
      funnel,
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
    ...(options.byDistrict === true
      ? {
          districts: await districtStatistics(prisma, window, (key) => {
            const ofPlace = <T extends { opportunity: PlaceFields }>(rows: readonly T[]) => rows.filter((row) => placeKeyOfOpportunity(row.opportunity) === key);
            return figures(ofPlace(signups), ofPlace(shown).length, checkIns.filter((row) => placeKeyOfOpportunity(row.signup.opportunity) === key));
          }),
        }
      : {}),
  };
}

interface PlaceFields {
  locationKind: string;
  districtId: number | null;
}

/** "d:<id>", "citywide", "remote" or "unknown". */
function placeKeyOfOpportunity(opportunity: PlaceFields): string {
  if (opportunity.locationKind === "district") return opportunity.districtId === null ? "unknown" : `d:${opportunity.districtId}`;
  return opportunity.locationKind === "remote" ? "remote" : "citywide";
}

function placeKeyOfResident(resident: { districtChoice: string | null; districtId: number | null }): string | null {
  if (resident.districtChoice === "district") return resident.districtId === null ? null : `d:${resident.districtId}`;
  if (resident.districtChoice === "any") return "citywide";
  if (resident.districtChoice === "remote") return "remote";
  return null;
}

async function districtStatistics(
  prisma: PrismaClient,
  window: { gte: Date; lte: Date },
  figuresOf: (placeKey: string) => StatisticsFigures,
): Promise<DistrictStatistics[]> {
  const [districts, residents] = await Promise.all([
    prisma.district.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
    prisma.resident.findMany({ where: { profileCompleteAt: window }, select: { districtChoice: true, districtId: true } }),
  ]);
  const residentsBy = new Map<string, number>();
  for (const resident of residents) {
    const key = placeKeyOfResident(resident);
    if (key !== null) residentsBy.set(key, (residentsBy.get(key) ?? 0) + 1);
  }
  const places: Array<[string, StatisticsPlace]> = [
    ...districts.map((district): [string, StatisticsPlace] => [`d:${district.id}`, { kind: "district", ...district }]),
    ["citywide", { kind: "citywide" }],
    ["remote", { kind: "remote" }],
    ["unknown", { kind: "unknown" }],
  ];
  return places
    .map(([key, place]) => ({ place, residentsOnboarded: residentsBy.get(key) ?? 0, ...figuresOf(key) }))
    .filter((row) => row.place.kind === "district" || row.residentsOnboarded > 0 || row.recommendationsShown > 0 || row.signupsTotal > 0);
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
