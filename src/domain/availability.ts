// Whether an offer can be recommended and signed up to: the one rule, shared by matching, the
// offer details, the signup service and the coordinators' tools, so that an offer a coordinator
// paused is neither shown nor taken, wherever a resident meets it.
import { DEFAULT_TIME_ZONE, startOfDayIn } from "./matching/calendar";

/**
 * Why an offer takes no signups, checked in this order and the first that applies is reported:
 * switched off (the offer or its organisation, by the network file), paused by a coordinator
 * in Slack, past its last day, not confirmed as current in time (stale, src/domain/freshness.ts),
 * or every place taken by open signups.
 */
export const UNAVAILABLE_REASONS = ["inactive", "paused", "expired", "stale", "full"] as const;
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];

/** What the rule looks at; plain data, filled by whoever loads the offer. */
export interface AvailabilityFacts {
  /** The offer's own flag (network file). */
  active: boolean;
  /** The organisation's flag; switched-off organisations take their offers with them. Default true. */
  organisationActive?: boolean;
  /** Set while a coordinator has paused the offer (/lotse angebot pausieren). */
  pausedAt?: Date | null;
  /** Last day the offer runs (valid through that whole day in the city); null = open-ended. */
  validUntil: Date | null;
  /**
   * Set when its organisation did not confirm in time that the offer is still current (the
   * opportunity-freshness job); cleared by "Noch aktuell". Missing = not stale.
   */
  staleSince?: Date | null;
  /** Places; null = no limit. */
  capacity: number | null;
  /** Signups still in play (OPEN_SIGNUP_STATUSES): they hold a place. */
  openSignups: number;
}

/**
 * A checker for one moment: "today" is worked out once, so ranking thousands of offers does not
 * ask the time-zone formatter for each.
 */
export function availabilityAt(now: Date, timeZone: string = DEFAULT_TIME_ZONE): (facts: AvailabilityFacts) => UnavailableReason | null {
  const startOfToday = startOfDayIn(now, timeZone);
  return (facts) => {
    if (!facts.active || facts.organisationActive === false) return "inactive";
    if (facts.pausedAt !== undefined && facts.pausedAt !== null) return "paused";
    // As isPastValidUntil, with today computed once.
    if (facts.validUntil !== null && facts.validUntil.getTime() < startOfToday) return "expired";
    if (facts.staleSince !== undefined && facts.staleSince !== null) return "stale";
    if (facts.capacity !== null && facts.openSignups >= facts.capacity) return "full";
    return null;
  };
}

/** Why the offer takes no signups now, or null if it does. */
export function unavailableReason(facts: AvailabilityFacts, now: Date, timeZone: string = DEFAULT_TIME_ZONE): UnavailableReason | null {
  return availabilityAt(now, timeZone)(facts);
}

export function isAvailable(facts: AvailabilityFacts, now: Date, timeZone: string = DEFAULT_TIME_ZONE): boolean {
  return unavailableReason(facts, now, timeZone) === null;
}
