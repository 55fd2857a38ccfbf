// Whether an offer is still known to be current. National volunteering platforms ask for every
// offer to be re-confirmed at least every three months; here an offer not confirmed for
// OPPORTUNITY_CONFIRM_AFTER_DAYS is asked about in its organisation's Slack channel, and if nobody
// answers within OPPORTUNITY_CONFIRM_WITHIN_DAYS it is "stale": no longer recommended until
// confirmed (src/domain/availability.ts). The job that asks is src/services/jobs/opportunity-freshness-job.ts
// (src/services/freshness/sweep-opportunity-freshness.ts).

export interface FreshnessSettings {
  /** OPPORTUNITY_CONFIRM_AFTER_DAYS (default 90) */
  confirmAfterDays: number;
  /** OPPORTUNITY_CONFIRM_WITHIN_DAYS (default 14) */
  answerWithinDays: number;
}

export const DEFAULT_FRESHNESS: FreshnessSettings = { confirmAfterDays: 90, answerWithinDays: 14 };

/**
 * fresh: confirmed recently enough; due: time to ask; asked: the organisation was asked and has
 * time to answer; stale: nobody answered in time.
 */
export type Freshness = "fresh" | "due" | "asked" | "stale";

export interface FreshnessFields {
  confirmedAt: Date;
  freshnessAskedAt: Date | null;
  staleSince: Date | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function freshnessOf(offer: FreshnessFields, now: Date, settings: FreshnessSettings = DEFAULT_FRESHNESS): Freshness {
  if (offer.staleSince !== null) return "stale";
  if (offer.freshnessAskedAt !== null) return "asked";
  return offer.confirmedAt.getTime() + settings.confirmAfterDays * DAY_MS <= now.getTime() ? "due" : "fresh";
}

/** When an asked offer becomes stale if nobody answers. */
export function staleAfter(askedAt: Date, settings: FreshnessSettings = DEFAULT_FRESHNESS): Date {
  return new Date(askedAt.getTime() + settings.answerWithinDays * DAY_MS);
}

/** The latest confirmedAt that is due to be asked about at `now` (freshnessOf's "due", as a bound for a query). */
export function dueIfConfirmedBy(now: Date, settings: FreshnessSettings = DEFAULT_FRESHNESS): Date {
  return new Date(now.getTime() - settings.confirmAfterDays * DAY_MS);
}

/** The latest freshnessAskedAt whose answer time is over at `now` (staleAfter, turned round for a query). */
export function staleIfAskedBy(now: Date, settings: FreshnessSettings = DEFAULT_FRESHNESS): Date {
  return new Date(now.getTime() - settings.answerWithinDays * DAY_MS);
}

/**
 * What confirming an offer as current writes, wherever it is confirmed ("Noch aktuell" in Slack,
 * resuming a paused offer): the clock starts again, an open question is answered and a stale offer
 * is recommended again.
 */
export function confirmation(now: Date): FreshnessFields {
  return { confirmedAt: now, freshnessAskedAt: null, staleSince: null };
}
