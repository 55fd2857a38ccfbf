// Recommendation latency including the database: recommendOpportunities — the real service, as a
// "show offers" tap calls it — on a migrated SQLite file (WAL) holding a synthetic network of
// 1,000, 10,000 and 100,000 offers and 10,000 residents with finished profiles
// (bench/support/synthetic-network.ts), timed once per resident. Also:
// - cold: the first call of a fresh client (process start), which builds the offer index;
// - after a signup / after an offer edit: a call right after a write, which reloads one offer
//   from the change log (src/services/opportunity/offer-index.ts), or rebuilds the index;
// - reference: the implementation before the index (every active offer reloaded per call,
//   test/support/reference-recommend-opportunities.ts) on some residents (as many as fit in a few
//   seconds), whose pages must be identical to the indexed ones;
// - growth: the log-log slope of p50 and p99 between sizes (1 = linear).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { isDeepStrictEqual } from "node:util";
import { createPrismaClient } from "../src/db/client";
import { applyMigrations } from "../src/db/migrate";
import type { PrismaClient } from "../src/generated/prisma/client";
import { offerIndexStats } from "../src/services/opportunity/offer-index";
import { recommendOpportunities } from "../src/services/opportunity/recommend-opportunities";
import { recommendOpportunitiesReference } from "../test/support/reference-recommend-opportunities";
import { seededRandom, seedSyntheticNetwork, type SeededNetwork } from "./support/synthetic-network";
import { ms, quantile, whole } from "./support/stats";

export interface RecommendBenchOptions {
  sizes: number[];
  residents: number;
  /** Timed calls per size; each resident once when equal to residents. */
  calls: number;
  warmup: number;
  /** At most this many calls of the reference implementation per size … */
  referenceCalls: number;
  /** … and no more after this long (at least one call): at 100,000 offers one takes seconds. */
  referenceBudgetMs: number;
  /** Writes followed by a timed call, per kind (signup, offer edit). */
  afterWrite: number;
  districts: number;
  /** Offers per organisation. */
  offersPerOrganisation: number;
  seed: number;
}

export const DEFAULT_RECOMMEND_BENCH: RecommendBenchOptions = {
  sizes: [1_000, 10_000, 100_000],
  residents: 10_000,
  calls: 10_000,
  warmup: 1_000,
  referenceCalls: 100,
  referenceBudgetMs: 5_000,
  afterWrite: 30,
  districts: 60,
  offersPerOrganisation: 25,
  seed: 20_261_124,
};

/** The page the bot shows: three offers (OFFERS_PER_PAGE). */
const PAGE = 3;
const NOW = new Date("2026-11-24T10:00:00Z");

