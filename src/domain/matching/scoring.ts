// Hard filters and the score of one opportunity for one resident.
//
// Scores are integers, so ties are exact and expected values can be worked out by hand.
//
//   part       condition                                                         points
//   ---------  ----------------------------------------------------------------  ------
//   interests  first interest shared with the resident                             +30
//              each further shared interest                                        +10
//   time       an opportunity slot lies in one of the resident's slots             +20
//              (via residentSlotOf: "sat-morning" lies in "weekend-morning")
//              otherwise: opportunity (schedule []) or resident is flexible        +10
//              (a flexible opportunity fits even a resident who gave no times)
//              otherwise                                                             0
//   hours      opportunity hours ≤ the resident's hours                            +10
//              more, but at most twice the resident's hours                          0
//              more than twice                                                     −10
//              resident gave no hours                                                0
//   place      resident chose a district:    same district                         +20
//                                            neighbouring district                 +12
//                                            any other district                      0
//                                            citywide                               +8
//                                            remote                                 +8
//              resident chose "remote":      remote (nothing else is eligible)     +20
//              resident chose "any":         district, citywide or remote           +8
//              resident said nothing, or the opportunity's district is unknown       0
//   languages  +5 per helpful language the resident speaks, German not counted     ≤ +10
//   little German  offer needs little German; the resident chats in another          +60
//              language and did not say they speak German (so these come first)
//   capacity   capacity set and at least half of it still free                      +3
//
// The capacity nudge is kept below every other step so that it only reorders
// otherwise equal fits toward places that still need many hands.
//
// Every positive part except capacity yields a reason, in the order interests, time,
// place, languages, little German, hours. Capacity has none: the reasons say why an opportunity suits
// the resident, and free places say nothing about that.
import {
  INTEREST_KEYS,
  OPPORTUNITY_SLOTS,
  residentSlotOf,
  type InterestKey,
  type LanguageCode,
  type OpportunitySlot,
} from "../vocabulary";
import { availabilityAt, type UnavailableReason } from "../availability";
import { DEFAULT_TIME_ZONE } from "./calendar";
import type {
  Assessment,
  Exclusion,
  MatchContext,
  MatchOpportunity,
  MatchProfile,
  MatchReason,
  ScoreBreakdown,
} from "./types";

export const POINTS = {
  firstInterest: 30,
  furtherInterest: 10,
  timeOverlap: 20,
  flexibleTime: 10,
  hoursWithin: 10,
  hoursUpToTwice: 0,
  hoursBeyondTwice: -10,
  sameDistrict: 20,
  neighbourDistrict: 12,
  otherDistrict: 0,
  citywide: 8,
  remote: 8,
  remoteForRemoteResident: 20,
  anyPlace: 8,
  helpfulLanguage: 5,
  helpfulLanguagesMax: 10,
  littleGerman: 60,
  capacityHalfFree: 3,
} as const;

/** At most this many overlapping slots are named in a "time" reason. */
const MAX_TIME_REASON_SLOTS = 2;

const INTEREST_ORDER: ReadonlyMap<InterestKey, number> = new Map(INTEREST_KEYS.map((key, index) => [key, index]));
const SLOT_ORDER: ReadonlyMap<OpportunitySlot, number> = new Map(OPPORTUNITY_SLOTS.map((slot, index) => [slot, index]));

/** A profile turned into sets and thresholds once, so ranking thousands of opportunities stays cheap. */
export interface PreparedProfile {
  interests: ReadonlySet<InterestKey>;
  /** Opportunity slots that lie in one of the resident's (non-flexible) slots. */
  coveredSlots: ReadonlySet<OpportunitySlot>;
  residentFlexible: boolean;
  hoursPerWeek: number | null;
  place:
    | { choice: "district"; districtId: number; neighbourIds: ReadonlySet<number> }
    | { choice: "any" }
    | { choice: "remote" }
    | { choice: "unknown" };
  /** Languages for the required-language filter: the chat language alone when the resident said none. */
  spoken: ReadonlySet<LanguageCode>;
  /** Whether "little German needed" offers come first for this resident. */
  prefersLittleGerman: boolean;
  /** The availability rule (src/domain/availability.ts) for this ranking's moment. */
  unavailable: (opportunity: MatchOpportunity) => UnavailableReason | null;
  excludeIds: ReadonlySet<number>;
}

