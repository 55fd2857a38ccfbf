// The hand-written data move of 20261123200544_outbox_streams_and_updates, on a database that
// has rows as the previous version wrote them, and start-up's bounded wait for a locked file.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "../../src/db/client";
import { applyMigrations, DatabaseLockedError } from "../../src/db/migrate";
import { migrateUpTo, useScratchDatabase } from "../support/migrations";

const BEFORE = "20261123165030_init";

const scratch = useScratchDatabase();

describe("migration outbox_streams_and_updates", () => {
  it("gives existing notifications their streams, parks failed ones and moves the Slack message to the signup", async () => {
    await migrateUpTo({ databaseUrl: scratch.databaseUrl, scratchDir: scratch.dir, last: BEFORE });
    const db = await new PrismaBetterSqlite3({ url: scratch.file }).connect();
    await db.executeScript(`
      INSERT INTO Organisation (id, slug, name, description, address, updatedAt) VALUES (1, 'tafel', 'Tafel', '-', '-', 0);
      INSERT INTO Opportunity (id, slug, organisationId, title, summary, description, titleEn, summaryEn, locationKind, hoursPerWeek, frequency, updatedAt)
        VALUES (1, 'ausgabe', 1, 'Ausgabe', '-', '-', 'Distribution', '-', 'citywide', 2, 'regular', 0);
      INSERT INTO Resident (id, channel, channelUserId) VALUES (7, 'telegram', '1001');
      INSERT INTO Signup (id, residentId, opportunityId, status, updatedAt) VALUES (3, 7, 1, 'accepted', 0);
      INSERT INTO Signup (id, residentId, opportunityId, status, updatedAt) VALUES (4, NULL, 1, 'withdrawn', 0);
      INSERT INTO Notification (id, channel, kind, payload, status, externalRef) VALUES
        (1, 'slack', 'signup-created', '{"signupId":3}', 'sent', 'C0TAFEL001:1700000000.000100'),
        (2, 'telegram', 'signup-status-changed', '{"signupId":3,"status":"accepted"}', 'pending', NULL),
        (3, 'slack', 'signup-created', '{"signupId":4}', 'failed', NULL),
        (4, 'slack', 'signup-withdrawn', '{"signupId":4}', 'pending', NULL),
        (5, 'slack', 'signup-created', 'not json', 'failed', NULL);
    `);
    await db.dispose();

    const { applied } = await applyMigrations({ databaseUrl: scratch.databaseUrl });
    expect(applied).toContain("20261123200544_outbox_streams_and_updates");

    const prisma = createPrismaClient(scratch.databaseUrl);
    try {
      const rows = await prisma.notification.findMany({ orderBy: { id: "asc" } });
      expect(rows.map(({ id, stream, status, payload }) => ({ id, stream, status, payload }))).toEqual([
        { id: 1, stream: "slack:signup:3", status: "sent", payload: '{"signupId":3}' },
        { id: 2, stream: "telegram:resident:7", status: "pending", payload: '{"signupId":3,"status":"accepted","residentId":7}' },
        { id: 3, stream: "slack:signup:4", status: "parked", payload: '{"signupId":4}' },
        { id: 4, stream: "slack:signup:4", status: "pending", payload: '{"signupId":4}' },
        { id: 5, stream: "slack:legacy:5", status: "parked", payload: "not json" },
      ]);
      expect(rows[2]!.parkedAt).toBeInstanceOf(Date);
      expect(rows[1]!.parkedAt).toBeNull();
      const signups = await prisma.signup.findMany({ orderBy: { id: "asc" }, select: { id: true, slackChannel: true, slackTs: true } });
      expect(signups).toEqual([
        { id: 3, slackChannel: "C0TAFEL001", slackTs: "1700000000.000100" },
        { id: 4, slackChannel: null, slackTs: null },
      ]);
      expect(await prisma.telegramUpdate.count()).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});

describe("start-up with the database file held by another program", () => {
  it("waits within a bound, then names the problem in one line", async () => {
    await migrateUpTo({ databaseUrl: scratch.databaseUrl, scratchDir: scratch.dir, last: BEFORE });
    // A viewer in the middle of a read: the migration's table rebuild cannot get its lock.
    const viewer = await new PrismaBetterSqlite3({ url: scratch.file }).connect();
    await viewer.executeScript("BEGIN; SELECT count(*) FROM Signup;");
    try {
      const error = await applyMigrations({ databaseUrl: scratch.databaseUrl, lockWaitMs: 100 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseLockedError);
      expect((error as Error).message).toMatch(/another program holds the database file open/);
      expect((error as Error).message).not.toContain("\n");
    } finally {
      await viewer.executeScript("ROLLBACK");
      await viewer.dispose();
    }
    // Once the viewer is gone, the same start-up goes through.
    expect((await applyMigrations({ databaseUrl: scratch.databaseUrl })).applied).toContain("20261123200544_outbox_streams_and_updates");
  });

  it("starts at once when nothing is pending, even with the viewer open", async () => {
    await applyMigrations({ databaseUrl: scratch.databaseUrl });
    const viewer = await new PrismaBetterSqlite3({ url: scratch.file }).connect();
    await viewer.executeScript("PRAGMA journal_mode = WAL; BEGIN; SELECT count(*) FROM Signup;");
    try {
      expect(await applyMigrations({ databaseUrl: scratch.databaseUrl, lockWaitMs: 0 })).toEqual({ applied: [] });
    } finally {
      await viewer.executeScript("ROLLBACK");
      await viewer.dispose();
    }
  });
});
