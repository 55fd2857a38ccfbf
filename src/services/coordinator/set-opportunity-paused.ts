// A coordinator pauses an offer of their organisation (/lotse angebot pausieren <slug>) or
// resumes it (… aktivieren <slug>). A paused offer is neither recommended nor open for signups
// (src/domain/availability.ts); signups it already has stay as they are. The rule itself is
// applyOpportunityPause, shared with the network manager's `lotse pause`; this use case adds the
// coordinator's scope.
import type { PrismaClient } from "../../generated/prisma/client";
import { applyOpportunityPause } from "../opportunity/set-opportunity-pause";
import type { CoordinatorScope } from "./find-coordinator-scope";
import { findScopedOpportunity } from "./find-scoped-opportunity";

export interface SetOpportunityPausedOptions {
  prisma: PrismaClient;
  scope: CoordinatorScope;
  slug: string;
  paused: boolean;
  now: Date;
}

export interface SetOpportunityPausedResult {
  opportunityId: number;
  slug: string;
  title: string;
  organisationName: string;
  paused: boolean;
  /** False when it already was in that state (then pausedAt/pausedBy keep the first pause). */
  changed: boolean;
  /** Switched off in the network file: resuming does not make it available. */
  active: boolean;
}

export async function setOpportunityPaused(options: SetOpportunityPausedOptions): Promise<SetOpportunityPausedResult> {
  const { prisma, scope, slug, paused, now } = options;
  return prisma.$transaction(async (tx) => {
    const opportunity = await findScopedOpportunity(tx, scope, slug);
    const changed = await applyOpportunityPause(tx, opportunity, { paused, by: scope.slackUserId, now });
    return {
      opportunityId: opportunity.id,
      slug: opportunity.slug,
      title: opportunity.title,
      organisationName: opportunity.organisation.name,
      paused,
      changed,
      active: opportunity.active,
    };
  });
}
