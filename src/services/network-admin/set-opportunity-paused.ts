// `lotse pause SLUG` / `lotse resume SLUG`: the network manager pauses or resumes any offer, with
// the same rule as the coordinators' Slack command (applyOpportunityPause).
import type { PrismaClient } from "../../generated/prisma/client";
import { applyOpportunityPause } from "../opportunity/set-opportunity-pause";
import { unknownSlugError } from "./unknown-slug";

/**
 * What pausedBy records for a pause made with the command-line tool. The tool runs on the server
 * without a Slack identity, so there is no user id to record; "lotse" says where the pause came
 * from, and since it is no Slack user id (src/domain/slack-ids.ts) nothing will try to mention it.
 */
export const PAUSED_BY_LOTSE = "lotse";

export interface NetworkPauseResult {
  slug: string;
  title: string;
  organisationName: string;
  paused: boolean;
  /** False when it already was in that state (then pausedAt/pausedBy keep the first pause). */
  changed: boolean;
  /** Switched off in the network file or with its organisation: resuming does not make it available. */
  switchedOff: boolean;
}

export async function setOpportunityPausedByNetwork(options: { prisma: PrismaClient; slug: string; paused: boolean; now: Date }): Promise<NetworkPauseResult> {
  const { prisma, slug, paused, now } = options;
  return prisma.$transaction(async (tx) => {
    const opportunity = await tx.opportunity.findUnique({ where: { slug }, include: { organisation: { select: { name: true, active: true } } } });
    if (!opportunity) throw await unknownSlugError(tx, "opportunity", slug);
    const changed = await applyOpportunityPause(tx, opportunity, { paused, by: PAUSED_BY_LOTSE, now });
    return {
      slug: opportunity.slug,
      title: opportunity.title,
      organisationName: opportunity.organisation.name,
      paused,
      changed,
      switchedOff: !opportunity.active || !opportunity.organisation.active,
    };
  });
}
