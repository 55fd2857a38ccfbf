// "Pausieren" under the question whether an offer is still current: the pause of
// /lotse angebot pausieren, with its rule (src/services/coordinator/set-opportunity-paused.ts).
// A paused offer is not asked about and does not turn stale; resuming it confirms it.
import { findCoordinatorScope } from "../coordinator/find-coordinator-scope";
import { setOpportunityPaused } from "../coordinator/set-opportunity-paused";
import { checkFreshnessAccess, type FreshnessAnswer, type FreshnessAnswerOptions } from "./freshness-access";

export async function pauseAskedOpportunity(options: FreshnessAnswerOptions): Promise<FreshnessAnswer> {
  const { prisma, slackUserId, now } = options;
  const opportunity = await checkFreshnessAccess(options);
  const scope = await findCoordinatorScope({ prisma, slackUserId });
  const paused = await setOpportunityPaused({ prisma, scope, slug: opportunity.slug, paused: true, now });
  return { opportunityId: paused.opportunityId, slug: paused.slug, title: paused.title, organisationName: paused.organisationName, changed: paused.changed };
}
