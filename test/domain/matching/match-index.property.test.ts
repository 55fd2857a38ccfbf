// MatchIndex (src/domain/matching/match-index.ts) against the reference: on random networks,
// profiles, pages and diversity settings, index.recommend(…) equals
// pickRecommendations(rankOpportunities(…), …) — same entries, order, scores and reasons.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MatchIndex,
  pickRecommendations,
  rankOpportunities,
  type MatchContext,
  type MatchOpportunity,
  type MatchProfile,
} from "../../../src/domain/matching";
import {
  INTEREST_KEYS,
  LANGUAGE_CODES,
  OPPORTUNITY_SLOTS,
  RESIDENT_SLOTS,
  type InterestKey,
  type LanguageCode,
  type OpportunitySlot,
} from "../../../src/domain/vocabulary";
import { matchOpportunity } from "../../support/match-opportunity";

const NOW = new Date("2026-03-10T10:00:00Z");
const DAY_MS = 86_400_000;
const DISTRICTS = [1, 2, 3, 4, 5, 6];

// A few interests, slots and languages only, so that profiles and offers overlap often.
const interestArb = fc.constantFrom<InterestKey>(...INTEREST_KEYS.slice(0, 5));
const slotArb = fc.constantFrom<OpportunitySlot>(...OPPORTUNITY_SLOTS.filter((_, index) => index % 4 === 0));
const languageArb = fc.constantFrom<LanguageCode>(...LANGUAGE_CODES.slice(0, 5));
// Data a hand-edited database or a future vocabulary could hold: the index must judge it as the
// reference does (it takes such offers one by one).
const oddInterestArb = fc.oneof({ weight: 20, arbitrary: interestArb }, { weight: 1, arbitrary: fc.constant("verschollen" as InterestKey) });
const oddLanguageArb = fc.oneof({ weight: 20, arbitrary: languageArb }, { weight: 1, arbitrary: fc.constant("xx" as LanguageCode) });
const oddSlotArb = fc.oneof({ weight: 30, arbitrary: slotArb }, { weight: 1, arbitrary: fc.constant("mon-night" as OpportunitySlot) });

const dateNearNow = fc.integer({ min: -5, max: 5 }).map((days) => new Date(NOW.getTime() + days * DAY_MS - 11 * 3_600_000));

function offerArb(id: number): fc.Arbitrary<MatchOpportunity> {
  return fc
    .record({
      organisationId: fc.integer({ min: 1, max: 4 }),
      interests: fc.array(oddInterestArb, { maxLength: 3 }),
      location: fc.oneof({ weight: 400, arbitrary: fc.constantFrom("district", "district", "citywide", "remote") }, { weight: 1, arbitrary: fc.constant("online") }),
      districtId: fc.option(fc.constantFrom(...DISTRICTS, 9), { nil: null, freq: 8 }),
      schedule: fc.array(oddSlotArb, { maxLength: 3 }),
      hoursPerWeek: fc.constantFrom(0.5, 1, 2, 3, 4, 6, 8, 9),
      languagesHelpful: fc.array(oddLanguageArb, { maxLength: 3 }),
      languagesRequired: fc.array(oddLanguageArb, { maxLength: 1 }),
      requiredOften: fc.constantFrom(false, false, false, false, false, true),
      littleGerman: fc.option(fc.boolean(), { nil: undefined }),
      capacity: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 6 })),
      openSignups: fc.constantFrom(0, 0, 0, 1, 1, 2, 3, 5),
      validUntil: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: dateNearNow }),
      active: fc.constantFrom(true, true, true, true, true, false),
      organisationActive: fc.constantFrom(undefined, undefined, true, true, true, false),
      // Mostly not paused and not stale (fc.option's freq is the chance of nil: 1 in freq).
      pausedAt: fc.oneof({ weight: 12, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(NOW) }),
      staleSince: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(NOW) }),
      weird: fc.nat({ max: 40 }),
    })
    .map((fields): MatchOpportunity => ({
      id,
      organisationId: fields.organisationId,
      interests: fields.interests,
      // Now and then a location kind nobody wrote (the reference fails on it; so must the index).
      locationKind: fields.location as MatchOpportunity["locationKind"],
      districtId: fields.location === "district" ? fields.districtId : fields.weird === 0 ? 2 : null,
      schedule: fields.schedule,
      hoursPerWeek: fields.hoursPerWeek,
      languagesHelpful: fields.languagesHelpful,
      languagesRequired: fields.requiredOften ? fields.languagesRequired : [],
      ...(fields.littleGerman === undefined ? {} : { littleGerman: fields.littleGerman }),
      capacity: fields.capacity,
      openSignups: fields.openSignups,
      validUntil: fields.validUntil,
      active: fields.active,
      ...(fields.organisationActive === undefined ? {} : { organisationActive: fields.organisationActive }),
      pausedAt: fields.pausedAt,
      ...(fields.staleSince === undefined ? {} : { staleSince: fields.staleSince }),
    }));
}

const offersArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 400 }), { maxLength: 80, size: "max" })
  .chain((ids) => (ids.length === 0 ? fc.constant([] as MatchOpportunity[]) : fc.tuple(...ids.map(offerArb))));

