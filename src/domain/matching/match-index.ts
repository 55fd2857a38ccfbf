// The same recommendations as pickRecommendations(rankOpportunities(…)), fast enough for a
// statewide network (100,000 offers) on every "show offers" tap.
//
// MatchIndex holds the offers once, column by column: interests, slots and languages as bit sets,
// the rest in typed arrays, sorted by id. A ranking then
//   1. looks only at offers sharing an interest with the resident (if they named any: a union of
//      per-interest bit sets over the positions), and filters and scores each with a few integer
//      operations (no objects, no reasons),
//   2. orders the eligible ones with a counting sort over the integer scores (stable, and offers
//      are visited in id order, so equal scores stay in id order, as compareRanked wants),
//   3. hands only the head of that order to pickRecommendations: diversify never looks further
//      than the entries scoring at least (score of place offset+count) − scoreTolerance, because
//      its head never passes that place and its look-ahead stops below the head's score minus the
//      tolerance (see diversify.ts),
//   4. and works out the reasons for the returned page only, with scoreEligible itself.
// Offers whose data the bit sets cannot express (an unknown code, a repeated interest or
// language, an unknown location kind) are judged by exclusionOf/scoreEligible one by one, so the
// result is identical for any input; test/domain/matching/match-index.property.test.ts checks that
// on random networks and profiles.
import {
  INTEREST_KEYS,
  LANGUAGE_CODES,
  OPPORTUNITY_SLOTS,
  type InterestKey,
  type LanguageCode,
  type OpportunitySlot,
} from "../vocabulary";
import { DEFAULT_TIME_ZONE, startOfDayIn } from "./calendar";
import { DEFAULT_DIVERSITY, pickRecommendations, type DiversityOptions } from "./diversify";
import { exclusionOf, POINTS, prepareProfile, scoreEligible } from "./scoring";
import type { MatchContext, MatchOpportunity, MatchProfile, RankedOpportunity } from "./types";

const bitsOf = <Key extends string>(keys: readonly Key[]): ReadonlyMap<Key, number> => new Map(keys.map((key, index) => [key, 1 << index]));
const INTEREST_BITS = bitsOf<InterestKey>(INTEREST_KEYS);
const SLOT_BITS = bitsOf<OpportunitySlot>(OPPORTUNITY_SLOTS);
const LANGUAGE_BITS = bitsOf<LanguageCode>(LANGUAGE_CODES);
const GERMAN_BIT = LANGUAGE_BITS.get("de")!;
if (INTEREST_KEYS.length > 31 || OPPORTUNITY_SLOTS.length > 31 || LANGUAGE_CODES.length > 31) {
  throw new Error("match-index: a vocabulary outgrew its 31-bit set");
}

const LOCATION_DISTRICT = 0;
const LOCATION_CITYWIDE = 1;
const LOCATION_REMOTE = 2;

/** Switched off, paused or stale: never recommended, whatever the moment or the resident. */
const FLAG_OFF = 1;
/** Judged one by one with exclusionOf/scoreEligible (data the bit sets cannot express). */
const FLAG_IRREGULAR = 2;
const FLAG_LITTLE_GERMAN = 4;
const FLAG_HAS_CAPACITY = 8;
const FLAG_HAS_DISTRICT = 16;