const NO_IDS: ReadonlySet<number> = new Set();

export function prepareProfile(profile: MatchProfile, context: MatchContext): PreparedProfile {
  const spoken = new Set<LanguageCode>(profile.languages.length > 0 ? profile.languages : [profile.chatLanguage ?? "de"]);
  const residentSlots = new Set(profile.timeSlots);
  const coveredSlots = new Set(OPPORTUNITY_SLOTS.filter((slot) => residentSlots.has(residentSlotOf(slot))));
  return {
    interests: new Set(profile.interests),
    coveredSlots,
    residentFlexible: residentSlots.has("flexible"),
    hoursPerWeek: profile.hoursPerWeek,
    place: preparePlace(profile, context.neighbours),
    spoken,
    prefersLittleGerman: (profile.chatLanguage ?? "de") !== "de" && !spoken.has("de"),
    unavailable: availabilityAt(context.now, context.timeZone ?? DEFAULT_TIME_ZONE),
    excludeIds: context.excludeIds ?? NO_IDS,
  };
}

function preparePlace(profile: MatchProfile, neighbours: MatchContext["neighbours"]): PreparedProfile["place"] {
  switch (profile.districtChoice) {
    case "remote":
      return { choice: "remote" };
    case "any":
      return { choice: "any" };
    case "district": {
      const districtId = profile.districtId;
      // A district choice without a district is a half-finished answer: treat as not said.
      if (districtId === null) return { choice: "unknown" };
      const neighbourIds = new Set(neighbours.get(districtId) ?? []);
      for (const [otherId, ofOther] of neighbours) {
        if (ofOther.includes(districtId)) neighbourIds.add(otherId);
      }
      neighbourIds.delete(districtId);
      return { choice: "district", districtId, neighbourIds };
    }
    case null:
      return { choice: "unknown" };
  }
}

/** The first hard filter that keeps this opportunity from the resident, or null. */
export function exclusionOf(prepared: PreparedProfile, opportunity: MatchOpportunity): Exclusion | null {
  if (prepared.excludeIds.has(opportunity.id)) return "excluded";
  const unavailable = prepared.unavailable(opportunity);
  if (unavailable !== null) return unavailable;
  if (prepared.place.choice === "remote" && opportunity.locationKind !== "remote") return "not-remote";
  for (const language of opportunity.languagesRequired) {
    if (!prepared.spoken.has(language)) return "language";
  }
  if (prepared.interests.size > 0 && !opportunity.interests.some((key) => prepared.interests.has(key))) {
    return "no-interest";
  }
  return null;
}

