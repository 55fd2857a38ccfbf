import { describe, expect, it } from "vitest";
import {
  assessOpportunity,
  diversify,
  pickRecommendations,
  rankOpportunities,
  type MatchContext,
  type MatchOpportunity,
  type MatchProfile,
  type RankedOpportunity,
} from "../../src/domain/matching";
import { matchOpportunity } from "../support/match-opportunity";

// ---------------------------------------------------------------------------------------
// Fixture: three districts, three organisations, eight opportunities.
//
//   districts: 1 Zentrum, 2 Lobeda, 3 Winzerla. Zentrum borders both others;
//              Lobeda and Winzerla are not neighbours. The map lists each pair once only
//              (1 → [2, 3]) to show that neighbourhood is read both ways.
//   organisations: 100, 200, 300
//
//   id org  interests                        place        schedule                  h  helpful    required cap open
//   1  100  kinder                           district 2   sat-morning               2  –          –        4    1
//   2  100  kinder, familien                 district 1   mon-afternoon,wed-aftn.   3  ar         –        –    0
//   3  100  senioren                         citywide     [] flexible               1  uk, ru     –        10   6
//   4  200  umwelt, kinder                   district 3   sat-morning, sun-morning  4  –          –        6    0
//   5  200  digitales                        remote       [] flexible               2  –          en       –    0
//   6  300  integration, kinder              district 2   tue-evening, thu-evening  2  ar, fa, en de       –    0
//   7  300  kultur-bildung                   district 1   sat-afternoon             6  –          –        –    0
//   8  300  senioren, begleitung-fahrdienste district 3   fri-morning               1  –          de       –    0
// ---------------------------------------------------------------------------------------

const NOW = new Date("2026-03-10T10:00:00Z");
const context: MatchContext = { now: NOW, neighbours: new Map([[1, [2, 3]]]) };

const opportunity = matchOpportunity;

const OPPORTUNITIES: readonly MatchOpportunity[] = [
  opportunity({ id: 1, organisationId: 100, interests: ["kinder"], locationKind: "district", districtId: 2, schedule: ["sat-morning"], hoursPerWeek: 2, capacity: 4, openSignups: 1 }),
  opportunity({ id: 2, organisationId: 100, interests: ["kinder", "familien"], locationKind: "district", districtId: 1, schedule: ["mon-afternoon", "wed-afternoon"], hoursPerWeek: 3, languagesHelpful: ["ar"] }),
  opportunity({ id: 3, organisationId: 100, interests: ["senioren"], locationKind: "citywide", schedule: [], hoursPerWeek: 1, languagesHelpful: ["uk", "ru"], capacity: 10, openSignups: 6 }),
  opportunity({ id: 4, organisationId: 200, interests: ["umwelt", "kinder"], locationKind: "district", districtId: 3, schedule: ["sat-morning", "sun-morning"], hoursPerWeek: 4, capacity: 6, openSignups: 0 }),
  opportunity({ id: 5, organisationId: 200, interests: ["digitales"], locationKind: "remote", schedule: [], hoursPerWeek: 2, languagesRequired: ["en"] }),
  opportunity({ id: 6, organisationId: 300, interests: ["integration", "kinder"], locationKind: "district", districtId: 2, schedule: ["tue-evening", "thu-evening"], hoursPerWeek: 2, languagesHelpful: ["ar", "fa", "en"], languagesRequired: ["de"] }),
  opportunity({ id: 7, organisationId: 300, interests: ["kultur-bildung"], locationKind: "district", districtId: 1, schedule: ["sat-afternoon"], hoursPerWeek: 6 }),
  opportunity({ id: 8, organisationId: 300, interests: ["senioren", "begleitung-fahrdienste"], locationKind: "district", districtId: 3, schedule: ["fri-morning"], hoursPerWeek: 1, languagesRequired: ["de"] }),
];

function profile(fields: Partial<MatchProfile>): MatchProfile {
  return { interests: [], timeSlots: [], hoursPerWeek: null, districtChoice: null, districtId: null, languages: [], ...fields };
}

/** Ranking reduced to [id, score] pairs, best first. */
function idsAndScores(ranked: readonly RankedOpportunity[]): [number, number][] {
  return ranked.map((entry) => [entry.opportunityId, entry.score]);
}

