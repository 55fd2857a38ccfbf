// A seeded synthetic network for the recommendation, memory and import benches: districts in a
// ring with a few extra borders, organisations, offers and residents with the distributions of
// bench/matching.bench.ts (most offers in a district, a fifth citywide, a tenth remote; half
// without a capacity limit; one to three interests; a fifth flexible in time; a tenth need German,
// a few English; …) plus what the database adds: paused and stale offers, switched-off ones,
// translations, bot locales of residents, and open signups that fill places.
//
// The same seed always gives the same network. Written with createMany in chunks (and the
// implicit many-to-many link tables with plain INSERTs), which takes a few seconds for 100,000
// offers.
import type { PrismaClient } from "../../src/generated/prisma/client";
import {
  BOT_LOCALES,
  FREQUENCIES,
  HOURS_CHOICES,
  INTEREST_KEYS,
  LANGUAGE_CODES,
  OPPORTUNITY_SLOTS,
  RESIDENT_SLOTS,
  type BotLocale,
  type ResidentSlot,
} from "../../src/domain/vocabulary";
import type { NetworkFileInput } from "../../src/services/network/network-file-schema";

export type Random = () => number;

/** mulberry32: tiny, fast, and good enough to scatter synthetic data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const integerBelow = (random: Random, bound: number): number => Math.floor(random() * bound);
export const pickOne = <T>(random: Random, items: readonly T[]): T => items[integerBelow(random, items.length)]!;
export function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pickOne(random, items));
  return [...chosen];
}
/** In vocabulary order, as the import stores lists. */
const inOrder = <T>(values: readonly T[], vocabulary: readonly T[]): T[] => [...values].sort((a, b) => vocabulary.indexOf(a) - vocabulary.indexOf(b));

const DAY_MS = 86_400_000;
const OTHER_LANGUAGES = LANGUAGE_CODES.filter((code) => code !== "de");
const RESIDENT_LOCALES: readonly BotLocale[] = ["de", "de", "de", "de", "de", "de", "de", "en", "uk", "ar", "ru", "tr", "fa", "de-x-simple"].filter((locale) => (BOT_LOCALES as readonly string[]).includes(locale)) as BotLocale[];

export interface SyntheticOffer {
  slug: string;
  organisation: number;
  interests: string[];
  location: "district" | "citywide" | "remote";
  district: number | null;
  schedule: string[];
  hoursPerWeek: number;
  languagesHelpful: string[];
  languagesRequired: string[];
  littleGerman: boolean;
  capacity: number | null;
  validUntilDay: string | null;
  active: boolean;
  paused: boolean;
  stale: boolean;
  translated: boolean;
}

export interface SyntheticResident {
  locale: BotLocale;
  interests: string[];
  timeSlots: ResidentSlot[];
  hoursPerWeek: number | null;
  districtChoice: "district" | "any" | "remote" | null;
  district: number | null;
  languages: string[];
}

/** Districts 0…n-1: each borders the next (a ring) and one more at random. */
export function syntheticDistricts(random: Random, count: number): { slug: string; name: string; neighbours: number[] }[] {
  return Array.from({ length: count }, (_, index) => {
    const next = (index + 1) % count;
    const extra = integerBelow(random, count);
    return { slug: `bezirk-${index + 1}`, name: `Bezirk ${index + 1}`, neighbours: [...new Set([next, extra])].filter((other) => other !== index) };
  });
}

