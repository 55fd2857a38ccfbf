// The hand-written data move of *_opportunity_translations: the English columns of every
// opportunity become translation rows, on a database that has rows as the previous release wrote them.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "../../src/db/client";
import { applyMigrations } from "../../src/db/migrate";
import { migrateUpTo, useScratchDatabase } from "../support/migrations";

const scratch = useScratchDatabase();

describe("migration opportunity_translations", () => {
  it("keeps every German and English text", async () => {
    await migrateUpTo({ databaseUrl: scratch.databaseUrl, scratchDir: scratch.dir, last: "20261123200544_outbox_streams_and_updates" });
    const db = await new PrismaBetterSqlite3({ url: scratch.file }).connect();
    await db.executeScript(`
      INSERT INTO Organisation (id, slug, name, description, address, updatedAt) VALUES (1, 'tafel', 'Tafel', 'Rettet Lebensmittel', '-', 0);
      INSERT INTO Opportunity (id, slug, organisationId, title, summary, description, titleEn, summaryEn, descriptionEn, locationKind, hoursPerWeek, frequency, updatedAt) VALUES
        (1, 'ausgabe', 1, 'Ausgabe', 'Lebensmittel ausgeben', 'Samstags von 10 bis 12 Uhr.', 'Distribution', 'Hand out food', 'Saturdays 10 to 12.', 'citywide', 2, 'regular', 0),
        (2, 'lager', 1, 'Lager', 'Sortieren', 'Im Lager sortieren.', 'Storage', 'Sorting', NULL, 'citywide', 3, 'regular', 0);
      INSERT INTO Resident (id, channel, channelUserId) VALUES (7, 'telegram', '1001');
      INSERT INTO Signup (id, residentId, opportunityId, status, updatedAt) VALUES (3, 7, 1, 'new', 0);
    `);
    await db.dispose();

    expect((await applyMigrations({ databaseUrl: scratch.databaseUrl })).applied.some((name) => name.endsWith("_opportunity_translations"))).toBe(true);

    const prisma = createPrismaClient(scratch.databaseUrl);
    try {
      const opportunities = await prisma.opportunity.findMany({ orderBy: { id: "asc" }, include: { translations: true, signups: true } });
      expect(opportunities.map(({ id, title, summary, description, littleGerman, translations }) => ({ id, title, summary, description, littleGerman, translations }))).toEqual([
        {
          id: 1,
          title: "Ausgabe",
          summary: "Lebensmittel ausgeben",
          description: "Samstags von 10 bis 12 Uhr.",
          littleGerman: false,
          translations: [{ opportunityId: 1, locale: "en", title: "Distribution", summary: "Hand out food", description: "Saturdays 10 to 12." }],
        },
        {
          id: 2,
          title: "Lager",
          summary: "Sortieren",
          description: "Im Lager sortieren.",
          littleGerman: false,
          translations: [{ opportunityId: 2, locale: "en", title: "Storage", summary: "Sorting", description: null }],
        },
      ]);
      // The rebuilt table keeps its ids, so signups still point at their offers.
      expect(opportunities[0]!.signups.map((signup) => signup.id)).toEqual([3]);
    } finally {
      await prisma.$disconnect();
    }
  });
});