describe("rankOpportunities on the hand-worked fixture", () => {
  it("Anna: kinder+familien, weekend-morning+weekday-afternoon, 4 h, Lobeda, speaks de+ar", () => {
    // id  interests  time                 hours      place             lang    cap           total
    // 1   30 kinder  20 sat-morning       10 (2≤4)   20 same (2)       0       3 (1 of 4)     83
    // 2   30+10      20 mon-afternoon     10 (3≤4)   12 neighbour (1)  5 ar    0 (no cap)     87
    // 4   30 kinder  20 sat-morning       10 (4≤4)    0 Winzerla       0       3 (0 of 6)     63
    // 6   30 kinder   0 evenings only     10 (2≤4)   20 same (2)       5 ar    0 (no cap)     65
    // 3, 8 senioren / 5 digitales / 7 kultur-bildung: no shared interest → filtered
    const anna = profile({
      interests: ["kinder", "familien"],
      timeSlots: ["weekend-morning", "weekday-afternoon"],
      hoursPerWeek: 4,
      districtChoice: "district",
      districtId: 2,
      languages: ["de", "ar"],
    });
    expect(idsAndScores(rankOpportunities(anna, OPPORTUNITIES, context))).toEqual([
      [2, 87],
      [1, 83],
      [6, 65],
      [4, 63],
    ]);
  });

  it("Boris: senioren, flexible, 1 h, anywhere, languages not said — tie broken by id", () => {
    // id  interests    time                hours     place                lang  cap                 total
    // 3   30 senioren  10 both flexible    10 (1≤1)  8 citywide           0     0 (6 of 10 taken)    58
    // 8   30 senioren  10 resident flex.   10 (1≤1)  8 any → district     0     0 (no cap)           58
    //     (8 requires de: languages not said → German assumed, passes)
    // equal scores → lower id first: 3, 8
    const boris = profile({ interests: ["senioren"], timeSlots: ["flexible"], hoursPerWeek: 1, districtChoice: "any" });
    expect(idsAndScores(rankOpportunities(boris, OPPORTUNITIES, context))).toEqual([
      [3, 58],
      [8, 58],
    ]);
  });

  it("Carla: digitales+kinder, weekday-evening, 2 h, remote, speaks de+en — only remote ones", () => {
    // id  interests     time               hours     place                  lang  cap  total
    // 5   30 digitales  10 opp. flexible   10 (2≤2)  20 remote for remote   0     0     70
    // 1, 2, 4, 6 share "kinder" but are not remote → filtered
    const carla = profile({
      interests: ["digitales", "kinder"],
      timeSlots: ["weekday-evening"],
      hoursPerWeek: 2,
      districtChoice: "remote",
      languages: ["de", "en"],
    });
    expect(idsAndScores(rankOpportunities(carla, OPPORTUNITIES, context))).toEqual([[5, 70]]);
  });

  it("Dmitri: kinder+senioren+integration, weekday-evening+weekend-morning, 1 h, Winzerla, speaks ru+uk (no de)", () => {
    // id  interests    time                  hours          place             lang        cap         total
    // 3   30 senioren  10 opp. flexible      10 (1≤1)        8 citywide       10 uk+ru    0 (6/10)     68
    // 4   30 kinder    20 sat/sun-morning   −10 (4>2×1)     20 same (3)        0           3 (0/6)      63
    // 1   30 kinder    20 sat-morning         0 (2≤2×1)      0 Lobeda          0           3 (1/4)      53
    // 2   30 kinder     0 afternoons        −10 (3>2×1)     12 neighbour (1)   0 (no ar)   0            32
    // 6 and 8 require de, which Dmitri does not list → filtered; 5, 7: no shared interest
    const dmitri = profile({
      interests: ["kinder", "senioren", "integration"],
      timeSlots: ["weekday-evening", "weekend-morning"],
      hoursPerWeek: 1,
      districtChoice: "district",
      districtId: 3,
      languages: ["ru", "uk"],
    });
    expect(idsAndScores(rankOpportunities(dmitri, OPPORTUNITIES, context))).toEqual([
      [3, 68],
      [4, 63],
      [1, 53],
      [2, 32],
    ]);
  });

  it("Emil: nothing said yet — everything but the English-only one, flexibility, capacity and ids decide", () => {
    // No interests → no interest filter. Hours, place and languages not said → 0.
    // Time: no times given, but a flexible opportunity fits anyway → 3 (schedule []) gets 10.
    // Capacity: 1: 1 of 4 taken → 3; 4: 0 of 6 → 3; 3: 6 of 10 taken → 0; the rest have none → 0.
    // 5 requires en; languages not said → only German assumed → filtered.
    //   3: 10 + 0 = 10;  1: 0 + 3 = 3;  4: 0 + 3 = 3;  2, 6, 7, 8: 0
    // Ties by id: [1, 4] at 3, then [2, 6, 7, 8] at 0.
    const emil = profile({});
    expect(idsAndScores(rankOpportunities(emil, OPPORTUNITIES, context))).toEqual([
      [3, 10],
      [1, 3],
      [4, 3],
      [2, 0],
      [6, 0],
      [7, 0],
      [8, 0],
    ]);
  });

  it("gives the same ranking whatever order the opportunities come in", () => {
    const emil = profile({});
    const expected = rankOpportunities(emil, OPPORTUNITIES, context);
    const reversed = rankOpportunities(emil, [...OPPORTUNITIES].reverse(), context);
    const shuffled = rankOpportunities(emil, [4, 8, 1, 6, 3, 7, 2, 5].map((id) => OPPORTUNITIES[id - 1]!), context);
    expect(reversed).toEqual(expected);
    expect(shuffled).toEqual(expected);
  });
});

