// Matching benchmark: a seeded synthetic city (districts, organisations, opportunities,
// residents), then rankOpportunities + pickRecommendations timed once per resident.
// The same seed always builds the same city, so runs differ only in machine noise.
import { performance } from "node:perf_hooks";
import {
  pickRecommendations,
  rankOpportunities,
  type MatchContext,
  type MatchOpportunity,
  type MatchProfile,
} from "../src/domain/matching";
import {
  HOURS_CHOICES,
  INTEREST_KEYS,
  LANGUAGE_CODES,
  OPPORTUNITY_SLOTS,
  RESIDENT_SLOTS,
  type LanguageCode,
  type ResidentSlot,
} from "../src/domain/vocabulary";
import { integerBelow, pickOne, pickSome, seededRandom, type Random } from "./support/synthetic-network";

export interface MatchingBenchOptions {
  opportunities: number;
  profiles: number;
  districts: number;
  organisations: number;
  /** Profiles ranked before timing starts, so the JIT has settled. */
  warmupProfiles: number;
  seed: number;
}

export const DEFAULT_MATCHING_BENCH: MatchingBenchOptions = {
  opportunities: 5_000,
  profiles: 1_000,
  districts: 30,
  organisations: 400,
  warmupProfiles: 200,
  seed: 20_260_310,
};

export interface Timings {
  opsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface MatchingBenchResult {
  options: MatchingBenchOptions;
  rank: Timings;
  rankAndPick: Timings;
  /** Eligible opportunities per resident, averaged: how much work sorting had. */
  meanEligible: number;
  /** Sum of the first page's ids over all residents; equal across runs with the same seed. */
  checksum: number;
}


/** Districts in a ring (each borders the next) plus a few random extra borders. */
function buildNeighbours(random: Random, districts: number): Map<number, number[]> {
  const neighbours = new Map<number, number[]>();
  for (let id = 1; id <= districts; id++) {
    const next = (id % districts) + 1;
    const extra = 1 + integerBelow(random, districts);
    neighbours.set(id, [...new Set([next, extra])].filter((other) => other !== id));
  }
  return neighbours;
}

const DAY_MS = 86_400_000;
const OTHER_LANGUAGES = LANGUAGE_CODES.filter((code) => code !== "de");

function buildOpportunities(random: Random, options: MatchingBenchOptions, now: Date): MatchOpportunity[] {
  return Array.from({ length: options.opportunities }, (_, index): MatchOpportunity => {
    const where = random();
    const locationKind = where < 0.7 ? "district" : where < 0.9 ? "citywide" : "remote";
    const capacity = random() < 0.5 ? null : 1 + integerBelow(random, 10);
    const required = random();
    return {
      id: index + 1,
      organisationId: 1 + integerBelow(random, options.organisations),
      interests: pickSome(random, INTEREST_KEYS, 1 + integerBelow(random, 3)),
      locationKind,
      districtId: locationKind === "district" ? 1 + integerBelow(random, options.districts) : null,
      schedule: random() < 0.2 ? [] : pickSome(random, OPPORTUNITY_SLOTS, 1 + integerBelow(random, 3)),
      hoursPerWeek: pickOne(random, [1, 2, 3, 4, 6, 8]),
      languagesHelpful: pickSome(random, OTHER_LANGUAGES, integerBelow(random, 3)),
      languagesRequired: required < 0.1 ? ["de"] : required < 0.13 ? ["en"] : [],
      capacity,
      openSignups: capacity === null ? integerBelow(random, 5) : integerBelow(random, capacity + 2),
      validUntil: random() < 0.2 ? new Date(now.getTime() + (integerBelow(random, 120) - 20) * DAY_MS) : null,
      active: random() < 0.95,
    };
  });
}

function buildProfiles(random: Random, options: MatchingBenchOptions): MatchProfile[] {
  const specificSlots = RESIDENT_SLOTS.filter((slot): slot is Exclude<ResidentSlot, "flexible"> => slot !== "flexible");
  return Array.from({ length: options.profiles }, (): MatchProfile => {
    const where = random();
    const districtChoice = where < 0.7 ? "district" : where < 0.9 ? "any" : "remote";
    const spoken = random();
    const languages: LanguageCode[] =
      spoken < 0.1 ? [] : spoken < 0.7 ? ["de"] : ["de", ...pickSome(random, OTHER_LANGUAGES, 1 + integerBelow(random, 2))];
    return {
      interests: pickSome(random, INTEREST_KEYS, 1 + integerBelow(random, 4)),
      timeSlots: random() < 0.15 ? ["flexible"] : pickSome(random, specificSlots, 1 + integerBelow(random, 3)),
      hoursPerWeek: random() < 0.05 ? null : pickOne(random, HOURS_CHOICES),
      districtChoice,
      districtId: districtChoice === "district" ? 1 + integerBelow(random, options.districts) : null,
      languages,
    };
  });
}

function percentile(sortedMs: readonly number[], fraction: number): number {
  const rank = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil(fraction * sortedMs.length) - 1));
  return sortedMs[rank] ?? Number.NaN;
}

