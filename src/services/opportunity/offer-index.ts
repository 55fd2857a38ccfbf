// The active offers, held in memory as a MatchIndex (src/domain/matching/match-index.ts), so that a
// "show offers" tap ranks them without reloading every offer from the database.
//
// When is it current? SQLite triggers (migration offer_change_log) append a row to OfferChange in
// the same transaction as every write that changes what matching reads: an offer (any column), its
// interests, a signup's status (open signups hold places), an organisation's `active`, a district
// or the neighbourhood. Before every use the index asks for log rows newer than the last one it
// has seen — one indexed query that usually returns nothing — and reloads just the offers they
// name (or everything, for a null row, or when more than RELOAD_ALL_FROM rows came in).
// Because the triggers sit in the database, this holds whoever writes: this process, another bot
// process, `lotse import`, a hand edit with sqlite3; and a restarted process simply builds anew.
// Nothing in the writers has to remember to invalidate anything.
//
// Every call is served by a check that started after the call did: a call that arrives while a
// check runs waits for it and then for one more (shared by all who arrived meanwhile), so a write
// this process finished before asking is always seen.
//
// If the triggers are missing (a later migration redefined a watched table and forgot to create
// them again — test/db/offer-change-triggers.test.ts guards against that), the index cannot know
// when it is stale: it then reloads everything on every call, which is correct but slow, and warns.
import { z } from "zod";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { storedWhole } from "../../db/direct";
import { languagesCodec, scheduleCodec } from "../../db/codecs";
import { MatchIndex, type MatchOpportunity } from "../../domain/matching";
import { OPEN_SIGNUP_STATUSES } from "../../domain/signup-status";
import { INTEREST_KEYS, type InterestKey } from "../../domain/vocabulary";

/** The triggers the migration offer_change_log creates; the index relies on all of them. */
export const OFFER_CHANGE_TRIGGERS = [
  "OfferChange_prune",
  "OfferChange_opportunity_insert",
  "OfferChange_opportunity_update",
  "OfferChange_opportunity_delete",
  "OfferChange_opportunity_interest_insert",
  "OfferChange_opportunity_interest_update",
  "OfferChange_opportunity_interest_delete",
  "OfferChange_signup_insert",
  "OfferChange_signup_update",
  "OfferChange_signup_delete",
  "OfferChange_organisation_update",
  "OfferChange_district_insert",
  "OfferChange_district_update",
  "OfferChange_district_delete",
  "OfferChange_district_neighbours_insert",
  "OfferChange_district_neighbours_update",
  "OfferChange_district_neighbours_delete",
] as const;

/**
 * More new log rows than this: reload everything instead of offer by offer. Must stay below the
 * 10,000 rows the prune trigger keeps, so that a process which fell behind further than the log
 * reaches always sees more than this many rows and rebuilds (it cannot miss pruned rows).
 */
const RELOAD_ALL_FROM = 2_000;

/** The offers as matching sees them, plus the districts. Valid until the next offerIndex call. */
export interface OfferSnapshot {
  index: MatchIndex;
  /** District id → neighbouring district ids (as stored; matching reads it both ways). */
  neighbours: ReadonlyMap<number, readonly number[]>;
  districtNames: ReadonlyMap<number, string>;
}

/** Counters for tests and benchmarks. */
export interface OfferIndexStats {
  fullLoads: number;
  partialLoads: number;
  /** Offers reloaded one by one by partial loads. */
  offersReloaded: number;
  checks: number;
  /** False when the triggers are missing and every call reloads everything. */
  cached: boolean;
}

/** An offer row as loadOffers reads it. */
interface OfferRow {
  id: number | bigint;
  organisationId: number | bigint;
  locationKind: string;
  districtId: number | bigint | null;
  schedule: string;
  hoursPerWeek: number;
  languagesHelpful: string;
  languagesRequired: string;
  littleGerman: boolean;
  capacity: number | bigint | null;
  validUntil: Date | null;
  active: boolean;
  pausedAt: Date | null;
  staleSince: Date | null;
  organisationActive: boolean;
  /** JSON array of interest keys. */
  interests: string;
}

const interestKeysSchema = z.array(z.string());

/**
 * Decodes the JSON list columns, each distinct text once per load: a network has only a few
 * hundred different schedules and language lists, and the lists are never changed afterwards.
 */
class ListDecoder {
  private readonly cache = new Map<string, unknown>();
  private memo<T>(kind: string, text: string, decode: (text: string) => T): T {
    const key = `${kind}\u0000${text}`;
    let value = this.cache.get(key) as T | undefined;
    if (value === undefined) {
      value = decode(text);
      this.cache.set(key, value);
    }
    return value;
  }
  schedule = (text: string) => this.memo("s", text, (value) => scheduleCodec.decode(value));
  languages = (text: string) => this.memo("l", text, (value) => languagesCodec.decode(value));
  interests = (text: string) =>
    this.memo("i", text, (value) => (interestKeysSchema.parse(JSON.parse(value)) as InterestKey[]).sort((a, b) => (INTEREST_ORDER.get(a) ?? INTEREST_KEYS.length) - (INTEREST_ORDER.get(b) ?? INTEREST_KEYS.length)));
}

