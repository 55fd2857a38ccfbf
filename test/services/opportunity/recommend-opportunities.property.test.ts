// recommendOpportunities (in-memory offer index, src/services/opportunity/offer-index.ts) against
// the reference that reloads everything per call (test/support/reference-recommend-opportunities.ts):
// on random networks in a real database, random residents, pages and locales, and random writes in
// between — through this client, through a second client on the same file (another process), and
// after a "restart" (a new client) — every page is identical.
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/db/client";
import { INTEREST_KEYS, OPPORTUNITY_SLOTS, RESIDENT_SLOTS, type BotLocale } from "../../../src/domain/vocabulary";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { recommendOpportunities } from "../../../src/services/opportunity/recommend-opportunities";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { recommendOpportunitiesReference } from "../../support/reference-recommend-opportunities";

const NOW = new Date("2026-03-10T10:00:00Z");
const DAY_MS = 86_400_000;
const INTERESTS = INTEREST_KEYS.slice(0, 5);
const SLOTS = OPPORTUNITY_SLOTS.filter((_, index) => index % 3 === 0);
const LOCALES: BotLocale[] = ["de", "en", "uk"];
const STATUSES = ["new", "contacted", "accepted", "declined", "withdrawn"] as const;

interface OfferSpec {
  organisation: number;
  interests: string[];
  location: "district" | "citywide" | "remote";
  district: number;
  schedule: string[];
  hours: number;
  helpful: string[];
  required: string[];
  littleGerman: boolean;
  capacity: number | null;
  validDays: number | null;
  paused: boolean;
  translated: boolean;
}

const offerSpecArb: fc.Arbitrary<OfferSpec> = fc.record({
  organisation: fc.integer({ min: 0, max: 2 }),
  interests: fc.uniqueArray(fc.constantFrom(...INTERESTS), { minLength: 1, maxLength: 3 }),
  location: fc.constantFrom("district", "district", "citywide", "remote"),
  district: fc.integer({ min: 0, max: 3 }),
  schedule: fc.uniqueArray(fc.constantFrom(...SLOTS), { maxLength: 2 }),
  hours: fc.constantFrom(1, 2, 4, 6),
  helpful: fc.uniqueArray(fc.constantFrom("en", "ar", "uk"), { maxLength: 2 }),
  required: fc.constantFrom([], [], [], [], ["de"], ["en"]),
  littleGerman: fc.boolean(),
  capacity: fc.constantFrom(null, 1, 1, 1, 2, 4),
  validDays: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: -2, max: 3 }) }),
  paused: fc.constantFrom(false, false, false, false, true),
  translated: fc.boolean(),
});

interface ResidentSpec {
  interests: string[];
  slots: string[];
  hours: number | null;
  choice: "district" | "any" | "remote" | null;
  district: number;
  languages: string[];
}

const residentSpecArb: fc.Arbitrary<ResidentSpec> = fc.record({
  interests: fc.uniqueArray(fc.constantFrom(...INTERESTS), { maxLength: 3 }),
  slots: fc.uniqueArray(fc.constantFrom(...RESIDENT_SLOTS), { maxLength: 2 }),
  hours: fc.option(fc.constantFrom(1, 2, 4, 8), { nil: null }),
  choice: fc.constantFrom("district", "district", "any", "remote", null),
  district: fc.integer({ min: 0, max: 3 }),
  languages: fc.uniqueArray(fc.constantFrom("de", "en", "ar", "uk"), { maxLength: 2 }),
});

/** What happens between two looks at the recommendations. Numbers pick rows modulo their count. */
type Step =
  | { kind: "look"; resident: number; locale: BotLocale; offset: number; count: number; days: number; via: "main" | "other" }
  | { kind: "signup"; resident: number; offer: number; status: (typeof STATUSES)[number]; via: "main" | "other" }
  | { kind: "pause"; offer: number; paused: boolean; via: "main" | "other" }
  | { kind: "capacity"; offer: number; capacity: number | null; via: "main" | "other" }
  | { kind: "stale"; offer: number; stale: boolean; via: "main" | "other" }
  | { kind: "offer-active"; offer: number; active: boolean; via: "main" | "other" }
  | { kind: "organisation-active"; organisation: number; active: boolean; via: "main" | "other" }
  | { kind: "interests"; offer: number; interests: string[]; via: "main" | "other" }
  | { kind: "neighbours"; a: number; b: number; connect: boolean; via: "main" | "other" }
  | { kind: "new-offer"; spec: OfferSpec; via: "main" | "other" }
  | { kind: "delete-offer"; offer: number; via: "main" | "other" }
  | { kind: "restart" };