describe("reasons", () => {
  it("explains opportunity 2 for Anna in the order interests, time, place, languages, hours", () => {
    const anna = profile({
      interests: ["familien", "kinder"], // listed in the other order: reasons follow the vocabulary
      timeSlots: ["weekday-afternoon"],
      hoursPerWeek: 4,
      districtChoice: "district",
      districtId: 2,
      languages: ["de", "ar"],
    });
    const assessment = assessOpportunity(anna, OPPORTUNITIES[1]!, context);
    expect(assessment).toEqual({
      eligible: true,
      score: 87,
      points: { interests: 40, time: 20, hours: 10, place: 12, languages: 5, littleGerman: 0, capacity: 0 },
      reasons: [
        { kind: "interests", interests: ["kinder", "familien"] },
        { kind: "time", slots: ["mon-afternoon", "wed-afternoon"] },
        { kind: "district", districtId: 1, relation: "neighbour" },
        { kind: "languages", languages: ["ar"] },
        { kind: "few-hours", hoursPerWeek: 3 },
      ],
    });
  });

  it("gives no reason for parts that score nothing or less", () => {
    // Dmitri and opportunity 4: hours −10, capacity +3 → neither yields a reason.
    const dmitri = profile({ interests: ["kinder"], timeSlots: ["weekend-morning"], hoursPerWeek: 1, districtChoice: "district", districtId: 3, languages: ["ru"] });
    const assessment = assessOpportunity(dmitri, OPPORTUNITIES[3]!, context);
    expect(assessment.eligible && assessment.reasons).toEqual([
      { kind: "interests", interests: ["kinder"] },
      { kind: "time", slots: ["sat-morning", "sun-morning"] },
      { kind: "district", districtId: 3, relation: "same" },
    ]);
  });

  it("names at most two overlapping slots, in week order", () => {
    const weekdayMornings = opportunity({ id: 20, organisationId: 100, schedule: ["fri-morning", "sat-morning", "mon-morning", "wed-morning"] });
    const early = profile({ timeSlots: ["weekday-morning"] });
    const assessment = assessOpportunity(early, weekdayMornings, context);
    expect(assessment.eligible && assessment.reasons).toEqual([{ kind: "time", slots: ["mon-morning", "wed-morning"] }]);
  });

  it("marks flexible time and district-anywhere for a resident who is open to everything", () => {
    const open = profile({ interests: ["senioren"], timeSlots: ["flexible"], districtChoice: "any" });
    const assessment = assessOpportunity(open, OPPORTUNITIES[7]!, context);
    expect(assessment.eligible && assessment.reasons).toEqual([
      { kind: "interests", interests: ["senioren"] },
      { kind: "flexible-time" },
      { kind: "district", districtId: 3, relation: "anywhere" },
    ]);
  });

  it("prefers a concrete slot overlap over flexibility and counts at most two helpful languages", () => {
    // Resident gives flexible and weekday-evening: opportunity 6 (tue/thu evening) overlaps → 20, not 10.
    // Helpful ar, fa, en all spoken → 3 × 5 capped at 10; German never counts as helpful.
    const polyglot = profile({ interests: ["integration"], timeSlots: ["flexible", "weekday-evening"], languages: ["de", "ar", "fa", "en"] });
    const assessment = assessOpportunity(polyglot, OPPORTUNITIES[5]!, context);
    expect(assessment).toMatchObject({
      eligible: true,
      points: { interests: 30, time: 20, languages: 10 },
      reasons: [
        { kind: "interests", interests: ["integration"] },
        { kind: "time", slots: ["tue-evening", "thu-evening"] },
        { kind: "languages", languages: ["ar", "fa", "en"] },
      ],
    });
  });
});