function summarise(durationsMs: number[]): Timings {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const totalMs = sorted.reduce((sum, ms) => sum + ms, 0);
  return {
    opsPerSecond: sorted.length / (totalMs / 1000),
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export function runMatchingBench(overrides: Partial<MatchingBenchOptions> = {}): MatchingBenchResult {
  const options = { ...DEFAULT_MATCHING_BENCH, ...overrides };
  const random = seededRandom(options.seed);
  const now = new Date("2026-03-10T10:00:00Z");
  const neighbours = buildNeighbours(random, options.districts);
  const opportunities = buildOpportunities(random, options, now);
  const profiles = buildProfiles(random, options);
  const context: MatchContext = { now, neighbours };

  for (let index = 0; index < options.warmupProfiles; index++) {
    const ranked = rankOpportunities(profiles[index % profiles.length]!, opportunities, context);
    pickRecommendations(ranked, { count: 3 });
  }

  const rankMs: number[] = [];
  const rankAndPickMs: number[] = [];
  let eligible = 0;
  let checksum = 0;
  for (const profile of profiles) {
    const start = performance.now();
    const ranked = rankOpportunities(profile, opportunities, context);
    const rankedAt = performance.now();
    const page = pickRecommendations(ranked, { count: 3 });
    const pickedAt = performance.now();
    rankMs.push(rankedAt - start);
    rankAndPickMs.push(pickedAt - start);
    eligible += ranked.length;
    for (const entry of page) checksum += entry.opportunityId;
  }

  return {
    options,
    rank: summarise(rankMs),
    rankAndPick: summarise(rankAndPickMs),
    meanEligible: eligible / profiles.length,
    checksum,
  };
}

export function formatMatchingBench(result: MatchingBenchResult): string {
  const { options } = result;
  const row = (label: string, timings: Timings) =>
    `${label.padEnd(22)} ${timings.opsPerSecond.toFixed(0).padStart(7)} ops/s   ` +
    `p50 ${timings.p50Ms.toFixed(2)} ms   p95 ${timings.p95Ms.toFixed(2)} ms   ` +
    `p99 ${timings.p99Ms.toFixed(2)} ms   max ${timings.maxMs.toFixed(2)} ms`;
  return [
    `matching: ${options.opportunities} opportunities, ${options.profiles} profiles ` +
      `(${options.districts} districts, ${options.organisations} organisations, seed ${options.seed}, ` +
      `${options.warmupProfiles} warm-up)`,
    row("rankOpportunities", result.rank),
    row("rank + first page", result.rankAndPick),
    `eligible per profile: ${result.meanEligible.toFixed(1)}   checksum: ${result.checksum}`,
  ].join("\n");
}
