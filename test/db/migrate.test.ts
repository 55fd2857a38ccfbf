import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, sqliteFilePath } from "../../src/db/client";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "../../src/db/migrate";
import { createTestDatabase, type TestDatabase } from "../support/db";

async function migrationNamesOnDisk(): Promise<string[]> {
  const entries = await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

describe("applyMigrations", () => {
  let scratchDir: string;
  beforeAll(async () => {
    scratchDir = await mkdtemp(path.join(os.tmpdir(), "ehrenamtslotse-migrate-test-"));
  });
  afterAll(async () => {
    await rm(scratchDir, { recursive: true, force: true });
  });

  it("applies every migration to a fresh file, creating its directory, and records them like migrate deploy", async () => {
    const databaseUrl = pathToFileURL(path.join(scratchDir, "nested", "dir", "fresh.db")).href;
    const expectedNames = await migrationNamesOnDisk();
    expect(expectedNames.length).toBeGreaterThan(0);

    const { applied } = await applyMigrations({ databaseUrl });
    expect(applied).toEqual(expectedNames);

    const prisma = createPrismaClient(databaseUrl);
    try {
      const rows = await prisma.$queryRawUnsafe<
        { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown; applied_steps_count: bigint }[]
      >(
        "SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name",
      );
      const expectedRows = await Promise.all(
        expectedNames.map(async (name) => ({
          migration_name: name,
          // Prisma's checksum is the SHA-256 of migration.sql; the CLI compares it to detect edited migrations.
          checksum: createHash("sha256")
            .update(await readFile(path.join(DEFAULT_MIGRATIONS_DIR, name, "migration.sql")))
            .digest("hex"),
          rolled_back_at: null,
          applied_steps_count: 1n,
        })),
      );
      expect(rows.map(({ finished_at: _finishedAt, ...row }) => row)).toEqual(expectedRows);
      expect(rows.every((row) => row.finished_at !== null)).toBe(true);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("applies nothing the second time", async () => {
    const databaseUrl = pathToFileURL(path.join(scratchDir, "twice.db")).href;
    const first = await applyMigrations({ databaseUrl });
    expect(first.applied.length).toBeGreaterThan(0);

    const second = await applyMigrations({ databaseUrl });
    expect(second.applied).toEqual([]);
  });

  it("fails with one line naming the directory when there are no migrations", async () => {
    const databaseUrl = pathToFileURL(path.join(scratchDir, "none.db")).href;
    const missingDir = path.join(scratchDir, "no-such-migrations");
    const failure = applyMigrations({ databaseUrl, migrationsDir: missingDir });
    await expect(failure).rejects.toThrow(`cannot read migrations directory ${missingDir}: does not exist`);
  });
});

describe("sqliteFilePath", () => {
  it("resolves relative URLs against the working directory", () => {
    expect(sqliteFilePath("file:./data/lotse.db")).toBe(path.resolve("data/lotse.db"));
    expect(sqliteFilePath("file:data/lotse.db")).toBe(path.resolve("data/lotse.db"));
  });

  it("keeps absolute paths and accepts file:// URLs", () => {
    expect(sqliteFilePath("file:/srv/lotse/lotse.db")).toBe("/srv/lotse/lotse.db");
    expect(sqliteFilePath("file:///srv/lotse/lotse.db")).toBe("/srv/lotse/lotse.db");
  });

  it("rejects URLs that do not name a SQLite file", () => {
    expect(() => sqliteFilePath("postgres://localhost/lotse")).toThrow('must start with "file:"');
    expect(() => sqliteFilePath("file::memory:")).toThrow("must name a database file");
    expect(() => sqliteFilePath("file:./lotse.db?connection_limit=1")).toThrow("query parameters");
  });
});

describe("a migrated database through the Prisma client", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.close();
  });

  async function createOpportunity(prisma: TestDatabase["prisma"]) {
    const organisation = await prisma.organisation.create({
      data: { slug: "tafel-nord", name: "Tafel Nord", description: "Lebensmittel retten", address: "Hauptstr. 1" },
    });
    return await prisma.opportunity.create({
      data: {
        slug: "ausgabe-samstag",
        organisationId: organisation.id,
        title: "Ausgabe am Samstag",
        summary: "Lebensmittel ausgeben",
        description: "Hilf bei der Ausgabe.",
        locationKind: "citywide",
        hoursPerWeek: 3,
        frequency: "regular",
        interests: { create: [{ key: "food", sortOrder: 1 }, { key: "social", sortOrder: 2 }] },
      },
    });
  }

  async function createResident(prisma: TestDatabase["prisma"], channelUserId: string) {
    return await prisma.resident.create({
      data: { channel: "telegram", channelUserId, interests: { connect: [{ key: "food" }] } },
    });
  }

  it("uses WAL journal mode and enforces foreign keys on its connection", async () => {
    const [journal] = await db.prisma.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [foreignKeys] = await db.prisma.$queryRawUnsafe<{ foreign_keys: bigint }[]>("PRAGMA foreign_keys");
    expect(journal?.journal_mode).toBe("wal");
    expect(foreignKeys?.foreign_keys).toBe(1n);
  });

  it("writes and reads an organisation, an opportunity with interests and a signup", async () => {
    const opportunity = await createOpportunity(db.prisma);
    const resident = await createResident(db.prisma, "1001");
    await db.prisma.signup.create({
      data: { residentId: resident.id, opportunityId: opportunity.id, message: "Ich komme gern." },
    });

    const stored = await db.prisma.opportunity.findUniqueOrThrow({
      where: { slug: "ausgabe-samstag" },
      include: { organisation: true, interests: { orderBy: { sortOrder: "asc" } }, signups: true },
    });
    expect(stored.organisation.slug).toBe("tafel-nord");
    expect(stored.interests.map((interest) => interest.key)).toEqual(["food", "social"]);
    expect(stored.signups).toEqual([
      expect.objectContaining({ residentId: resident.id, status: "new", message: "Ich komme gern." }),
    ]);
    const residentInterests = await db.prisma.interest.findMany({ where: { residents: { some: { id: resident.id } } } });
    expect(residentInterests.map((interest) => interest.key)).toEqual(["food"]);
  });

  it("rejects a second signup of the same resident for the same opportunity", async () => {
    const opportunity = await createOpportunity(db.prisma);
    const resident = await createResident(db.prisma, "1002");
    await db.prisma.signup.create({ data: { residentId: resident.id, opportunityId: opportunity.id } });

    const duplicate = db.prisma.signup.create({ data: { residentId: resident.id, opportunityId: opportunity.id } });
    await expect(duplicate).rejects.toMatchObject({ code: "P2002" });
    expect(await db.prisma.signup.count()).toBe(1);
  });

  it("keeps a deleted resident's signup with residentId null (onDelete SetNull)", async () => {
    const opportunity = await createOpportunity(db.prisma);
    const resident = await createResident(db.prisma, "1003");
    const signup = await db.prisma.signup.create({ data: { residentId: resident.id, opportunityId: opportunity.id } });

    await db.prisma.resident.delete({ where: { id: resident.id } });

    const kept = await db.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } });
    expect(kept.residentId).toBeNull();
    expect(kept.opportunityId).toBe(opportunity.id);
  });

  it("refuses to delete an organisation that still has opportunities (onDelete Restrict)", async () => {
    const opportunity = await createOpportunity(db.prisma);

    await expect(db.prisma.organisation.delete({ where: { id: opportunity.organisationId } })).rejects.toThrow();
    expect(await db.prisma.opportunity.count()).toBe(1);
  });

  it("gives every call its own database file", async () => {
    const other = await createTestDatabase();
    try {
      await createOpportunity(db.prisma);
      expect(other.filePath).not.toBe(db.filePath);
      expect(await other.prisma.opportunity.count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