const via = fc.constantFrom<"main" | "other">("main", "main", "other");
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("look" as const), resident: fc.nat(), locale: fc.constantFrom(...LOCALES), offset: fc.constantFrom(0, 0, 3, 6), count: fc.constantFrom(3, 10, 10), days: fc.integer({ min: -1, max: 3 }), via }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("signup" as const), resident: fc.nat(), offer: fc.nat(), status: fc.constantFrom(...STATUSES), via }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("pause" as const), offer: fc.nat(), paused: fc.boolean(), via }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("capacity" as const), offer: fc.nat(), capacity: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 3 })), via }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("stale" as const), offer: fc.nat(), stale: fc.boolean(), via }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("offer-active" as const), offer: fc.nat(), active: fc.boolean(), via }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("organisation-active" as const), organisation: fc.nat(), active: fc.boolean(), via }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("interests" as const), offer: fc.nat(), interests: fc.uniqueArray(fc.constantFrom(...INTERESTS), { minLength: 1, maxLength: 3 }), via }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("neighbours" as const), a: fc.nat(), b: fc.nat(), connect: fc.boolean(), via }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("new-offer" as const), spec: offerSpecArb, via }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete-offer" as const), offer: fc.nat(), via }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("restart" as const) }) },
);

interface Network {
  districtIds: number[];
  organisationIds: number[];
  offerIds: number[];
  residentIds: number[];
}

let nextSlug = 1;

async function createOffer(prisma: PrismaClient, network: Network, spec: OfferSpec): Promise<number> {
  const slug = `angebot-${nextSlug++}`;
  const offer = await prisma.opportunity.create({
    data: {
      slug,
      organisationId: network.organisationIds[spec.organisation % network.organisationIds.length]!,
      title: `Titel ${slug}`,
      summary: `Kurz ${slug}`,
      description: `Lang ${slug}`,
      locationKind: spec.location,
      districtId: spec.location === "district" ? network.districtIds[spec.district % network.districtIds.length]! : null,
      schedule: JSON.stringify(spec.schedule),
      hoursPerWeek: spec.hours,
      frequency: "regular",
      languagesHelpful: JSON.stringify(spec.helpful),
      languagesRequired: JSON.stringify(spec.required),
      littleGerman: spec.littleGerman,
      capacity: spec.capacity,
      validUntil: spec.validDays === null ? null : new Date(NOW.getTime() + spec.validDays * DAY_MS),
      pausedAt: spec.paused ? NOW : null,
      interests: { connect: spec.interests.map((key) => ({ key })) },
      ...(spec.translated ? { translations: { create: [{ locale: "en", title: `Title ${slug}`, summary: `Short ${slug}` }] } } : {}),
    },
  });
  return offer.id;
}

async function createNetwork(prisma: PrismaClient, offers: OfferSpec[], residents: ResidentSpec[]): Promise<Network> {
  await prisma.interest.createMany({ data: INTEREST_KEYS.map((key, sortOrder) => ({ key, sortOrder })) });
  const districts = await prisma.district.createManyAndReturn({ data: [0, 1, 2, 3].map((n) => ({ slug: `bezirk-${n}`, name: `Bezirk ${n}` })) });
  await prisma.district.update({ where: { id: districts[0]!.id }, data: { neighbours: { connect: [{ id: districts[1]!.id }] }, neighbourOf: { connect: [{ id: districts[1]!.id }] } } });
  const organisations = await prisma.organisation.createManyAndReturn({
    data: [0, 1, 2].map((n) => ({ slug: `verein-${n}`, name: `Verein ${n}`, description: "–", address: "–" })),
  });
  const network: Network = { districtIds: districts.map((d) => d.id), organisationIds: organisations.map((o) => o.id), offerIds: [], residentIds: [] };
  for (const spec of offers) network.offerIds.push(await createOffer(prisma, network, spec));
  for (const [index, spec] of residents.entries()) {
    const resident = await prisma.resident.create({
      data: {
        channel: "telegram",
        channelUserId: String(1000 + index),
        interests: { connect: spec.interests.map((key) => ({ key })) },
        timeSlots: JSON.stringify(spec.slots),
        hoursPerWeek: spec.hours,
        districtChoice: spec.choice,
        districtId: spec.choice === "district" ? network.districtIds[spec.district]! : null,
        languages: JSON.stringify(spec.languages),
      },
    });
    network.residentIds.push(resident.id);
  }
  return network;
}

