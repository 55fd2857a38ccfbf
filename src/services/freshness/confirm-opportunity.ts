// "Noch aktuell": a coordinator confirms that an offer is still current. The clock starts again,
// the open question is answered, and a stale offer is recommended again (src/domain/freshness.ts).
import { confirmation } from "../../domain/freshness";
import { checkFreshnessAccess, type FreshnessAnswer, type FreshnessAnswerOptions } from "./freshness-access";

export async function confirmOpportunity(options: FreshnessAnswerOptions): Promise<FreshnessAnswer> {
  const opportunity = await checkFreshnessAccess(options);
  await options.prisma.opportunity.update({ where: { id: opportunity.id }, data: confirmation(options.now) });
  return { opportunityId: opportunity.id, slug: opportunity.slug, title: opportunity.title, organisationName: opportunity.organisation.name, changed: true };
}