export function syntheticOffers(random: Random, count: number, options: { districts: number; organisations: number; now: Date; slugPrefix?: string }): SyntheticOffer[] {
  const prefix = options.slugPrefix ?? "angebot";
  return Array.from({ length: count }, (_, index): SyntheticOffer => {
    const where = random();
    const location = where < 0.7 ? "district" : where < 0.9 ? "citywide" : "remote";
    const required = random();
    const state = random();
    return {
      slug: `${prefix}-${index + 1}`,
      organisation: integerBelow(random, options.organisations),
      interests: inOrder(pickSome(random, INTEREST_KEYS, 1 + integerBelow(random, 3)), INTEREST_KEYS),
      location,
      district: location === "district" ? integerBelow(random, options.districts) : null,
      schedule: random() < 0.2 ? [] : inOrder(pickSome(random, OPPORTUNITY_SLOTS, 1 + integerBelow(random, 3)), OPPORTUNITY_SLOTS),
      hoursPerWeek: pickOne(random, [1, 2, 3, 4, 6, 8]),
      // A language is either required or helpful, never both (the network file refuses that).
      languagesHelpful: inOrder(pickSome(random, OTHER_LANGUAGES, integerBelow(random, 3)), LANGUAGE_CODES).filter((code) => !(required >= 0.1 && required < 0.13 && code === "en")),
      languagesRequired: required < 0.1 ? ["de"] : required < 0.13 ? ["en"] : [],
      littleGerman: random() < 0.1,
      capacity: random() < 0.5 ? null : 1 + integerBelow(random, 10),
      validUntilDay: random() < 0.2 ? new Date(options.now.getTime() + (integerBelow(random, 120) - 20) * DAY_MS).toISOString().slice(0, 10) : null,
      active: state >= 0.03,
      paused: state >= 0.03 && state < 0.05,
      stale: state >= 0.05 && state < 0.07,
      translated: random() < 0.3,
    };
  });
}

export function syntheticResidents(random: Random, count: number, options: { districts: number }): SyntheticResident[] {
  const specificSlots = RESIDENT_SLOTS.filter((slot): slot is Exclude<ResidentSlot, "flexible"> => slot !== "flexible");
  return Array.from({ length: count }, (): SyntheticResident => {
    const where = random();
    const districtChoice = where < 0.7 ? "district" : where < 0.9 ? "any" : "remote";
    const spoken = random();
    return {
      locale: pickOne(random, RESIDENT_LOCALES),
      interests: inOrder(pickSome(random, INTEREST_KEYS, 1 + integerBelow(random, 4)), INTEREST_KEYS),
      timeSlots: random() < 0.15 ? ["flexible"] : pickSome(random, specificSlots, 1 + integerBelow(random, 3)),
      hoursPerWeek: random() < 0.05 ? null : pickOne(random, HOURS_CHOICES),
      districtChoice,
      district: districtChoice === "district" ? integerBelow(random, options.districts) : null,
      languages: spoken < 0.1 ? [] : spoken < 0.7 ? ["de"] : ["de", ...pickSome(random, OTHER_LANGUAGES, 1 + integerBelow(random, 2))],
    };
  });
}

const CHUNK = 1_000;

/** A value as an SQL literal; dates in the text form Prisma writes for SQLite DateTime columns. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value instanceof Date) return `'${value.toISOString().replace("Z", "+00:00")}'`;
  return `'${String(value).replaceAll("'", "''")}'`;
}

/**
 * Plain multi-row INSERTs with literal values: Prisma's createMany spends seconds per 10,000 rows
 * on its own bookkeeping, which would make the benches wait minutes for their data. The triggers
 * of the offer index fire as for any other write.
 */
