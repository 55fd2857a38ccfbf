// importNetwork writes new organisations, offers, interest links and translations with plain
// multi-row INSERTs (src/services/network/bulk-insert.ts): a large file goes in whole, and the
// rows are stored exactly as Prisma itself stores them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importNetwork } from "../../src/services/network/import-network";
import { networkFileSchema, type NetworkFileInput } from "../../src/services/network/network-file-schema";
import { createTestDatabase, type TestDatabase } from "../support/db";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.close());

const NOW = new Date("2026-11-24T09:30:00.000Z");

function network(offers: number): NetworkFileInput {
  return {
    districts: [{ slug: "nord", name: "Nord" }],
    organisations: [
      { slug: "verein", name: "Verein", description: "Ein Verein.", address: "Markt 1", active: false, translations: { en: { description: "A club." } } },
    ],
    opportunities: Array.from({ length: offers }, (_, index) => ({
      slug: `angebot-${index + 1}`,
      organisation: "verein",
      title: `Angebot ${index + 1}`,
      summary: "Kurz",
      description: "Lang",
      littleGerman: index % 2 === 0,
      interests: index % 3 === 0 ? ["kinder", "senioren"] : ["kinder"],
      location: index % 2 === 0 ? { district: "nord" } : "remote",
      schedule: "flexible" as const,
      hoursPerWeek: 1.5,
      frequency: "regular" as const,
      validUntil: "2027-01-31",
      ...(index === 0 ? { translations: { en: { title: "Offer", summary: "Short" } }, confirmedAt: "2026-11-01" } : {}),
    })),
  };
}

describe("importNetwork of many new entries", () => {
  it("imports more offers than one statement may carry parameters for (1,200 with one interest)", async () => {
    await importNetwork(db.prisma, networkFileSchema.parse(network(1_200)), { now: NOW });
    expect(await db.prisma.opportunity.count()).toBe(1_200);
    expect(await db.prisma.opportunity.count({ where: { interests: { some: { key: "kinder" } } } })).toBe(1_200);
    expect(await db.prisma.opportunity.count({ where: { interests: { some: { key: "senioren" } } } })).toBe(400);
    const first = await db.prisma.opportunity.findUniqueOrThrow({ where: { slug: "angebot-1" }, include: { translations: true, organisation: { include: { translations: true } } } });
    expect(first).toMatchObject({
      littleGerman: true,
      hoursPerWeek: 1.5,
      validUntil: new Date("2027-01-31T00:00:00.000Z"),
      active: true,
      pausedAt: null,
      translations: [{ locale: "en", title: "Offer", summary: "Short", description: null }],
      organisation: { active: false, translations: [{ locale: "en", description: "A club." }] },
    });
    // Importing the same file again changes nothing.
    const before = await db.prisma.opportunity.findMany({ orderBy: { id: "asc" } });
    await importNetwork(db.prisma, networkFileSchema.parse(network(1_200)), { now: new Date(NOW.getTime() + 86_400_000) });
    expect(await db.prisma.opportunity.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("stores dates and flags as Prisma does, so that SQL comparisons of dates still hold", async () => {
    await importNetwork(db.prisma, networkFileSchema.parse(network(2)), { now: NOW });
    const organisation = await db.prisma.organisation.findFirstOrThrow();
    // The same values as angebot-2 of the file, written by Prisma.
    await db.prisma.opportunity.create({
      data: { slug: "von-prisma", organisationId: organisation.id, title: "t", summary: "s", description: "d", locationKind: "remote", hoursPerWeek: 1.5, frequency: "regular", littleGerman: false, validUntil: new Date("2027-01-31T00:00:00.000Z"), confirmedAt: NOW },
    });
    const stored = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT typeof(littleGerman) || ':' || littleGerman AS littleGerman, typeof(active) || ':' || active AS active,
         typeof(hoursPerWeek) || ':' || hoursPerWeek AS hoursPerWeek, typeof(validUntil) || ':' || validUntil AS validUntil,
         typeof(confirmedAt) || ':' || confirmedAt AS confirmedAt, typeof(pausedAt) AS pausedAt,
         typeof(createdAt) || ':' || length(createdAt) || ':' || substr(createdAt, 24) AS createdAt,
         typeof(updatedAt) || ':' || length(updatedAt) || ':' || substr(updatedAt, 24) AS updatedAt
       FROM Opportunity WHERE slug IN ('angebot-2', 'von-prisma') ORDER BY slug`,
    );
    expect(stored).toHaveLength(2);
    expect(stored[0]).toEqual(stored[1]);
    expect(stored[0]).toMatchObject({ littleGerman: "integer:0", validUntil: "text:2027-01-31T00:00:00.000+00:00", confirmedAt: "text:2026-11-24T09:30:00.000+00:00", createdAt: "text:29:+00:00" });
  });
});