export interface Latency {
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export interface SizeResult {
  offers: number;
  setupMs: number;
  coldMs: number;
  calls: Latency;
  afterSignup: Latency;
  afterEdit: Latency;
  reference: (Latency & { calls: number; identical: boolean }) | null;
  /** Offers on the first pages, summed: equal across runs with the same seed. */
  checksum: number;
  indexStats: { fullLoads: number; partialLoads: number };
}

export interface RecommendBenchResult {
  options: RecommendBenchOptions;
  sizes: SizeResult[];
  /** Log-log slope between consecutive sizes. */
  growth: { from: number; to: number; p50: number; p99: number }[];
  /** Least-squares log-log slope over all sizes. */
  fitted: { p50: number; p99: number };
}

function latency(samples: readonly number[]): Latency {
  return {
    p50: quantile(samples, 0.5),
    p99: quantile(samples, 0.99),
    max: samples.length === 0 ? Number.NaN : Math.max(...samples),
    mean: samples.reduce((sum, value) => sum + value, 0) / samples.length,
  };
}

function slope(points: readonly { x: number; y: number }[]): number {
  const logs = points.filter((point) => point.x > 0 && point.y > 0).map((point) => ({ x: Math.log(point.x), y: Math.log(point.y) }));
  if (logs.length < 2) return Number.NaN;
  const meanX = logs.reduce((sum, point) => sum + point.x, 0) / logs.length;
  const meanY = logs.reduce((sum, point) => sum + point.y, 0) / logs.length;
  const covariance = logs.reduce((sum, point) => sum + (point.x - meanX) * (point.y - meanY), 0);
  const variance = logs.reduce((sum, point) => sum + (point.x - meanX) ** 2, 0);
  return covariance / variance;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function benchSize(offers: number, options: RecommendBenchOptions, log: (line: string) => void): Promise<SizeResult> {
  const dir = await mkdtemp(path.join(tmpdir(), "lotse-bench-recommend-"));
  const databaseUrl = `file:${path.join(dir, "lotse.db")}`;
  try {
    const setupStart = performance.now();
    await applyMigrations({ databaseUrl });
    let network: SeededNetwork;
    const seeding = createPrismaClient(databaseUrl);
    try {
      network = await seedSyntheticNetwork(seeding, {
        seed: options.seed,
        districts: options.districts,
        organisations: Math.max(1, Math.round(offers / options.offersPerOrganisation)),
        offers,
        residents: options.residents,
        now: NOW,
      });
      await seeding.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    } finally {
      await seeding.$disconnect();
    }
    const setupMs = performance.now() - setupStart;
    log(`  ${whole(offers)} offers: network written in ${ms(setupMs / 1000, 1)} s`);

    // A fresh client, as after a start: its first call builds the index.
    const prisma = createPrismaClient(databaseUrl);
    try {
      return await measure(prisma, databaseUrl, network, offers, setupMs, options, log);
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function measure(prisma: PrismaClient, databaseUrl: string, network: SeededNetwork, offers: number, setupMs: number, options: RecommendBenchOptions, log: (line: string) => void): Promise<SizeResult> {
  const random = seededRandom(options.seed + offers);
  const residents = network.residents;
  const call = (index: number, client: PrismaClient = prisma) => {
    const resident = residents[index % residents.length]!;
    return recommendOpportunities({ prisma: client, residentId: resident.id, now: NOW, offset: 0, count: PAGE, locale: resident.locale });
  };
  await prisma.$connect();
  const cold = await timed(() => call(0));

  for (let index = 0; index < options.warmup; index++) await call(Math.floor(random() * residents.length));

  // Every resident once (or `calls` times round), in a scrambled order.
  const order = Array.from({ length: options.calls }, (_, index) => index % residents.length);
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  const samples: number[] = [];
  let checksum = 0;
  for (const index of order) {
    const { ms: took, value } = await timed(() => call(index));
    samples.push(took);
    for (const item of value.items) checksum += item.opportunity.id;
  }

  // A write by another process (its own client), then the next call: reload of one offer
  // (signup), or of the whole index (an offer's columns changed).
  const writer = createPrismaClient(databaseUrl);
  const afterSignup: number[] = [];
  const afterEdit: number[] = [];
  try {
    for (let round = 0; round < options.afterWrite; round++) {
      const resident = residents[Math.floor(random() * residents.length)]!;
      const opportunityId = network.offerIds[Math.floor(random() * network.offerIds.length)]!;
      await writer.signup.upsert({
        where: { residentId_opportunityId: { residentId: resident.id, opportunityId } },
        create: { residentId: resident.id, opportunityId },
        update: { status: "new" },
      });
      afterSignup.push((await timed(() => call(Math.floor(random() * residents.length)))).ms);
    }
    for (let round = 0; round < Math.min(options.afterWrite, 10); round++) {
      const opportunityId = network.offerIds[Math.floor(random() * network.offerIds.length)]!;
      await writer.opportunity.update({ where: { id: opportunityId }, data: { hoursPerWeek: 1 + (round % 6) } });
      afterEdit.push((await timed(() => call(Math.floor(random() * residents.length)))).ms);
    }
  } finally {
    await writer.$disconnect();
  }

  // The implementation before the index, within a time budget (it reads every offer per call).
  let reference: SizeResult["reference"] = null;
  if (options.referenceCalls > 0) {
    const referenceSamples: number[] = [];
    let identical = true;
    const deadline = performance.now() + options.referenceBudgetMs;
    for (let round = 0; round < options.referenceCalls && (round === 0 || performance.now() < deadline); round++) {
      const resident = residents[Math.floor(random() * residents.length)]!;
      const args = { prisma, residentId: resident.id, now: NOW, offset: 0, count: PAGE, locale: resident.locale };
      const old = await timed(() => recommendOpportunitiesReference(args));
      referenceSamples.push(old.ms);
      if (!isDeepStrictEqual(await recommendOpportunities(args), old.value)) identical = false;
    }
    reference = { ...latency(referenceSamples), calls: referenceSamples.length, identical };
  }
  const stats = offerIndexStats(prisma);
  const result: SizeResult = {
    offers,
    setupMs,
    coldMs: cold.ms,
    calls: latency(samples),
    afterSignup: latency(afterSignup),
    afterEdit: latency(afterEdit),
    reference,
    checksum,
    indexStats: { fullLoads: stats.fullLoads, partialLoads: stats.partialLoads },
  };
  log(`  ${whole(offers)} offers: p50 ${ms(result.calls.p50, 2)} ms, p99 ${ms(result.calls.p99, 2)} ms`);
  return result;
}

export async function runRecommendBench(overrides: Partial<RecommendBenchOptions> = {}, log: (line: string) => void = () => {}): Promise<RecommendBenchResult> {
  const options = { ...DEFAULT_RECOMMEND_BENCH, ...overrides };
  const sizes: SizeResult[] = [];
  for (const offers of options.sizes) sizes.push(await benchSize(offers, options, log));
  const growth = sizes.slice(1).map((size, index) => {
    const previous = sizes[index]!;
    const ratio = Math.log(size.offers / previous.offers);
    return { from: previous.offers, to: size.offers, p50: Math.log(size.calls.p50 / previous.calls.p50) / ratio, p99: Math.log(size.calls.p99 / previous.calls.p99) / ratio };
  });
  return {
    options,
    sizes,
    growth,
    fitted: {
      p50: slope(sizes.map((size) => ({ x: size.offers, y: size.calls.p50 }))),
      p99: slope(sizes.map((size) => ({ x: size.offers, y: size.calls.p99 }))),
    },
  };
}

const TARGETS: Record<number, number> = { 10_000: 5, 100_000: 50 };

export function formatRecommendBench(result: RecommendBenchResult): string {
  const { options } = result;
  const lines = [
    `recommendation incl. database: recommendOpportunities, ${whole(options.residents)} residents, ${whole(options.calls)} timed calls per size ` +
      `(page of ${PAGE}, ${options.districts} districts, ${options.offersPerOrganisation} offers per organisation, seed ${options.seed})`,
    "",
    "| offers | p50 ms | p99 ms | max ms | cold (index build) ms | after a signup p50 / p99 ms | after an offer edit p50 ms | before the index p50 / p99 ms (calls) | pages identical |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|:---:|",
  ];
  for (const size of result.sizes) {
    const reference = size.reference;
    lines.push(
      `| ${whole(size.offers)} | ${ms(size.calls.p50, 2)} | ${ms(size.calls.p99, 2)} | ${ms(size.calls.max, 1)} | ${ms(size.coldMs, 0)} | ` +
        `${ms(size.afterSignup.p50, 2)} / ${ms(size.afterSignup.p99, 2)} | ${ms(size.afterEdit.p50, 1)} | ` +
        (reference ? `${ms(reference.p50, 1)} / ${ms(reference.p99, 1)} (${reference.calls}) | ${reference.identical ? "yes" : "NO"} |` : "— | — |"),
    );
  }
  lines.push("");
  for (const step of result.growth) {
    lines.push(`growth ${whole(step.from)} → ${whole(step.to)} offers: exponent p50 ${step.p50.toFixed(2)}, p99 ${step.p99.toFixed(2)} (1 = linear)`);
  }
  if (result.sizes.length > 1) lines.push(`fitted exponent over all sizes: p50 ${result.fitted.p50.toFixed(2)}, p99 ${result.fitted.p99.toFixed(2)}`);
  for (const size of result.sizes) {
    const target = TARGETS[size.offers];
    if (target !== undefined) lines.push(`target p99 ≤ ${target} ms at ${whole(size.offers)} offers: ${ms(size.calls.p99, 2)} ms — ${size.calls.p99 <= target ? "met" : "MISSED"}`);
  }
  if (result.sizes.length > 1) lines.push(`target growth no worse than linear: fitted p99 exponent ${result.fitted.p99.toFixed(2)} — ${result.fitted.p99 <= 1 ? "met" : "MISSED"}`);
  lines.push(`checksums: ${result.sizes.map((size) => `${whole(size.offers)}: ${size.checksum}`).join(", ")}`);
  return lines.join("\n");
}
