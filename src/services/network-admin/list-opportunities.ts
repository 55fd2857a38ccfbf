// `lotse list`: the offers with their status and whether they are still known to be current, for
// the network manager. Status and freshness come from the domain rules (availability.ts,
// freshness.ts), so the list says exactly what the bot does with each offer.
import type { PrismaClient } from "../../generated/prisma/client";
import { availabilityAt, type UnavailableReason } from "../../domain/availability";
import { DEFAULT_FRESHNESS, freshnessOf, type Freshness, type FreshnessSettings } from "../../domain/freshness";
import { DEFAULT_TIME_ZONE, isPastValidUntil } from "../../domain/matching/calendar";
import { OPEN_SIGNUP_STATUSES } from "../../domain/signup-status";
import { organisationIdBySlug } from "./unknown-slug";

/** "active": takes signups; otherwise why not (availability.ts, first reason that applies). */
export type OpportunityStatus = "active" | UnavailableReason;

export interface ListOpportunitiesOptions {
  prisma: PrismaClient;
  now: Date;
  timeZone?: string;
  freshness?: FreshnessSettings;
  /** Only this organisation's offers; an unknown slug is an UnknownSlugError. */
  organisationSlug?: string;
  /** Also offers switched off (by the network file, or with their organisation) and paused ones. */
  includeInactive?: boolean;
  /** Offers past their last day. */
  expired?: boolean;
  /** Offers due for confirmation, asked about, or stale (freshness other than "fresh"). */
  unconfirmed?: boolean;
}

export interface OpportunityListRow {
  id: number;
  slug: string;
  title: string;
  organisation: { slug: string; name: string };
  status: OpportunityStatus;
  freshness: Freshness;
  confirmedAt: Date;
  validUntil: Date | null;
  /** Signups holding a place (OPEN_SIGNUP_STATUSES). */
  openSignups: number;
  /** null: no limit. */
  capacity: number | null;
}

export interface OpportunityList {
  rows: OpportunityListRow[];
  /** Offers of the organisation(s) the filters left out, so the list can say how to see them. */
  leftOut: { switchedOff: number; expired: number };
}

/**
 * Which offers: switched-on ones (plus switched-off and paused ones with includeInactive), and of
 * these the current ones (not past validUntil) by default, or with `expired` and/or `unconfirmed`
 * those that are expired or need confirmation (both kinds when both are asked for).
 */
export async function listOpportunities(options: ListOpportunitiesOptions): Promise<OpportunityList> {
  const { prisma, now } = options;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const settings = options.freshness ?? DEFAULT_FRESHNESS;
  const organisationId = options.organisationSlug === undefined ? undefined : await organisationIdBySlug(prisma, options.organisationSlug);

  const [opportunities, open] = await Promise.all([
    prisma.opportunity.findMany({
      where: organisationId === undefined ? {} : { organisationId },
      include: { organisation: { select: { slug: true, name: true, active: true } } },
      orderBy: [{ organisation: { name: "asc" } }, { slug: "asc" }],
    }),
    prisma.signup.groupBy({
      by: ["opportunityId"],
      where: { status: { in: [...OPEN_SIGNUP_STATUSES] }, ...(organisationId === undefined ? {} : { opportunity: { organisationId } }) },
      _count: { _all: true },
    }),
  ]);
  const openBy = new Map(open.map((row) => [row.opportunityId, row._count._all]));
  const availability = availabilityAt(now, timeZone);

  const rows: OpportunityListRow[] = [];
  const leftOut = { switchedOff: 0, expired: 0 };
  const selecting = options.expired === true || options.unconfirmed === true;
  for (const opportunity of opportunities) {
    const openSignups = openBy.get(opportunity.id) ?? 0;
    const facts = { active: opportunity.active, organisationActive: opportunity.organisation.active, pausedAt: opportunity.pausedAt, validUntil: opportunity.validUntil, staleSince: opportunity.staleSince, capacity: opportunity.capacity, openSignups };
    const status = availability(facts) ?? "active";
    // Switched off or paused, whatever the dates and places say: the same rule with those left out.
    const switchedOff = availability({ ...facts, validUntil: null, staleSince: null, capacity: null, openSignups: 0 }) !== null;
    const expired = isPastValidUntil(opportunity.validUntil, now, timeZone);
    const freshness = freshnessOf(opportunity, now, settings);

    if (switchedOff && options.includeInactive !== true) {
      leftOut.switchedOff += 1;
      continue;
    }
    const wanted = selecting ? (options.expired === true && expired) || (options.unconfirmed === true && freshness !== "fresh") : !expired;
    if (!wanted) {
      if (!selecting) leftOut.expired += 1;
      continue;
    }
    rows.push({
      id: opportunity.id,
      slug: opportunity.slug,
      title: opportunity.title,
      organisation: { slug: opportunity.organisation.slug, name: opportunity.organisation.name },
      status,
      freshness,
      confirmedAt: opportunity.confirmedAt,
      validUntil: opportunity.validUntil,
      openSignups,
      capacity: opportunity.capacity,
    });
  }
  return { rows, leftOut };
}