const INTEREST_ORDER: ReadonlyMap<string, number> = new Map(INTEREST_KEYS.map((key, index) => [key, index]));

/** An offer row as matching sees it: the same mapping the recommendations always used. */
function toMatchOpportunity(row: OfferRow, openSignups: number, lists: ListDecoder): MatchOpportunity {
  return {
    id: Number(row.id),
    organisationId: Number(row.organisationId),
    interests: lists.interests(row.interests),
    locationKind: row.locationKind as MatchOpportunity["locationKind"],
    districtId: storedWhole(row.districtId),
    schedule: lists.schedule(row.schedule),
    hoursPerWeek: row.hoursPerWeek,
    languagesHelpful: lists.languages(row.languagesHelpful),
    languagesRequired: lists.languages(row.languagesRequired),
    littleGerman: row.littleGerman,
    capacity: storedWhole(row.capacity),
    openSignups,
    validUntil: row.validUntil,
    active: row.active,
    organisationActive: row.organisationActive,
    pausedAt: row.pausedAt,
    staleSince: row.staleSince,
  };
}

/**
 * The active offers (all, or those of `ids`) with their open signups, as matching sees them.
 * Plain statements: Prisma's findMany with relations takes seconds for 100,000 offers, a join
 * and a grouped count take a fraction of that.
 */
async function loadOffers(prisma: PrismaClient, ids?: readonly number[]): Promise<MatchOpportunity[]> {
  const onlyThese = ids === undefined ? Prisma.empty : Prisma.sql`AND o."id" IN (${Prisma.join(ids)})`;
  const signupsOfThese = ids === undefined ? Prisma.empty : Prisma.sql`AND "opportunityId" IN (${Prisma.join(ids)})`;
  const [rows, openCounts] = await Promise.all([
    prisma.$queryRaw<OfferRow[]>`
      SELECT o."id", o."organisationId", o."locationKind", o."districtId", o."schedule", o."hoursPerWeek",
        o."languagesHelpful", o."languagesRequired", o."littleGerman", o."capacity", o."validUntil", o."active",
        o."pausedAt", o."staleSince", g."active" AS "organisationActive",
        (SELECT json_group_array(i."A") FROM "_InterestToOpportunity" i WHERE i."B" = o."id") AS "interests"
      FROM "Opportunity" o JOIN "Organisation" g ON g."id" = o."organisationId"
      WHERE o."active" = 1 ${onlyThese}`,
    prisma.$queryRaw<{ opportunityId: number | bigint; open: number | bigint }[]>`
      SELECT "opportunityId", count(*) AS "open" FROM "Signup"
      WHERE "status" IN (${Prisma.join([...OPEN_SIGNUP_STATUSES])}) ${signupsOfThese}
      GROUP BY "opportunityId"`,
  ]);
  const openByOpportunity = new Map(openCounts.map((row) => [Number(row.opportunityId), Number(row.open)]));
  const lists = new ListDecoder();
  return rows.map((row) => toMatchOpportunity(row, openByOpportunity.get(Number(row.id)) ?? 0, lists));
}

class OfferIndexCache {
  private offers = new Map<number, MatchOpportunity>();
  private snapshot: OfferSnapshot | undefined;
  /** The newest OfferChange row this snapshot includes. */
  private seenSeq = 0;
  private running: Promise<OfferSnapshot> | undefined;
  private queued: Promise<OfferSnapshot> | undefined;
  private triggersChecked = false;
  readonly stats: OfferIndexStats = { fullLoads: 0, partialLoads: 0, offersReloaded: 0, checks: 0, cached: true };

  constructor(private readonly prisma: PrismaClient) {}

