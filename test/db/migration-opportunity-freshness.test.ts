// The hand-edited data step of *_opportunity_freshness: offers that exist count as confirmed when
// they were last changed; their signups, translations and the rest survive the table's rebuild.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "../../src/db/client";
import { applyMigrations } from "../../src/db/migrate";
import { migrateUpTo, useScratchDatabase } from "../support/migrations";

const scratch = useScratchDatabase();

describe("migration opportunity_freshness", () => {
  it("takes each offer's last change as its confirmation and keeps everything that hangs on it", async () => {
    await migrateUpTo({ databaseUrl: scratch.databaseUrl, scratchDir: scratch.dir, last: "20261123222955_coordinator_workflow" });
    const db = await new PrismaBetterSqlite3({ url: scratch.file }).connect();
    await db.executeScript(`
      INSERT INTO Organisation (id, slug, name, description, address, updatedAt) VALUES (1, 'tafel', 'Tafel', '-', '-', 0);
      INSERT INTO Opportunity (id, slug, organisationId, title, summary, description, locationKind, hoursPerWeek, frequency, pausedAt, pausedBy, updatedAt)
        VALUES (1, 'ausgabe', 1, 'Ausgabe', '-', '-', 'citywide', 2, 'regular', NULL, NULL, '2026-08-01T10:00:00.000+00:00'),
               (2, 'fahrdienst', 1, 'Fahrdienst', '-', '-', 'citywide', 3, 'regular', '2026-11-01T08:00:00.000+00:00', 'U0KIM00001', '2026-11-01T08:00:00.000+00:00');
      INSERT INTO OpportunityTranslation (opportunityId, locale, title, summary) VALUES (1, 'en', 'Food bank', '-');
      INSERT INTO Resident (id, channel, channelUserId) VALUES (7, 'telegram', '1001');
      INSERT INTO Signup (id, residentId, opportunityId, status, updatedAt) VALUES (3, 7, 1, 'accepted', 0);
    `);
    await db.dispose();

    expect((await applyMigrations({ databaseUrl: scratch.databaseUrl })).applied.some((name) => name.endsWith("_opportunity_freshness"))).toBe(true);

    const prisma = createPrismaClient(scratch.databaseUrl);
    try {
      const offers = await prisma.opportunity.findMany({ orderBy: { id: "asc" }, include: { translations: true, signups: true } });
      expect(offers.map(({ id, confirmedAt, freshnessAskedAt, staleSince, pausedBy }) => ({ id, confirmedAt, freshnessAskedAt, staleSince, pausedBy }))).toEqual([
        { id: 1, confirmedAt: new Date("2026-08-01T10:00:00Z"), freshnessAskedAt: null, staleSince: null, pausedBy: null },
        { id: 2, confirmedAt: new Date("2026-11-01T08:00:00Z"), freshnessAskedAt: null, staleSince: null, pausedBy: "U0KIM00001" },
      ]);
      expect(offers[0]!.translations.map((translation) => translation.title)).toEqual(["Food bank"]);
      expect(offers[0]!.signups.map((signup) => signup.id)).toEqual([3]);
      // The foreign keys still hold after the rebuild: a new offer takes the default.
      const created = await prisma.opportunity.create({ data: { slug: "neu", organisationId: 1, title: "Neu", summary: "-", description: "-", locationKind: "remote", hoursPerWeek: 1, frequency: "once" } });
      expect(Math.abs(created.confirmedAt.getTime() - Date.now())).toBeLessThan(60_000);
    } finally {
      await prisma.$disconnect();
    }
  });
});
