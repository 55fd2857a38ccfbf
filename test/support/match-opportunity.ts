// An offer as matching sees it (MatchOpportunity), with plain defaults: citywide, no schedule,
// one hour a week, no languages, no limit, active. Tests name only what they are about.
import type { MatchOpportunity } from "../../src/domain/matching";

export function matchOpportunity(fields: Partial<MatchOpportunity> & Pick<MatchOpportunity, "id" | "organisationId">): MatchOpportunity {
  return {
    interests: [],
    locationKind: "citywide",
    districtId: null,
    schedule: [],
    hoursPerWeek: 1,
    languagesHelpful: [],
    languagesRequired: [],
    capacity: null,
    openSignups: 0,
    validUntil: null,
    active: true,
    ...fields,
  };
}