/** Score, per-part points and reasons of an opportunity that passed the hard filters. */
export function scoreEligible(
  prepared: PreparedProfile,
  opportunity: MatchOpportunity,
): { score: number; points: ScoreBreakdown; reasons: MatchReason[] } {
  const reasons: MatchReason[] = [];

  let interests = 0;
  const sharedInterests = opportunity.interests.filter((key) => prepared.interests.has(key));
  if (sharedInterests.length > 0) {
    interests = POINTS.firstInterest + POINTS.furtherInterest * (sharedInterests.length - 1);
    sharedInterests.sort((a, b) => (INTEREST_ORDER.get(a) ?? 0) - (INTEREST_ORDER.get(b) ?? 0));
    reasons.push({ kind: "interests", interests: sharedInterests });
  }

  let time = 0;
  const overlappingSlots = opportunity.schedule.filter((slot) => prepared.coveredSlots.has(slot));
  if (overlappingSlots.length > 0) {
    time = POINTS.timeOverlap;
    overlappingSlots.sort((a, b) => (SLOT_ORDER.get(a) ?? 0) - (SLOT_ORDER.get(b) ?? 0));
    reasons.push({ kind: "time", slots: overlappingSlots.slice(0, MAX_TIME_REASON_SLOTS) });
  } else if (opportunity.schedule.length === 0 || prepared.residentFlexible) {
    time = POINTS.flexibleTime;
    reasons.push({ kind: "flexible-time" });
  }

  const place = placeOf(prepared.place, opportunity);
  if (place.reason !== null) reasons.push(place.reason);

  let languages = 0;
  const helpfulSpoken = opportunity.languagesHelpful.filter(
    (language) => language !== "de" && prepared.spoken.has(language),
  );
  if (helpfulSpoken.length > 0) {
    languages = Math.min(POINTS.helpfulLanguage * helpfulSpoken.length, POINTS.helpfulLanguagesMax);
    reasons.push({ kind: "languages", languages: helpfulSpoken });
  }

  let littleGerman = 0;
  if (prepared.prefersLittleGerman && opportunity.littleGerman) {
    littleGerman = POINTS.littleGerman;
    reasons.push({ kind: "little-german" });
  }

  let hours = 0;
  if (prepared.hoursPerWeek !== null) {
    if (opportunity.hoursPerWeek <= prepared.hoursPerWeek) {
      hours = POINTS.hoursWithin;
      reasons.push({ kind: "few-hours", hoursPerWeek: opportunity.hoursPerWeek });
    } else if (opportunity.hoursPerWeek <= 2 * prepared.hoursPerWeek) {
      hours = POINTS.hoursUpToTwice;
    } else {
      hours = POINTS.hoursBeyondTwice;
    }
  }

  // Free places are capacity − openSignups; "at least half free" without fractions.
  const capacity =
    opportunity.capacity !== null && 2 * opportunity.openSignups <= opportunity.capacity
      ? POINTS.capacityHalfFree
      : 0;

  const points: ScoreBreakdown = { interests, time, hours, place: place.points, languages, littleGerman, capacity };
  const score = interests + time + hours + place.points + languages + littleGerman + capacity;
  return { score, points, reasons };
}

function placeOf(
  place: PreparedProfile["place"],
  opportunity: MatchOpportunity,
): { points: number; reason: MatchReason | null } {
  if (place.choice === "unknown") return { points: 0, reason: null };
  switch (opportunity.locationKind) {
    case "remote":
      return {
        points: place.choice === "remote" ? POINTS.remoteForRemoteResident : POINTS.remote,
        reason: { kind: "remote" },
      };
    case "citywide":
      return { points: POINTS.citywide, reason: { kind: "citywide" } };
    case "district": {
      const districtId = opportunity.districtId;
      if (districtId === null) return { points: 0, reason: null };
      if (place.choice === "any") {
        return { points: POINTS.anyPlace, reason: { kind: "district", districtId, relation: "anywhere" } };
      }
      if (place.choice !== "district") return { points: 0, reason: null }; // remote residents never get here
      if (districtId === place.districtId) {
        return { points: POINTS.sameDistrict, reason: { kind: "district", districtId, relation: "same" } };
      }
      if (place.neighbourIds.has(districtId)) {
        return { points: POINTS.neighbourDistrict, reason: { kind: "district", districtId, relation: "neighbour" } };
      }
      return { points: POINTS.otherDistrict, reason: null };
    }
  }
}

/**
 * One opportunity judged for one resident: why it is excluded, or its score with the
 * points per part and the reasons. For explanations and tests; ranking many opportunities
 * goes through rankOpportunities, which prepares the profile only once.
 */
export function assessOpportunity(
  profile: MatchProfile,
  opportunity: MatchOpportunity,
  context: MatchContext,
): Assessment {
  const prepared = prepareProfile(profile, context);
  const exclusion = exclusionOf(prepared, opportunity);
  if (exclusion !== null) return { eligible: false, exclusion };
  return { eligible: true, ...scoreEligible(prepared, opportunity) };
}
