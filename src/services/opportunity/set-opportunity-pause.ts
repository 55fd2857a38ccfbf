// The one rule for pausing and resuming an offer, shared by the coordinators' Slack command
// (src/services/coordinator/set-opportunity-paused.ts, limited to their organisations) and the
// network manager's `lotse pause|resume` (src/services/network-admin/set-opportunity-paused.ts).
// A paused offer is neither recommended nor open for signups (src/domain/availability.ts);
// signups it already has stay as they are. Kept apart from `active`, which belongs to the network
// file, so that the next import does not undo a pause.
import type { PrismaClient } from "../../generated/prisma/client";
import { confirmation } from "../../domain/freshness";
import type { Tx } from "../notification/enqueue";

export interface OpportunityPauseChange {
  paused: boolean;
  /** Recorded in pausedBy: a coordinator's Slack user id, or PAUSED_BY_LOTSE. */
  by: string;
  now: Date;
}

/**
 * Pauses or resumes the offer; returns false when it already was in that state. Pausing twice
 * keeps the first pausedAt/pausedBy: "since when" and "by whom" should name who stopped it.
 * Resuming confirms the offer as current (src/domain/freshness.ts): whoever switches it back on
 * has just looked at it, and a paused offer was not asked about meanwhile.
 */
export async function applyOpportunityPause(
  db: PrismaClient | Tx,
  opportunity: { id: number; pausedAt: Date | null },
  change: OpportunityPauseChange,
): Promise<boolean> {
  const wasPaused = opportunity.pausedAt !== null;
  if (wasPaused === change.paused) return false;
  await db.opportunity.update({
    where: { id: opportunity.id },
    // Resuming says the offer runs again, which confirms it as current (src/domain/freshness.ts):
    // a freshness question the pause answered does not turn it stale right after, and a stale
    // offer is recommended again.
    data: change.paused ? { pausedAt: change.now, pausedBy: change.by } : { pausedAt: null, pausedBy: null, ...confirmation(change.now) },
  });
  return true;
}
