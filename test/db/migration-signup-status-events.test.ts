// The hand-written data step of *_signup_status_events: every signup that had left "new" before
// events were recorded gets one "system" event at its statusChangedAt; "new" ones get none.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "../../src/db/client";
import { applyMigrations } from "../../src/db/migrate";
import { migrateUpTo, useScratchDatabase } from "../support/migrations";

const scratch = useScratchDatabase();

describe("migration signup_status_events", () => {
  it("gives each signup past 'new' one system event at the time its status was set", async () => {
    await migrateUpTo({ databaseUrl: scratch.databaseUrl, scratchDir: scratch.dir, last: "20261123203834_opportunity_translations" });
    const db = await new PrismaBetterSqlite3({ url: scratch.file }).connect();
    // Timestamps as Prisma writes them into SQLite.
    await db.executeScript(`
      INSERT INTO Organisation (id, slug, name, description, address, updatedAt) VALUES (1, 'tafel', 'Tafel', '-', '-', 0);
      INSERT INTO Opportunity (id, slug, organisationId, title, summary, description, locationKind, hoursPerWeek, frequency, updatedAt)
        VALUES (1, 'ausgabe', 1, 'Ausgabe', '-', '-', 'citywide', 2, 'regular', 0);
      INSERT INTO Resident (id, channel, channelUserId) VALUES (7, 'telegram', '1001'), (8, 'telegram', '1002');
      INSERT INTO Signup (id, residentId, opportunityId, status, statusChangedAt, updatedAt) VALUES
        (3, 7, 1, 'accepted', '2026-11-20T09:15:00.000+00:00', 0),
        (4, NULL, 1, 'withdrawn', '2026-11-21T10:30:00.000+00:00', 0),
        (5, 8, 1, 'new', '2026-11-22T11:45:00.000+00:00', 0);
    `);
    await db.dispose();

    expect((await applyMigrations({ databaseUrl: scratch.databaseUrl })).applied.some((name) => name.endsWith("_signup_status_events"))).toBe(true);

    const prisma = createPrismaClient(scratch.databaseUrl);
    try {
      const events = await prisma.signupStatusEvent.findMany({ orderBy: { id: "asc" } });
      expect(events.map(({ signupId, fromStatus, toStatus, actor, reason, createdAt }) => ({ signupId, fromStatus, toStatus, actor, reason, createdAt }))).toEqual([
        { signupId: 3, fromStatus: null, toStatus: "accepted", actor: "system", reason: null, createdAt: new Date("2026-11-20T09:15:00Z") },
        { signupId: 4, fromStatus: null, toStatus: "withdrawn", actor: "system", reason: null, createdAt: new Date("2026-11-21T10:30:00Z") },
      ]);
      expect(await prisma.jobMark.count()).toBe(0);
      // Deleting a signup takes its history with it.
      await prisma.signup.delete({ where: { id: 3 } });
      expect(await prisma.signupStatusEvent.count()).toBe(1);
    } finally {
      await prisma.$disconnect();
    }
  });
});