const pick = <T>(items: readonly T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);

async function apply(step: Exclude<Step, { kind: "look" } | { kind: "restart" }>, prisma: PrismaClient, network: Network): Promise<void> {
  switch (step.kind) {
    case "signup": {
      const residentId = pick(network.residentIds, step.resident)!;
      const opportunityId = pick(network.offerIds, step.offer);
      if (opportunityId === undefined) return;
      await prisma.signup.upsert({
        where: { residentId_opportunityId: { residentId, opportunityId } },
        create: { residentId, opportunityId, status: step.status },
        update: { status: step.status },
      });
      return;
    }
    case "pause":
    case "capacity":
    case "stale":
    case "offer-active": {
      const id = pick(network.offerIds, step.offer);
      if (id === undefined) return;
      const data =
        step.kind === "pause" ? { pausedAt: step.paused ? NOW : null } :
        step.kind === "capacity" ? { capacity: step.capacity } :
        step.kind === "stale" ? { staleSince: step.stale ? NOW : null } :
        { active: step.active };
      await prisma.opportunity.update({ where: { id }, data });
      return;
    }
    case "organisation-active":
      await prisma.organisation.update({ where: { id: pick(network.organisationIds, step.organisation)! }, data: { active: step.active } });
      return;
    case "interests": {
      const id = pick(network.offerIds, step.offer);
      if (id === undefined) return;
      await prisma.opportunity.update({ where: { id }, data: { interests: { set: step.interests.map((key) => ({ key })) } } });
      return;
    }
    case "neighbours": {
      const a = pick(network.districtIds, step.a)!;
      const b = pick(network.districtIds, step.b)!;
      if (a === b) return;
      const change = step.connect ? { connect: [{ id: b }] } : { disconnect: [{ id: b }] };
      await prisma.district.update({ where: { id: a }, data: { neighbours: change, neighbourOf: change } });
      return;
    }
    case "new-offer":
      network.offerIds.push(await createOffer(prisma, network, step.spec));
      return;
    case "delete-offer": {
      const id = pick(network.offerIds, step.offer);
      if (id === undefined) return;
      // Offers with signups cannot be deleted (Restrict); the others go with their links.
      if ((await prisma.signup.count({ where: { opportunityId: id } })) > 0) return;
      await prisma.opportunity.delete({ where: { id } });
      network.offerIds = network.offerIds.filter((other) => other !== id);
      return;
    }
  }
}

let db: TestDatabase;
let clients: PrismaClient[] = [];
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
  clients = [];
  await db.close();
});

describe("recommendOpportunities with the offer index", () => {
  it("gives the reference's pages, whatever was written in between and by whom", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(offerSpecArb, { minLength: 0, maxLength: 10 }),
        fc.array(residentSpecArb, { minLength: 2, maxLength: 4 }),
        fc.array(stepArb, { minLength: 1, maxLength: 25 }),
        async (offers, residents, steps) => {
          // A fresh database per run: the previous run's clients are closed with it.
          await Promise.all(clients.map((client) => client.$disconnect()));
          await db.close();
          db = await createTestDatabase();
          let main: PrismaClient = db.prisma;
          const other = createPrismaClient(db.databaseUrl);
          clients = [other];
          const network = await createNetwork(main, offers, residents);
          for (const step of steps) {
            if (step.kind === "restart") {
              main = createPrismaClient(db.databaseUrl);
              clients.push(main);
              continue;
            }
            const prisma = step.via === "main" ? main : other;
            if (step.kind !== "look") {
              await apply(step, prisma, network);
              continue;
            }
            const options = {
              prisma,
              residentId: pick(network.residentIds, step.resident)!,
              now: new Date(NOW.getTime() + step.days * DAY_MS),
              offset: step.offset,
              count: step.count,
              locale: step.locale,
            };
            expect(await recommendOpportunities(options)).toEqual(await recommendOpportunitiesReference(options));
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);
});
