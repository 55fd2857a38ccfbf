// The in-memory offer index (src/services/opportunity/offer-index.ts): built once, then only
// checked; reloads just the offers the change log names; sees writes of other clients (processes);
// never serves a state older than a write its caller finished; falls back to reloading everything
// when the triggers are missing.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "../../../src/db/client";
import { INTEREST_KEYS } from "../../../src/domain/vocabulary";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { offerIndex, offerIndexStats } from "../../../src/services/opportunity/offer-index";
import { recommendOpportunities } from "../../../src/services/opportunity/recommend-opportunities";
import { createTestDatabase, type TestDatabase } from "../../support/db";

const NOW = new Date("2026-03-10T10:00:00Z");

let db: TestDatabase;
const extraClients: PrismaClient[] = [];
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await Promise.all(extraClients.splice(0).map((client) => client.$disconnect()));
  await db.close();
});

function otherClient(): PrismaClient {
  const client = createPrismaClient(db.databaseUrl);
  extraClients.push(client);
  return client;
}

/** Two districts, one organisation, three offers (one with a single place), two residents. */
async function network(prisma: PrismaClient) {
  await prisma.interest.createMany({ data: INTEREST_KEYS.map((key, sortOrder) => ({ key, sortOrder })) });
  const [nord, sued] = await prisma.district.createManyAndReturn({ data: [{ slug: "nord", name: "Nord" }, { slug: "sued", name: "Süd" }] });
  const organisation = await prisma.organisation.create({ data: { slug: "verein", name: "Verein", description: "–", address: "–" } });
  const offer = (slug: string, capacity: number | null) =>
    prisma.opportunity.create({
      data: {
        slug,
        organisationId: organisation.id,
        title: slug,
        summary: slug,
        description: slug,
        locationKind: "district",
        districtId: nord!.id,
        hoursPerWeek: 2,
        frequency: "regular",
        capacity,
        interests: { connect: [{ key: "kinder" }] },
      },
    });
  const offers = { lesepaten: await offer("lesepaten", 1), hausaufgaben: await offer("hausaufgaben", null), spielplatz: await offer("spielplatz", null) };
  const resident = (id: string) => prisma.resident.create({ data: { channel: "telegram", channelUserId: id, interests: { connect: [{ key: "kinder" }] } } });
  return { nord: nord!, sued: sued!, organisation, offers, anna: await resident("1"), ben: await resident("2") };
}

async function slugsFor(prisma: PrismaClient, residentId: number): Promise<string[]> {
  const page = await recommendOpportunities({ prisma, residentId, now: NOW, offset: 0, count: 10, locale: "de" });
  return page.items.map((item) => item.opportunity.slug).sort();
}

describe("offer index", () => {
  it("is built once and afterwards only checked against the change log", async () => {
    const n = await network(db.prisma);
    for (let call = 0; call < 3; call++) expect(await slugsFor(db.prisma, n.anna.id)).toEqual(["hausaufgaben", "lesepaten", "spielplatz"]);
    expect(offerIndexStats(db.prisma)).toMatchObject({ fullLoads: 1, partialLoads: 0, checks: 3, cached: true });
  });

  it("takes a signup into account by reloading that one offer: a full offer is no longer shown", async () => {
    const n = await network(db.prisma);
    expect(await slugsFor(db.prisma, n.ben.id)).toContain("lesepaten");
    await db.prisma.signup.create({ data: { residentId: n.anna.id, opportunityId: n.offers.lesepaten.id } });
    expect(await slugsFor(db.prisma, n.ben.id)).toEqual(["hausaufgaben", "spielplatz"]);
    expect(offerIndexStats(db.prisma)).toMatchObject({ fullLoads: 1, partialLoads: 1, offersReloaded: 1 });

    await db.prisma.signup.updateMany({ where: { residentId: n.anna.id }, data: { status: "withdrawn" } });
    expect(await slugsFor(db.prisma, n.ben.id)).toEqual(["hausaufgaben", "lesepaten", "spielplatz"]);
    expect(offerIndexStats(db.prisma)).toMatchObject({ fullLoads: 1, partialLoads: 2 });
  });

  it("sees what another process wrote, and a new process builds its own", async () => {
    const n = await network(db.prisma);
    const other = otherClient();
    expect(await slugsFor(db.prisma, n.anna.id)).toHaveLength(3);
    expect(await slugsFor(other, n.anna.id)).toHaveLength(3);

    await other.opportunity.update({ where: { id: n.offers.spielplatz.id }, data: { pausedAt: NOW } });
    expect(await slugsFor(db.prisma, n.anna.id)).toEqual(["hausaufgaben", "lesepaten"]);
    await db.prisma.opportunity.update({ where: { id: n.offers.hausaufgaben.id }, data: { interests: { set: [{ key: "senioren" }] } } });
    expect(await slugsFor(other, n.anna.id)).toEqual(["lesepaten"]);
    await other.organisation.update({ where: { id: n.organisation.id }, data: { active: false } });
    expect(await slugsFor(db.prisma, n.anna.id)).toEqual([]);

    const restarted = otherClient();
    expect(await slugsFor(restarted, n.anna.id)).toEqual([]);
    expect(offerIndexStats(restarted)).toMatchObject({ fullLoads: 1 });
  });

  it("reloads everything for district changes, and for more changes than it reloads one by one", async () => {
    const n = await network(db.prisma);
    expect((await offerIndex(db.prisma)).districtNames.get(n.sued.id)).toBe("Süd");
    await otherClient().district.update({ where: { id: n.sued.id }, data: { name: "Südost" } });
    expect((await offerIndex(db.prisma)).districtNames.get(n.sued.id)).toBe("Südost");
    expect(offerIndexStats(db.prisma).fullLoads).toBe(2);

    await db.prisma.$executeRawUnsafe(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2001) INSERT INTO "OfferChange" ("opportunityId") SELECT ${n.offers.lesepaten.id} FROM n`);
    await offerIndex(db.prisma);
    expect(offerIndexStats(db.prisma)).toMatchObject({ fullLoads: 3, partialLoads: 0 });
  });

  it("never answers with a state older than a write its caller finished, even while a check runs", async () => {
    const n = await network(db.prisma);
    await offerIndex(db.prisma);
    for (let round = 0; round < 20; round++) {
      const paused = round % 2 === 0;
      const pending = offerIndex(db.prisma); // a check in flight while the write happens
      await db.prisma.opportunity.update({ where: { id: n.offers.spielplatz.id }, data: { pausedAt: paused ? NOW : null } });
      expect((await slugsFor(db.prisma, n.anna.id)).includes("spielplatz")).toBe(!paused);
      await pending;
    }
  });

  it("reloads everything on every call, correctly, when the triggers are missing", async () => {
    const n = await network(db.prisma);
    await db.prisma.$executeRawUnsafe(`DROP TRIGGER "OfferChange_opportunity_update"`);
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    try {
      const fresh = otherClient();
      expect(await slugsFor(fresh, n.anna.id)).toHaveLength(3);
      await db.prisma.opportunity.update({ where: { id: n.offers.spielplatz.id }, data: { pausedAt: NOW } });
      expect(await slugsFor(fresh, n.anna.id)).toEqual(["hausaufgaben", "lesepaten"]);
      expect(offerIndexStats(fresh)).toMatchObject({ cached: false, fullLoads: 2 });
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });
});