describe("hard filters", () => {
  // One eligible opportunity and one resident; each case changes a single thing.
  const base = opportunity({ id: 50, organisationId: 100, interests: ["umwelt"], locationKind: "district", districtId: 1, capacity: 3, openSignups: 2 });
  const resident = profile({ interests: ["umwelt"], districtChoice: "district", districtId: 1, languages: ["de"] });

  function exclusionOf(candidate: MatchOpportunity, who: MatchProfile = resident, ctx: MatchContext = context) {
    const assessment = assessOpportunity(who, candidate, ctx);
    // The ranking must agree with the single assessment.
    const ranked = rankOpportunities(who, [candidate], ctx).map((entry) => entry.opportunityId);
    expect(ranked).toEqual(assessment.eligible ? [candidate.id] : []);
    return assessment.eligible ? null : assessment.exclusion;
  }

  it("lets the unchanged base opportunity through", () => {
    expect(exclusionOf(base)).toBeNull();
  });

  it("drops inactive opportunities", () => {
    expect(exclusionOf({ ...base, active: false })).toBe("inactive");
  });

  it("drops full opportunities and keeps those with one place left", () => {
    expect(exclusionOf({ ...base, openSignups: 3 })).toBe("full");
    expect(exclusionOf({ ...base, openSignups: 4 })).toBe("full");
    expect(exclusionOf({ ...base, capacity: 0, openSignups: 0 })).toBe("full");
    expect(exclusionOf({ ...base, openSignups: 2 })).toBeNull();
    expect(exclusionOf({ ...base, capacity: null, openSignups: 500 })).toBeNull();
  });

  it("drops opportunities in context.excludeIds", () => {
    expect(exclusionOf(base, resident, { ...context, excludeIds: new Set([50]) })).toBe("excluded");
    expect(exclusionOf(base, resident, { ...context, excludeIds: new Set([51]) })).toBeNull();
  });

  it("drops opportunities that require a language the resident does not speak", () => {
    expect(exclusionOf({ ...base, languagesRequired: ["uk"] })).toBe("language");
    expect(exclusionOf({ ...base, languagesRequired: ["de", "uk"] }, { ...resident, languages: ["de", "uk"] })).toBeNull();
    expect(exclusionOf({ ...base, languagesRequired: ["de", "uk"] }, { ...resident, languages: ["uk"] })).toBe("language");
  });

  it("assumes only German when the resident named no language", () => {
    const silent = { ...resident, languages: [] };
    expect(exclusionOf({ ...base, languagesRequired: ["de"] }, silent)).toBeNull();
    expect(exclusionOf({ ...base, languagesRequired: ["en"] }, silent)).toBe("language");
    expect(exclusionOf({ ...base, languagesRequired: ["de", "en"] }, silent)).toBe("language");
  });

  it("does not require German of a resident without German when the opportunity lists none", () => {
    expect(exclusionOf(base, { ...resident, languages: ["uk"] })).toBeNull();
  });

  it("shows a resident who chose remote only remote opportunities", () => {
    const fromHome = { ...resident, districtChoice: "remote" as const, districtId: null };
    expect(exclusionOf(base, fromHome)).toBe("not-remote");
    expect(exclusionOf({ ...base, locationKind: "citywide", districtId: null }, fromHome)).toBe("not-remote");
    expect(exclusionOf({ ...base, locationKind: "remote", districtId: null }, fromHome)).toBeNull();
  });

  it("keeps far-away districts for a district resident, with no place points", () => {
    // Resident in Lobeda (2); base is in Zentrum (1, neighbour); district 3 is neither.
    const inLobeda = { ...resident, districtId: 2 };
    const far = assessOpportunity(inLobeda, { ...base, districtId: 3 }, context);
    const near = assessOpportunity(inLobeda, base, context);
    expect(far).toMatchObject({ eligible: true, points: { place: 0 } });
    expect(near).toMatchObject({ eligible: true, points: { place: 12 } });
  });

  it("drops opportunities sharing no interest, unless the resident named none", () => {
    expect(exclusionOf({ ...base, interests: ["kinder"] })).toBe("no-interest");
    expect(exclusionOf({ ...base, interests: [] })).toBe("no-interest");
    expect(exclusionOf({ ...base, interests: ["kinder"] }, { ...resident, interests: [] })).toBeNull();
  });

  describe("validUntil: valid through the whole last day in the city's time zone", () => {
    // 14 January 2026: Berlin is UTC+1, so the day runs from 13 Jan 23:00Z to 14 Jan 23:00Z.
    const lastDayUtcMidnight = { ...base, validUntil: new Date("2026-01-14T00:00:00Z") };
    const lastDayLocalMidnight = { ...base, validUntil: new Date("2026-01-13T23:00:00Z") };
    const at = (iso: string): MatchContext => ({ ...context, now: new Date(iso) });

    it("is valid in the first and last minute of the last day", () => {
      for (const candidate of [lastDayUtcMidnight, lastDayLocalMidnight]) {
        expect(exclusionOf(candidate, resident, at("2026-01-13T23:00:00Z"))).toBeNull(); // 00:00 on the 14th
        expect(exclusionOf(candidate, resident, at("2026-01-14T22:59:59.999Z"))).toBeNull(); // 23:59:59.999
      }
    });

    it("is expired from midnight after the last day, although UTC still shows that day", () => {
      for (const candidate of [lastDayUtcMidnight, lastDayLocalMidnight]) {
        expect(exclusionOf(candidate, resident, at("2026-01-14T23:00:00Z"))).toBe("expired"); // 00:00 on the 15th
        expect(exclusionOf(candidate, resident, at("2026-01-14T23:30:00Z"))).toBe("expired");
      }
    });

    it("counts days across a daylight-saving change", () => {
      // Clocks go forward on 29 March 2026; 30 March starts at 29 March 22:00Z.
      const lastDay = { ...base, validUntil: new Date("2026-03-29T00:00:00Z") };
      expect(exclusionOf(lastDay, resident, at("2026-03-29T21:59:59Z"))).toBeNull();
      expect(exclusionOf(lastDay, resident, at("2026-03-29T22:00:00Z"))).toBe("expired");
    });

    it("follows context.timeZone when given", () => {
      const inUtc = { ...context, timeZone: "UTC", now: new Date("2026-01-14T23:30:00Z") };
      expect(exclusionOf(lastDayUtcMidnight, resident, inUtc)).toBeNull();
    });
  });
});