const profileArb: fc.Arbitrary<MatchProfile> = fc.record({
  interests: fc.uniqueArray(oddInterestArb, { maxLength: 3 }),
  timeSlots: fc.uniqueArray(fc.constantFrom(...RESIDENT_SLOTS), { maxLength: 3 }),
  hoursPerWeek: fc.option(fc.constantFrom(1, 2, 4, 8), { nil: null }),
  districtChoice: fc.option(fc.constantFrom("district", "any", "remote"), { nil: null }) as fc.Arbitrary<MatchProfile["districtChoice"]>,
  districtId: fc.option(fc.constantFrom(...DISTRICTS), { nil: null, freq: 6 }),
  languages: fc.uniqueArray(oddLanguageArb, { maxLength: 3 }),
  chatLanguage: fc.option(fc.constantFrom<LanguageCode>("de", "en", "ar", "uk"), { nil: undefined }),
}).map((profile) => {
  const { chatLanguage, ...rest } = profile;
  return chatLanguage === undefined ? rest : { ...rest, chatLanguage };
});

const neighboursArb = fc
  .array(fc.tuple(fc.constantFrom(...DISTRICTS), fc.constantFrom(...DISTRICTS)), { maxLength: 8 })
  .map((pairs) => {
    const neighbours = new Map<number, number[]>();
    for (const [a, b] of pairs) neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    return neighbours;
  });

const pageArb = fc.record({
  count: fc.integer({ min: 1, max: 8 }),
  offset: fc.constantFrom(0, 0, 0, 3, 3, 6, 9, 30),
  diversity: fc.option(
    fc.record({
      window: fc.integer({ min: 1, max: 4 }),
      maxPerOrganisation: fc.integer({ min: 1, max: 3 }),
      scoreTolerance: fc.constantFrom(0, 5, 10, 25, -3, Number.POSITIVE_INFINITY),
    }),
    { nil: undefined },
  ),
});

type Page = { count: number; offset: number; diversity?: { window: number; maxPerOrganisation: number; scoreTolerance: number } | undefined };

function reference(profile: MatchProfile, offers: readonly MatchOpportunity[], context: MatchContext, page: Page) {
  return pickRecommendations(rankOpportunities(profile, offers, context), page.diversity === undefined ? { count: page.count, offset: page.offset } : page as { count: number; offset: number; diversity: NonNullable<Page["diversity"]> });
}

function indexed(index: MatchIndex, profile: MatchProfile, context: MatchContext, page: Page) {
  return index.recommend(profile, context, page.diversity === undefined ? { count: page.count, offset: page.offset } : page as { count: number; offset: number; diversity: NonNullable<Page["diversity"]> });
}

/** The result, or the error's message: both must agree, failures included. */
function outcome<T>(run: () => T): { value: T } | { error: string } {
  try {
    return { value: run() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

describe("MatchIndex", () => {
  it("recommends exactly what rankOpportunities + pickRecommendations recommend", () => {
    fc.assert(
      fc.property(
        offersArb,
        fc.array(profileArb, { minLength: 1, maxLength: 4 }),
        neighboursArb,
        pageArb,
        fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { maxLength: 5 }),
        fc.integer({ min: -3, max: 3 }),
        (offers, profiles, neighbours, page, excluded, dayShift) => {
          const index = new MatchIndex(offers);
          const context: MatchContext = { now: new Date(NOW.getTime() + dayShift * DAY_MS), neighbours, ...(excluded.length > 0 ? { excludeIds: new Set(excluded) } : {}) };
          for (const profile of profiles) {
            expect(outcome(() => indexed(index, profile, context, page))).toEqual(outcome(() => reference(profile, offers, context, page)));
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it("stays equal after open signups change", () => {
    fc.assert(
      fc.property(
        offersArb,
        profileArb,
        neighboursArb,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { maxLength: 10 }),
        (offers, profile, neighbours, changes) => {
          const index = new MatchIndex(offers);
          let current = offers;
          for (const [pick, openSignups] of changes) {
            if (current.length === 0) break;
            const target = current[pick % current.length]!;
            expect(index.setOpenSignups(target.id, openSignups)).toBe(true);
            current = current.map((offer) => (offer.id === target.id ? { ...offer, openSignups } : offer));
          }
          expect(index.setOpenSignups(10_000, 1)).toBe(false);
          const context: MatchContext = { now: NOW, neighbours };
          const page = { count: 6, offset: 0 };
          expect(outcome(() => indexed(index, profile, context, page))).toEqual(outcome(() => reference(profile, current, context, page)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps offers with the same id in the reference's order", () => {
    const twin = (organisationId: number): MatchOpportunity => matchOpportunity({ id: 7, organisationId, interests: ["kinder"] });
    const offers = [twin(3), twin(1), twin(2)];
    const profile: MatchProfile = { interests: ["kinder"], timeSlots: [], hoursPerWeek: null, districtChoice: null, districtId: null, languages: [] };
    const context: MatchContext = { now: NOW, neighbours: new Map() };
    expect(new MatchIndex(offers).recommend(profile, context, { count: 3 })).toEqual(pickRecommendations(rankOpportunities(profile, offers, context), { count: 3 }));
  });
});