  current(): Promise<OfferSnapshot> {
    if (this.running === undefined) return this.start();
    // A check is running, but it may have read the log before this call's caller wrote: wait
    // for it, then check once more (one check for everybody who arrives in the meantime).
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.running ?? this.start();
      });
    return this.queued;
  }

  private start(): Promise<OfferSnapshot> {
    const run = this.check().finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private async check(): Promise<OfferSnapshot> {
    this.stats.checks++;
    if (!this.triggersChecked) {
      this.stats.cached = await this.triggersPresent();
      this.triggersChecked = true;
      if (!this.stats.cached) {
        process.emitWarning(
          "OfferChange triggers are missing (see prisma/schema.prisma, model OfferChange): recommendations reload every offer on every call",
          { code: "LOTSE_OFFER_INDEX_UNCACHED" },
        );
      }
    }
    if (!this.stats.cached || this.snapshot === undefined) return this.loadAll();
    // Written out rather than offerChange.findMany: this runs on every call, and a plain statement
    // costs a fifth of Prisma's query building.
    const changes = await this.prisma.$queryRaw<{ seq: number | bigint; opportunityId: number | bigint | null }[]>`
      SELECT "seq", "opportunityId" FROM "OfferChange" WHERE "seq" > ${this.seenSeq} ORDER BY "seq" LIMIT ${RELOAD_ALL_FROM + 1}`;
    if (changes.length === 0) return this.snapshot;
    if (changes.length > RELOAD_ALL_FROM || changes.some((change) => change.opportunityId === null)) return this.loadAll();
    const ids = [...new Set(changes.map((change) => Number(change.opportunityId)))];
    await this.reload(ids);
    this.seenSeq = Number(changes[changes.length - 1]!.seq);
    return this.snapshot;
  }

  private async triggersPresent(): Promise<boolean> {
    const rows = await this.prisma.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'trigger'");
    const present = new Set(rows.map((row) => row.name));
    return OFFER_CHANGE_TRIGGERS.every((name) => present.has(name));
  }

  private async loadAll(): Promise<OfferSnapshot> {
    this.stats.fullLoads++;
    // The log position first: whatever is written after it shows up in the log again later.
    const newest = await this.prisma.offerChange.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
    const [offers, districts] = await Promise.all([
      loadOffers(this.prisma),
      this.prisma.district.findMany({ include: { neighbours: { select: { id: true } } } }),
    ]);
    this.offers = new Map(offers.map((offer) => [offer.id, offer]));
    const snapshot: OfferSnapshot = {
      index: new MatchIndex([...this.offers.values()]),
      neighbours: new Map(districts.map((district) => [district.id, district.neighbours.map((neighbour) => neighbour.id)])),
      districtNames: new Map(districts.map((district) => [district.id, district.name])),
    };
    if (this.stats.cached) {
      this.snapshot = snapshot;
      this.seenSeq = newest?.seq ?? 0;
    }
    return snapshot;
  }

  /** Reloads some offers (changed, new, gone, or their signups changed). */
  private async reload(ids: number[]): Promise<void> {
    this.stats.partialLoads++;
    this.stats.offersReloaded += ids.length;
    const loaded = new Map((await loadOffers(this.prisma, ids)).map((offer) => [offer.id, offer]));
    const snapshot = this.snapshot!;
    const signupsOnly: MatchOpportunity[] = [];
    let rebuild = false;
    for (const id of ids) {
      const before = this.offers.get(id);
      const after = loaded.get(id);
      if (after === undefined) {
        if (before !== undefined) {
          this.offers.delete(id);
          rebuild = true;
        }
        continue;
      }
      this.offers.set(id, after);
      if (before === undefined || !sameExceptOpenSignups(before, after)) rebuild = true;
      else if (before.openSignups !== after.openSignups) signupsOnly.push(after);
    }
    if (rebuild) {
      this.snapshot = { ...snapshot, index: new MatchIndex([...this.offers.values()]) };
    } else {
      // Open signups alone change in place: no need to rebuild the whole index for a signup.
      for (const offer of signupsOnly) snapshot.index.setOpenSignups(offer.id, offer.openSignups);
    }
  }
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function sameDate(a: Date | null | undefined, b: Date | null | undefined): boolean {
  return (a ?? null) === null ? (b ?? null) === null : (b ?? null) !== null && a!.getTime() === b!.getTime();
}

function sameExceptOpenSignups(a: MatchOpportunity, b: MatchOpportunity): boolean {
  return (
    a.organisationId === b.organisationId &&
    sameList(a.interests, b.interests) &&
    a.locationKind === b.locationKind &&
    a.districtId === b.districtId &&
    sameList(a.schedule, b.schedule) &&
    a.hoursPerWeek === b.hoursPerWeek &&
    sameList(a.languagesHelpful, b.languagesHelpful) &&
    sameList(a.languagesRequired, b.languagesRequired) &&
    a.littleGerman === b.littleGerman &&
    a.capacity === b.capacity &&
    sameDate(a.validUntil, b.validUntil) &&
    a.active === b.active &&
    a.organisationActive === b.organisationActive &&
    sameDate(a.pausedAt, b.pausedAt) &&
    sameDate(a.staleSince, b.staleSince)
  );
}

// One index per client (each client is one database). A WeakMap, so that a test's disconnected
// client takes its index with it.
const caches = new WeakMap<PrismaClient, OfferIndexCache>();

function cacheFor(prisma: PrismaClient): OfferIndexCache {
  let cache = caches.get(prisma);
  if (cache === undefined) {
    cache = new OfferIndexCache(prisma);
    caches.set(prisma, cache);
  }
  return cache;
}

/** The active offers as of now (see the top of this file); builds the index on first use. */
export function offerIndex(prisma: PrismaClient): Promise<OfferSnapshot> {
  return cacheFor(prisma).current();
}

export function offerIndexStats(prisma: PrismaClient): Readonly<OfferIndexStats> {
  return cacheFor(prisma).stats;
}