describe("diversify and pickRecommendations", () => {
  function entry(opportunityId: number, organisationId: number, score: number): RankedOpportunity {
    return { opportunityId, organisationId, score, reasons: [] };
  }
  const ids = (list: readonly RankedOpportunity[]) => list.map((item) => item.opportunityId);

  it("swaps another organisation into the top 3 when it is within 10 points of the third", () => {
    // Org 1 holds places 1–3; org 2's best (76) is 9 below the skipped 85 → swapped in.
    const ranked = [entry(1, 1, 90), entry(2, 1, 88), entry(3, 1, 85), entry(4, 1, 80), entry(5, 2, 76)];
    expect(ids(diversify(ranked))).toEqual([1, 2, 5, 3, 4]);
    expect(ids(pickRecommendations(ranked, { count: 3 }))).toEqual([1, 2, 5]);
    // The skipped one opens the "more" page.
    expect(ids(pickRecommendations(ranked, { count: 3, offset: 3 }))).toEqual([3, 4]);
  });

  it("counts exactly 10 points as within tolerance", () => {
    const ranked = [entry(1, 1, 90), entry(2, 1, 88), entry(3, 1, 85), entry(5, 2, 75)];
    expect(ids(diversify(ranked))).toEqual([1, 2, 5, 3]);
  });

  it("keeps the ranking when the other organisation is more than 10 points behind", () => {
    const ranked = [entry(1, 1, 90), entry(2, 1, 88), entry(3, 1, 85), entry(4, 1, 80), entry(5, 2, 74)];
    expect(ids(diversify(ranked))).toEqual([1, 2, 3, 4, 5]);
    expect(ids(pickRecommendations(ranked, { count: 3 }))).toEqual([1, 2, 3]);
  });

  it("applies the limit on every page, not only the first", () => {
    // Page 1: 1, 2 (org 1), then 3 is skipped for 7 (org 2, 80 ≥ 85 − 10).
    // Page 2 starts with 3, 4 (org 1); 5 (org 1, 82) is skipped for 8 (org 3, 78 ≥ 82 − 10).
    // Page 3: 5, 6.
    const ranked = [
      entry(1, 1, 95), entry(2, 1, 90), entry(3, 1, 85), entry(4, 1, 84), entry(5, 1, 82),
      entry(7, 2, 80), entry(6, 1, 79), entry(8, 3, 78),
    ];
    expect(ids(diversify(ranked))).toEqual([1, 2, 7, 3, 4, 8, 5, 6]);
    expect(ids(pickRecommendations(ranked, { count: 3, offset: 3 }))).toEqual([3, 4, 8]);
  });

  it("works on a real ranking, where the organisation ids come from rankOpportunities", () => {
    // Anna-like resident with flexible time: ranks org 100's 1, 2 and an extra 9 above org 300's 6.
    const extra = opportunity({ id: 9, organisationId: 100, interests: ["kinder"], locationKind: "district", districtId: 2, hoursPerWeek: 1 });
    const anna = profile({ interests: ["kinder", "familien"], timeSlots: ["flexible"], hoursPerWeek: 4, districtChoice: "district", districtId: 2, languages: ["de", "ar"] });
    // 2: 40+10+10+12+5 = 77; 1: 30+10+10+20+3 = 73; 9: 30+10+10+20 = 70; 6: 30+10+10+20+5 = 75;
    // 4: 30+10+10+0+3 = 53. So the raw order is 2 (77), 6 (75), 1 (73), 9 (70), 4 (53): already mixed.
    const ranked = rankOpportunities(anna, [...OPPORTUNITIES, extra], context);
    expect(idsAndScores(ranked)).toEqual([[2, 77], [6, 75], [1, 73], [9, 70], [4, 53]]);
    expect(ids(diversify(ranked))).toEqual([2, 6, 1, 9, 4]);
    // Without opportunity 6 org 100 holds the top 3; org 200's 4 (53) is 17 behind 9 (70): no swap.
    const withoutSix = rankOpportunities(anna, [...OPPORTUNITIES, extra], { ...context, excludeIds: new Set([6]) });
    expect(ids(pickRecommendations(withoutSix, { count: 3 }))).toEqual([2, 1, 9]);
  });

  it("returns a permutation whose prefix does not depend on limit", () => {
    const ranked = Array.from({ length: 40 }, (_, index) => entry(index + 1, (index * 7) % 3, 100 - index));
    const full = diversify(ranked);
    expect(ids(full).sort((a, b) => a - b)).toEqual(ids(ranked));
    for (const limit of [0, 1, 3, 7, 20]) expect(diversify(ranked, { limit })).toEqual(full.slice(0, limit));
  });
});

