// The recommendations as they were computed before the offer index (src/services/opportunity/
// offer-index.ts): every active offer reloaded from the database on every call, ranked in full by
// rankOpportunities. Kept unchanged as the reference the indexed service must agree with
// (test/services/opportunity/recommend-opportunities.property.test.ts) and as the "before" in
// bench/recommend.bench.ts.
import type { PrismaClient } from "../../src/generated/prisma/client";
import { languagesCodec, residentSlotsCodec, scheduleCodec } from "../../src/db/codecs";
import { pickRecommendations, rankOpportunities, type MatchOpportunity, type MatchProfile } from "../../src/domain/matching";
import { LOCALES, type BotLocale, type DistrictChoice, type InterestKey } from "../../src/domain/vocabulary";
import { OPEN_SIGNUP_STATUSES } from "../../src/domain/signup-status";
import type { RecommendationPage } from "../../src/services/opportunity/recommend-opportunities";

/** One page of the resident's recommendations, best first, diversified across organisations. */
export async function recommendOpportunitiesReference(options: {
  prisma: PrismaClient;
  residentId: number;
  now: Date;
  offset: number;
  count: number;
  /** The resident's chat locale: its translations are loaded, and its language counts for matching. */
  locale: BotLocale;
}): Promise<RecommendationPage> {
  const { prisma, residentId, now, offset, count, locale } = options;
  const resident = await prisma.resident.findUniqueOrThrow({ where: { id: residentId }, include: { interests: true, signups: true } });
  const [opportunities, districts, openCounts] = await Promise.all([
    prisma.opportunity.findMany({ where: { active: true }, include: { interests: true, organisation: true, translations: { where: { locale } } } }),
    prisma.district.findMany({ include: { neighbours: true } }),
    prisma.signup.groupBy({ by: ["opportunityId"], where: { status: { in: [...OPEN_SIGNUP_STATUSES] } }, _count: { _all: true } }),
  ]);
  const openByOpportunity = new Map(openCounts.map((row) => [row.opportunityId, row._count._all]));

  const profile: MatchProfile = {
    interests: resident.interests.map((interest) => interest.key as InterestKey),
    timeSlots: residentSlotsCodec.decode(resident.timeSlots),
    hoursPerWeek: resident.hoursPerWeek,
    districtChoice: resident.districtChoice as DistrictChoice | null,
    districtId: resident.districtId,
    languages: languagesCodec.decode(resident.languages),
    chatLanguage: LOCALES[locale].language,
  };
  // Availability (switched off, paused, expired, stale, full) is decided by matching, with the rule of
  // src/domain/availability.ts; organisations that are switched off take their offers with them.
  const candidates: MatchOpportunity[] = opportunities.map((opportunity) => ({
    id: opportunity.id,
    organisationId: opportunity.organisationId,
    interests: opportunity.interests.map((interest) => interest.key as InterestKey),
    locationKind: opportunity.locationKind as MatchOpportunity["locationKind"],
    districtId: opportunity.districtId,
    schedule: scheduleCodec.decode(opportunity.schedule),
    hoursPerWeek: opportunity.hoursPerWeek,
    languagesHelpful: languagesCodec.decode(opportunity.languagesHelpful),
    languagesRequired: languagesCodec.decode(opportunity.languagesRequired),
    littleGerman: opportunity.littleGerman,
    capacity: opportunity.capacity,
    openSignups: openByOpportunity.get(opportunity.id) ?? 0,
    validUntil: opportunity.validUntil,
    active: opportunity.active,
    organisationActive: opportunity.organisation.active,
    pausedAt: opportunity.pausedAt,
    staleSince: opportunity.staleSince,
  }));
  const ranked = rankOpportunities(profile, candidates, {
    now,
    neighbours: new Map(districts.map((district) => [district.id, district.neighbours.map((neighbour) => neighbour.id)])),
    excludeIds: new Set(resident.signups.filter((signup) => signup.status !== "withdrawn").map((signup) => signup.opportunityId)),
  });
  // One more than asked tells whether a further page exists.
  const page = pickRecommendations(ranked, { count: count + 1, offset });
  const byId = new Map(opportunities.map((opportunity) => [opportunity.id, opportunity]));
  return {
    items: page.slice(0, count).map((entry) => {
      const opportunity = byId.get(entry.opportunityId)!;
      return {
        opportunity: {
          id: opportunity.id,
          slug: opportunity.slug,
          title: opportunity.title,
          summary: opportunity.summary,
          description: opportunity.description,
          translations: opportunity.translations,
          organisationName: opportunity.organisation.name,
        },
        score: entry.score,
        reasons: entry.reasons,
      };
    }),
    hasMore: page.length > count,
    districtNames: new Map(districts.map((district) => [district.id, district.name])),
  };
}
