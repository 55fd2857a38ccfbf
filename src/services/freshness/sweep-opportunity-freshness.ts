// Keeping offers fresh: an active offer not confirmed for OPPORTUNITY_CONFIRM_AFTER_DAYS is asked
// about in its organisation's Slack channel ("Noch aktuell" / "Pausieren"); if nobody answers
// within OPPORTUNITY_CONFIRM_WITHIN_DAYS it becomes stale (no longer recommended, no signups,
// src/domain/availability.ts) and the network channel hears of it.
//
// Each step at most once per round, however often this runs and in however many processes: the
// columns themselves are the marks. The update that sets freshnessAskedAt (or staleSince) is the
// first statement of its transaction and only matches while the column is still empty, so it
// takes SQLite's write lock and exactly one process sees "1 row" and queues the message. A
// confirmation clears both columns, which starts the next round.
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { isPastValidUntil } from "../../domain/matching/calendar";
import { dueIfConfirmedBy, staleAfter, staleIfAskedBy } from "../../domain/freshness";
import { isValidTimeZone } from "../../domain/working-days";
import { transactionWithOutbox } from "../notification/enqueue";

/** The job's options (checked when the job is made); the bounds are config.ts's. */
export const freshnessSettingsSchema = z.object({
  /** OPPORTUNITY_CONFIRM_AFTER_DAYS */
  confirmAfterDays: z.number().int().min(7).max(730),
  /** OPPORTUNITY_CONFIRM_WITHIN_DAYS */
  answerWithinDays: z.number().int().min(1).max(90),
  /** CITY_TIME_ZONE: whose calendar day validUntil counts in. */
  timeZone: z.string().refine(isValidTimeZone, "unknown time zone"),
});
export type FreshnessSweepSettings = z.output<typeof freshnessSettingsSchema>;

/**
 * Offers the sweep looks at: switched on (with their organisation), not paused. A paused offer is
 * not recommended anyway, and resuming it confirms it (set-opportunity-paused.ts).
 */
const LIVE = { active: true, organisation: { active: true }, pausedAt: null } as const;

export async function sweepOpportunityFreshness(options: {
  prisma: PrismaClient;
  now: Date;
  settings: FreshnessSweepSettings;
  wakeOutbox?: () => void;
}): Promise<{ asked: number; stale: number }> {
  const { prisma, now, settings } = options;
  const result = { asked: 0, stale: 0 };

  // Expired offers (validUntil before today) stop by themselves; asking about them is noise.
  const current = (offer: { validUntil: Date | null }) => !isPastValidUntil(offer.validUntil, now, settings.timeZone);

  const confirmedBy = dueIfConfirmedBy(now, settings);
  const due = await prisma.opportunity.findMany({
    where: { ...LIVE, freshnessAskedAt: null, staleSince: null, confirmedAt: { lte: confirmedBy } },
    select: { id: true, validUntil: true },
    orderBy: { id: "asc" },
  });
  for (const offer of due.filter(current)) {
    const asked = await transactionWithOutbox(options, async (tx, enqueue) => {
      // The conditions again, under the write lock: a confirmation or another process since the query wins.
      const { count } = await tx.opportunity.updateMany({
        where: { id: offer.id, ...LIVE, freshnessAskedAt: null, staleSince: null, confirmedAt: { lte: confirmedBy } },
        data: { freshnessAskedAt: now },
      });
      if (count === 0) return false;
      await enqueue("opportunity-confirm-asked", { opportunityId: offer.id });
      return true;
    });
    if (asked) result.asked += 1;
  }

  const askedBy = staleIfAskedBy(now, settings);
  const unanswered = await prisma.opportunity.findMany({
    where: { ...LIVE, staleSince: null, freshnessAskedAt: { not: null, lte: askedBy } },
    select: { id: true, validUntil: true, freshnessAskedAt: true },
    orderBy: { id: "asc" },
  });
  for (const offer of unanswered.filter(current)) {
    const askedAt = offer.freshnessAskedAt!;
    const stale = await transactionWithOutbox(options, async (tx, enqueue) => {
      const { count } = await tx.opportunity.updateMany({
        // The same question (askedAt) still unanswered: a confirmation clears it, a new round has another time.
        where: { id: offer.id, ...LIVE, staleSince: null, freshnessAskedAt: askedAt },
        // Stale from the moment the answer time ran out, also when the process was down then.
        data: { staleSince: staleAfter(askedAt, settings) },
      });
      if (count === 0) return false;
      await enqueue("opportunity-stale", { opportunityId: offer.id });
      return true;
    });
    if (stale) result.stale += 1;
  }
  return result;
}