async function insertRows(prisma: PrismaClient, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void> {
  const head = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES `;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const values = rows.slice(start, start + CHUNK).map((row) => `(${row.map(literal).join(", ")})`);
    await prisma.$executeRawUnsafe(head + values.join(", "));
  }
}

async function nextId(prisma: PrismaClient, table: string): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<{ id: number | bigint | null }[]>(`SELECT max("id") AS id FROM "${table}"`);
  return Number(row?.id ?? 0) + 1;
}

export interface SeededNetwork {
  districtIds: number[];
  organisationIds: number[];
  offerIds: number[];
  residents: { id: number; locale: BotLocale }[];
}

/**
 * Writes a synthetic network into a migrated database: interests (if missing), `districts`
 * districts, `organisations` organisations, `offers` offers, `residents` residents with finished
 * profiles, and open signups from about a tenth of the residents.
 */
export async function seedSyntheticNetwork(
  prisma: PrismaClient,
  options: { seed: number; districts: number; organisations: number; offers: number; residents: number; now: Date },
): Promise<SeededNetwork> {
  const random = seededRandom(options.seed);
  const now = options.now;
  if ((await prisma.interest.count()) === 0) await prisma.interest.createMany({ data: INTEREST_KEYS.map((key, sortOrder) => ({ key, sortOrder })) });

  const districtSpecs = syntheticDistricts(random, options.districts);
  const firstDistrict = await nextId(prisma, "District");
  const districtIds = districtSpecs.map((_, index) => firstDistrict + index);
  await insertRows(prisma, "District", ["id", "slug", "name"], districtSpecs.map((spec, index) => [districtIds[index], `${spec.slug}-${options.seed}`, spec.name]));
  const neighbourRows = new Map<string, [number, number]>();
  districtSpecs.forEach((spec, index) => {
    for (const other of spec.neighbours) {
      for (const [a, b] of [[districtIds[index]!, districtIds[other]!], [districtIds[other]!, districtIds[index]!]] as const) neighbourRows.set(`${a}:${b}`, [a, b]);
    }
  });
  await insertRows(prisma, "_DistrictNeighbours", ["A", "B"], [...neighbourRows.values()]);

  const firstOrganisation = await nextId(prisma, "Organisation");
  const organisationIds = Array.from({ length: options.organisations }, (_, index) => firstOrganisation + index);
  await insertRows(
    prisma,
    "Organisation",
    ["id", "slug", "name", "description", "address", "active", "createdAt", "updatedAt"],
    organisationIds.map((id, index) => [id, `verein-${options.seed}-${index + 1}`, `Verein ${index + 1}`, "Ein Verein für die Nachbarschaft.", `Hauptstraße ${index + 1}`, random() >= 0.02, now, now]),
  );

  const offerSpecs = syntheticOffers(random, options.offers, { districts: options.districts, organisations: options.organisations, now, slugPrefix: `angebot-${options.seed}` });
  const firstOffer = await nextId(prisma, "Opportunity");
  const offerIds = offerSpecs.map((_, index) => firstOffer + index);
  await insertRows(
    prisma,
    "Opportunity",
    ["id", "slug", "organisationId", "title", "summary", "description", "locationKind", "districtId", "schedule", "hoursPerWeek", "frequency", "languagesHelpful", "languagesRequired", "littleGerman", "capacity", "validUntil", "active", "pausedAt", "staleSince", "confirmedAt", "createdAt", "updatedAt"],
    offerSpecs.map((offer, index) => [
      offerIds[index],
      offer.slug,
      organisationIds[offer.organisation],
      `Mithilfe ${offer.slug}`,
      "Wir suchen Menschen, die mit anpacken.",
      "Eine längere Beschreibung des Angebots, wie sie Vereine schreiben: was zu tun ist, wann, mit wem und wo.",
      offer.location,
      offer.district === null ? null : districtIds[offer.district],
      JSON.stringify(offer.schedule),
      offer.hoursPerWeek,
      FREQUENCIES[0],
      JSON.stringify(offer.languagesHelpful),
      JSON.stringify(offer.languagesRequired),
      offer.littleGerman,
      offer.capacity,
      offer.validUntilDay === null ? null : new Date(`${offer.validUntilDay}T00:00:00.000Z`),
      offer.active,
      offer.paused ? now : null,
      offer.stale ? now : null,
      now,
      now,
      now,
    ]),
  );
  await insertRows(prisma, "_InterestToOpportunity", ["A", "B"], offerSpecs.flatMap((offer, index) => offer.interests.map((key) => [key, offerIds[index]])));
  await insertRows(
    prisma,
    "OpportunityTranslation",
    ["opportunityId", "locale", "title", "summary"],
    offerSpecs.flatMap((offer, index) => (offer.translated ? [[offerIds[index], "en", `Helping ${offer.slug}`, "We are looking for people who lend a hand."]] : [])),
  );

  const residentSpecs = syntheticResidents(random, options.residents, { districts: options.districts });
  const firstResident = await nextId(prisma, "Resident");
  const residents = residentSpecs.map((spec, index) => ({ id: firstResident + index, locale: spec.locale }));
  await insertRows(
    prisma,
    "Resident",
    ["id", "channel", "channelUserId", "locale", "timeSlots", "hoursPerWeek", "districtChoice", "districtId", "languages", "consentAt", "consentVersion", "profileCompleteAt", "lastActiveAt", "createdAt"],
    residentSpecs.map((spec, index) => [
      residents[index]!.id,
      "telegram",
      `${options.seed}-${residents[index]!.id}`,
      spec.locale,
      JSON.stringify(spec.timeSlots),
      spec.hoursPerWeek,
      spec.districtChoice,
      spec.district === null ? null : districtIds[spec.district],
      JSON.stringify(spec.languages),
      now,
      "bench",
      now,
      now,
      now,
    ]),
  );
  await insertRows(prisma, "_InterestToResident", ["A", "B"], residentSpecs.flatMap((spec, index) => spec.interests.map((key) => [key, residents[index]!.id])));

  // About a tenth of the residents signed up for an offer or two; their signups hold places.
  const signups = new Map<string, [number, number, string, Date, Date, Date]>();
  if (offerIds.length > 0) {
    for (const resident of residents) {
      if (random() >= 0.1) continue;
      for (let n = 1 + integerBelow(random, 2); n > 0; n--) {
        const opportunityId = pickOne(random, offerIds);
        signups.set(`${resident.id}:${opportunityId}`, [resident.id, opportunityId, pickOne(random, ["new", "new", "contacted", "accepted", "withdrawn"]), now, now, now]);
      }
    }
  }
  await insertRows(prisma, "Signup", ["residentId", "opportunityId", "status", "createdAt", "updatedAt", "statusChangedAt"], [...signups.values()]);
  return { districtIds, organisationIds, offerIds, residents };
}

/** The same kind of network as a network file (for `lotse import`): districts, organisations, offers. */
export function syntheticNetworkFile(options: { seed: number; districts: number; organisations: number; offers: number; now: Date }): NetworkFileInput {
  const random = seededRandom(options.seed);
  const districts = syntheticDistricts(random, options.districts);
  const organisations = Array.from({ length: options.organisations }, (_, index) => ({
    slug: `verein-${index + 1}`,
    name: `Verein ${index + 1}`,
    description: "Ein Verein für die Nachbarschaft.",
    address: `Hauptstraße ${index + 1}, 07743 Jena`,
    website: `https://verein-${index + 1}.example.org`,
    contact: { name: `Kontakt ${index + 1}`, email: `kontakt${index + 1}@verein.example.org` },
  }));
  const offers = syntheticOffers(random, options.offers, { districts: options.districts, organisations: options.organisations, now: options.now });
  return {
    districts: districts.map((district) => ({ slug: district.slug, name: district.name, neighbours: district.neighbours.map((other) => districts[other]!.slug) })),
    organisations,
    opportunities: offers.map((offer) => ({
      slug: offer.slug,
      organisation: organisations[offer.organisation]!.slug,
      title: `Mithilfe bei ${offer.slug}`,
      summary: "Wir suchen Menschen, die mit anpacken.",
      description: "Eine längere Beschreibung des Angebots, wie sie Vereine schreiben: was zu tun ist, wann, mit wem und wo.",
      ...(offer.translated ? { translations: { en: { title: `Helping at ${offer.slug}`, summary: "We are looking for people who lend a hand." } } } : {}),
      littleGerman: offer.littleGerman,
      interests: offer.interests as NonNullable<NetworkFileInput["opportunities"]>[number]["interests"],
      location: offer.location === "district" ? { district: districts[offer.district!]!.slug } : offer.location,
      schedule: (offer.schedule.length === 0 ? "flexible" : offer.schedule) as NonNullable<NetworkFileInput["opportunities"]>[number]["schedule"],
      hoursPerWeek: offer.hoursPerWeek,
      frequency: "regular" as const,
      languages: {
        helpful: offer.languagesHelpful as NonNullable<NonNullable<NetworkFileInput["opportunities"]>[number]["languages"]>["helpful"],
        required: offer.languagesRequired as NonNullable<NonNullable<NetworkFileInput["opportunities"]>[number]["languages"]>["required"],
      },
      ...(offer.capacity === null ? {} : { capacity: offer.capacity }),
      ...(offer.validUntilDay === null ? {} : { validUntil: offer.validUntilDay }),
      active: offer.active,
    })),
  };
}