describe("residents who chat in another language", () => {
  // Two offers alike but for "little German needed"; a third needs German.
  const alike = { organisationId: 100, interests: ["nachbarschaft"] as MatchOpportunity["interests"], locationKind: "citywide" as const, hoursPerWeek: 2 };
  const plain = opportunity({ id: 21, ...alike });
  const littleGerman = opportunity({ id: 22, ...alike, organisationId: 200, littleGerman: true });
  const german = opportunity({ id: 23, ...alike, organisationId: 300, languagesRequired: ["de"] });
  const helpful = opportunity({ id: 24, ...alike, organisationId: 400, languagesHelpful: ["ar"] });
  const offers = [plain, littleGerman, german, helpful];
  const base = { interests: ["nachbarschaft"], hoursPerWeek: 4 } as const;

  it("puts 'little German needed' first, says why, and never offers what requires German", () => {
    // interests 30 + flexible time 10 + hours 10 + citywide (no place said) 0 = 50; little German +60; helpful ar +5
    const ranked = rankOpportunities(profile({ ...base, languages: ["ar"], chatLanguage: "ar" }), offers, context);
    expect(idsAndScores(ranked)).toEqual([
      [22, 110],
      [24, 55],
      [21, 50],
    ]);
    expect(ranked[0]!.reasons).toContainEqual({ kind: "little-german" });
    expect(ranked[1]!.reasons).toContainEqual({ kind: "languages", languages: ["ar"] });
  });

  it("takes the chat language for the spoken one when none was ticked", () => {
    const ranked = rankOpportunities(profile({ ...base, chatLanguage: "uk" }), offers, context);
    expect(ranked.map((entry) => entry.opportunityId)).toEqual([22, 21, 24]);
  });

  it("changes nothing for German readers, nor for those who say they speak German", () => {
    for (const resident of [profile({ ...base }), profile({ ...base, chatLanguage: "de" }), profile({ ...base, languages: ["de", "ar"], chatLanguage: "ar" })]) {
      const ranked = rankOpportunities(resident, offers, context);
      expect(ranked.find((entry) => entry.opportunityId === 22)!.score).toBe(50);
      expect(ranked.map((entry) => entry.opportunityId)).toContain(23);
    }
  });
});
