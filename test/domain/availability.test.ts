import { describe, expect, it } from "vitest";
import { availabilityAt, isAvailable, unavailableReason, type AvailabilityFacts } from "../../src/domain/availability";
import { assessOpportunity } from "../../src/domain/matching";
import { matchOpportunity } from "../support/match-opportunity";

const now = new Date("2026-11-10T10:00:00Z");
const open: AvailabilityFacts = { active: true, organisationActive: true, pausedAt: null, validUntil: null, capacity: null, openSignups: 0 };

describe("availability", () => {
  it("takes an active, unpaused, current offer with free places", () => {
    expect(unavailableReason(open, now)).toBeNull();
    expect(isAvailable({ ...open, capacity: 3, openSignups: 2 }, now)).toBe(true);
  });

  it("names the first reason in the order switched off, paused, expired, stale, full", () => {
    expect(unavailableReason({ ...open, active: false, pausedAt: now, capacity: 1, openSignups: 1 }, now)).toBe("inactive");
    expect(unavailableReason({ ...open, organisationActive: false }, now)).toBe("inactive");
    expect(unavailableReason({ ...open, pausedAt: now, validUntil: new Date("2026-01-01"), capacity: 1, openSignups: 1 }, now)).toBe("paused");
    expect(unavailableReason({ ...open, validUntil: new Date("2026-11-09T00:00:00Z"), staleSince: now, capacity: 1, openSignups: 1 }, now)).toBe("expired");
    expect(unavailableReason({ ...open, staleSince: new Date("2026-10-01T00:00:00Z"), capacity: 1, openSignups: 1 }, now)).toBe("stale");
    expect(unavailableReason({ ...open, capacity: 2, openSignups: 2 }, now)).toBe("full");
  });

  it("counts the last day in the city's calendar", () => {
    const lastDay = new Date("2026-11-10T00:00:00Z");
    expect(unavailableReason({ ...open, validUntil: lastDay }, new Date("2026-11-10T22:30:00Z"))).toBeNull();
    // 00:30 on 11 November in Berlin is still 10 November in UTC.
    expect(unavailableReason({ ...open, validUntil: lastDay }, new Date("2026-11-10T23:30:00Z"))).toBe("expired");
  });

  it("treats missing organisation, pause and staleness facts as not switched off, not paused and not stale", () => {
    expect(availabilityAt(now)({ active: true, validUntil: null, capacity: null, openSignups: 0 })).toBeNull();
    expect(unavailableReason({ ...open, staleSince: null }, now)).toBeNull();
  });

  it("is the rule matching applies: a paused offer is excluded as paused, a stale one as stale", () => {
    const opportunity = matchOpportunity({ id: 1, organisationId: 1, interests: ["kinder"], hoursPerWeek: 2 });
    const profile = { interests: ["kinder" as const], timeSlots: [], hoursPerWeek: null, districtChoice: null, districtId: null, languages: [] };
    const context = { now, neighbours: new Map() };
    expect(assessOpportunity(profile, opportunity, context).eligible).toBe(true);
    expect(assessOpportunity(profile, { ...opportunity, pausedAt: now }, context)).toEqual({ eligible: false, exclusion: "paused" });
    expect(assessOpportunity(profile, { ...opportunity, organisationActive: false }, context)).toEqual({ eligible: false, exclusion: "inactive" });
    expect(assessOpportunity(profile, { ...opportunity, staleSince: now }, context)).toEqual({ eligible: false, exclusion: "stale" });
  });
});
