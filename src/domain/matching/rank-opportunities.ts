import { exclusionOf, prepareProfile, scoreEligible } from "./scoring";
import type { MatchContext, MatchOpportunity, MatchProfile, RankedOpportunity } from "./types";

/**
 * Every opportunity that passes the hard filters, best first: score descending, then
 * opportunity id ascending, so equal scores always come out in the same order.
 */
export function rankOpportunities(
  profile: MatchProfile,
  opportunities: readonly MatchOpportunity[],
  context: MatchContext,
): RankedOpportunity[] {
  const prepared = prepareProfile(profile, context);
  const ranked: RankedOpportunity[] = [];
  for (const opportunity of opportunities) {
    if (exclusionOf(prepared, opportunity) !== null) continue;
    const { score, reasons } = scoreEligible(prepared, opportunity);
    ranked.push({ opportunityId: opportunity.id, organisationId: opportunity.organisationId, score, reasons });
  }
  return ranked.sort(compareRanked);
}

export function compareRanked(a: RankedOpportunity, b: RankedOpportunity): number {
  return b.score - a.score || a.opportunityId - b.opportunityId;
}