function popcount(bits: number): number {
  let value = bits - ((bits >>> 1) & 0x55555555);
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The bit set of `values`, or -1 when one is unknown or (with `unique`) repeated. */
function maskOf<Key extends string>(values: readonly Key[], bits: ReadonlyMap<Key, number>, unique: boolean): number {
  let mask = 0;
  for (const value of values) {
    const bit = bits.get(value);
    if (bit === undefined || (unique && (mask & bit) !== 0)) return -1;
    mask |= bit;
  }
  return mask;
}

/** Offers prepared for ranking many residents: build once, then call recommend() per resident. */
export class MatchIndex {
  readonly size: number;
  /** The offers, sorted by id (stable: offers with equal ids keep their order). */
  private readonly offers: MatchOpportunity[];
  private readonly ids: Float64Array;
  private readonly organisationIds: Float64Array;
  private readonly flags: Uint8Array;
  private readonly location: Uint8Array;
  private readonly districtIds: Float64Array;
  private readonly interests: Int32Array;
  private readonly schedule: Int32Array;
  private readonly helpful: Int32Array;
  private readonly required: Int32Array;
  private readonly hours: Float64Array;
  private readonly capacity: Float64Array;
  private readonly openSignups: Float64Array;
  private readonly validUntil: Float64Array;
  /**
   * Bit sets over positions (bit i of word i >>> 5): per interest the regular offers that have it
   * (interest k at words k·words … (k+1)·words−1), the offers judged one by one, and all offers. A
   * resident who named interests is only compared with offers in the union of theirs.
   */
  private readonly words: number;
  private readonly interestPositions: Uint32Array;
  private readonly irregularPositions: Uint32Array;
  private readonly allPositions: Uint32Array;
  // Scratch space of recommend(), allocated once: a ranking runs synchronously from start to end,
  // so one set per index suffices, and a call allocates next to nothing (less garbage collection).
  private readonly candidates: Uint32Array;
  private readonly eligible: Int32Array;
  private readonly scores: Int32Array;
  private readonly order: Int32Array;

  constructor(opportunities: readonly MatchOpportunity[]) {
    const offers = [...opportunities].sort((a, b) => a.id - b.id);
    const size = offers.length;
    this.size = size;
    this.offers = offers;
    this.ids = new Float64Array(size);
    this.organisationIds = new Float64Array(size);
    this.flags = new Uint8Array(size);
    this.location = new Uint8Array(size);
    this.districtIds = new Float64Array(size);
    this.interests = new Int32Array(size);
    this.schedule = new Int32Array(size);
    this.helpful = new Int32Array(size);
    this.required = new Int32Array(size);
    this.hours = new Float64Array(size);
    this.capacity = new Float64Array(size);
    this.openSignups = new Float64Array(size);
    this.validUntil = new Float64Array(size);
    this.words = (size + 31) >>> 5;
    this.interestPositions = new Uint32Array(this.words * INTEREST_KEYS.length);
    this.irregularPositions = new Uint32Array(this.words);
    this.allPositions = new Uint32Array(this.words);
    this.candidates = new Uint32Array(this.words);
    this.eligible = new Int32Array(size);
    this.scores = new Int32Array(size);
    this.order = new Int32Array(size);
    for (let index = 0; index < size; index++) this.store(index, offers[index]!);
  }

  private store(index: number, offer: MatchOpportunity): void {
    this.ids[index] = offer.id;
    this.organisationIds[index] = offer.organisationId;
    const interests = maskOf(offer.interests, INTEREST_BITS, true);
    const schedule = maskOf(offer.schedule, SLOT_BITS, false);
    const helpful = maskOf(offer.languagesHelpful, LANGUAGE_BITS, true);
    const required = maskOf(offer.languagesRequired, LANGUAGE_BITS, false);
    const location =
      offer.locationKind === "district" ? LOCATION_DISTRICT : offer.locationKind === "citywide" ? LOCATION_CITYWIDE : offer.locationKind === "remote" ? LOCATION_REMOTE : -1;
    const irregular = interests < 0 || schedule < 0 || helpful < 0 || required < 0 || location < 0;
    let flags = 0;
    if (!offer.active || offer.organisationActive === false || (offer.pausedAt !== undefined && offer.pausedAt !== null) || (offer.staleSince !== undefined && offer.staleSince !== null)) {
      flags |= FLAG_OFF;
    }
    if (irregular) flags |= FLAG_IRREGULAR;
    if (offer.littleGerman) flags |= FLAG_LITTLE_GERMAN;
    if (offer.capacity !== null) flags |= FLAG_HAS_CAPACITY;
    if (offer.districtId !== null) flags |= FLAG_HAS_DISTRICT;
    this.flags[index] = flags;
    const word = index >>> 5;
    const bit = 1 << (index & 31);
    this.allPositions[word]! |= bit;
    if (irregular) this.irregularPositions[word]! |= bit;
    else for (let key = 0; key < INTEREST_KEYS.length; key++) if ((interests & (1 << key)) !== 0) this.interestPositions[key * this.words + word]! |= bit;
    this.location[index] = irregular ? 0 : location;
    this.districtIds[index] = offer.districtId ?? 0;
    this.interests[index] = irregular ? 0 : interests;
    this.schedule[index] = irregular ? 0 : schedule;
    this.helpful[index] = irregular ? 0 : helpful & ~GERMAN_BIT;
    this.required[index] = irregular ? 0 : required;
    this.hours[index] = offer.hoursPerWeek;
    this.capacity[index] = offer.capacity ?? 0;
    this.openSignups[index] = offer.openSignups;
    this.validUntil[index] = offer.validUntil === null ? Number.POSITIVE_INFINITY : offer.validUntil.getTime();
  }

  /** The offer as given (with its current openSignups), by position. */
  offerAt(index: number): MatchOpportunity {
    return this.offers[index]!;
  }

  /** Position of the first offer with this id, or -1. */
  indexOf(id: number): number {
    let low = 0;
    let high = this.size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.ids[middle]! < id) low = middle + 1;
      else high = middle;
    }
    return low < this.size && this.ids[low] === id ? low : -1;
  }

  /** Sets the open signups of the offer(s) with this id, e.g. after a signup; false if unknown. */
  setOpenSignups(id: number, openSignups: number): boolean {
    let index = this.indexOf(id);
    if (index < 0) return false;
    for (; index < this.size && this.ids[index] === id; index++) {
      const offer = this.offers[index]!;
      if (offer.openSignups !== openSignups) this.offers[index] = { ...offer, openSignups };
      this.openSignups[index] = openSignups;
    }
    return true;
  }

  /**
   * One page of recommendations: exactly
   * pickRecommendations(rankOpportunities(profile, offers, context), { count, offset, diversity }).
   */
  recommend(
    profile: MatchProfile,
    context: MatchContext,
    options: { count: number; offset?: number; diversity?: Partial<DiversityOptions> },
  ): RankedOpportunity[] {
    const prepared = prepareProfile(profile, context);
    const startOfToday = startOfDayIn(context.now, context.timeZone ?? DEFAULT_TIME_ZONE);
    const excludeIds = prepared.excludeIds;
    const checkExcluded = excludeIds.size > 0;
    const profileInterests = maskOf([...prepared.interests].filter((key) => INTEREST_BITS.has(key)), INTEREST_BITS, false);
    const needsInterest = prepared.interests.size > 0;
    const covered = maskOf([...prepared.coveredSlots], SLOT_BITS, false);
    const flexible = prepared.residentFlexible;
    const spoken = maskOf([...prepared.spoken].filter((code) => LANGUAGE_BITS.has(code)), LANGUAGE_BITS, false);
    const notSpoken = ~spoken;
    const residentHours = prepared.hoursPerWeek;
    const prefersLittleGerman = prepared.prefersLittleGerman;
    const place = prepared.place;
    const placeChoice = place.choice;
    const remoteOnly = placeChoice === "remote";
    const homeDistrict = place.choice === "district" ? place.districtId : Number.NaN;
    const neighbourIds = place.choice === "district" ? place.neighbourIds : new Set<number>();
    // Points for an offer's place, by location kind (the district case depends on the district).
    const remotePoints = placeChoice === "unknown" ? 0 : placeChoice === "remote" ? POINTS.remoteForRemoteResident : POINTS.remote;
    const citywidePoints = placeChoice === "unknown" ? 0 : POINTS.citywide;

    const { flags, ids, location, districtIds, interests, schedule, helpful, required, hours, capacity, openSignups, validUntil, eligible, scores } = this;
    let count = 0;
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;

    // The offers worth looking at: with one of the resident's interests (if they named any), and
    // every offer judged one by one.
    const words = this.words;
    let candidates = this.allPositions;
    if (needsInterest) {
      candidates = this.candidates;
      candidates.set(this.irregularPositions);
      for (let key = 0; key < INTEREST_KEYS.length; key++) {
        if ((profileInterests & (1 << key)) === 0) continue;
        const from = key * words;
        for (let word = 0; word < words; word++) candidates[word]! |= this.interestPositions[from + word]!;
      }
    }

    for (let word = 0; word < words; word++) {
      let bits = candidates[word]!;
      while (bits !== 0) {
        const lowest = bits & -bits;
        bits ^= lowest;
        const index = (word << 5) + 31 - Math.clz32(lowest);
        const flag = flags[index]!;
        let score: number;
        if ((flag & FLAG_IRREGULAR) !== 0) {
          const offer = this.offers[index]!;
          if (exclusionOf(prepared, offer) !== null) continue;
          score = scoreEligible(prepared, offer).score;
        } else {
          // The hard filters (exclusionOf), cheapest first; the order only matters for its reason.
          if ((flag & FLAG_OFF) !== 0) continue;
          if (validUntil[index]! < startOfToday) continue;
          const hasCapacity = (flag & FLAG_HAS_CAPACITY) !== 0;
          if (hasCapacity && openSignups[index]! >= capacity[index]!) continue;
          const kind = location[index]!;
          if (remoteOnly && kind !== LOCATION_REMOTE) continue;
          if ((required[index]! & notSpoken) !== 0) continue;
          const shared = interests[index]! & profileInterests;
          if (needsInterest && shared === 0) continue;
          if (checkExcluded && excludeIds.has(ids[index]!)) continue;

          // The score (scoreEligible), part by part.
          score = 0;
          if (shared !== 0) score += POINTS.firstInterest + POINTS.furtherInterest * (popcount(shared) - 1);
          const slots = schedule[index]!;
          if ((slots & covered) !== 0) score += POINTS.timeOverlap;
          else if (slots === 0 || flexible) score += POINTS.flexibleTime;
          if (residentHours !== null) {
            const offerHours = hours[index]!;
            if (offerHours <= residentHours) score += POINTS.hoursWithin;
            else if (offerHours <= 2 * residentHours) score += POINTS.hoursUpToTwice;
            else score += POINTS.hoursBeyondTwice;
          }
          if (kind === LOCATION_REMOTE) score += remotePoints;
          else if (kind === LOCATION_CITYWIDE) score += citywidePoints;
          else if ((flag & FLAG_HAS_DISTRICT) !== 0) {
            if (placeChoice === "any") score += POINTS.anyPlace;
            else if (placeChoice === "district") {
              const districtId = districtIds[index]!;
              if (districtId === homeDistrict) score += POINTS.sameDistrict;
              else if (neighbourIds.has(districtId)) score += POINTS.neighbourDistrict;
              else score += POINTS.otherDistrict;
            }
          }
          const languages = helpful[index]! & spoken;
          if (languages !== 0) score += Math.min(POINTS.helpfulLanguage * popcount(languages), POINTS.helpfulLanguagesMax);
          if (prefersLittleGerman && (flag & FLAG_LITTLE_GERMAN) !== 0) score += POINTS.littleGerman;
          if (hasCapacity && 2 * openSignups[index]! <= capacity[index]!) score += POINTS.capacityHalfFree;
        }
        eligible[count] = index;
        scores[count] = score;
        count++;
        if (score < low) low = score;
        if (score > high) high = score;
      }
    }

    const order = sortByScore(eligible, scores, this.order, count, low, high, ids);
    const offset = options.offset ?? 0;
    const wanted = offset + options.count;
    const tolerance = { ...DEFAULT_DIVERSITY, ...options.diversity }.scoreTolerance;
    // How far down the ranking diversify can look (see the top of this file).
    let end = count;
    if (Number.isFinite(tolerance) && Number.isInteger(wanted) && wanted >= 1 && wanted < count) {
      const floor = scores[order[wanted - 1]!]! - Math.max(tolerance, 0);
      end = wanted;
      while (end < count && scores[order[end]!]! >= floor) end++;
    }
    const head: RankedOpportunity[] = new Array(end);
    for (let rank = 0; rank < end; rank++) {
      const position = order[rank]!;
      const index = eligible[position]!;
      head[rank] = { opportunityId: ids[index]!, organisationId: this.organisationIds[index]!, score: scores[position]!, reasons: [] };
    }
    const page = pickRecommendations(head, options);
    for (const entry of page) {
      // Reasons for the page only, by the reference rules on the stored offer.
      entry.reasons = scoreEligible(prepared, this.offers[this.positionOf(entry, head, order, eligible)]!).reasons;
    }
    return page;
  }

  private positionOf(entry: RankedOpportunity, head: readonly RankedOpportunity[], order: Int32Array, eligible: Int32Array): number {
    const rank = head.indexOf(entry);
    return eligible[order[rank]!]!;
  }
}

/**
 * Fills order[0..count-1] with the positions of the eligible offers, best first: score descending, then in index (id)
 * order. Counting sort over the integer scores; a comparison sort if the scores are not small
 * integers (they always are, but the index must not depend on it).
 */
function sortByScore(eligible: Int32Array, scores: Int32Array, order: Int32Array, count: number, lowest: number, highest: number, ids: Float64Array): Int32Array {
  if (count === 0) return order;
  const range = highest - lowest + 1;
  if (!Number.isInteger(range) || range > 4 * count + 1024) {
    for (let position = 0; position < count; position++) order[position] = position;
    order.subarray(0, count).sort((a, b) => scores[b]! - scores[a]! || ids[eligible[a]!]! - ids[eligible[b]!]! || a - b);
    return order;
  }
  const starts = new Int32Array(range + 1);
  for (let position = 0; position < count; position++) starts[highest - scores[position]! + 1]!++;
  for (let bucket = 1; bucket <= range; bucket++) starts[bucket]! += starts[bucket - 1]!;
  for (let position = 0; position < count; position++) order[starts[highest - scores[position]!]!++] = position;
  return order;
}
