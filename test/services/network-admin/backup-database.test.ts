// `lotse backup`: a consistent copy while another connection keeps writing.
import { randomUUID } from "node:crypto";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/db/client";
import { BackupTargetExistsError, backupDatabase, DatabaseMissingError } from "../../../src/services/network-admin/backup-database";
import { createTestDatabase, type TestDatabase } from "../../support/db";

let db: TestDatabase;
let target: string;
beforeEach(async () => {
  db = await createTestDatabase();
  // Next to the test database, in the run's temp directory, which the global teardown removes.
  target = path.join(path.dirname(db.filePath), `backup-${randomUUID()}`, "lotse-backup.db");
});
afterEach(async () => {
  await db.close();
  await rm(path.dirname(target), { recursive: true, force: true });
});

/** Opens a database file, runs `work`, closes it. */
async function withCopy<T>(file: string, work: (prisma: ReturnType<typeof createPrismaClient>) => Promise<T>): Promise<T> {
  const prisma = createPrismaClient(pathToFileURL(file).href);
  try {
    return await work(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

describe("backupDatabase", () => {
  it("copies a consistent state while another connection writes", async () => {
    await db.prisma.district.create({ data: { slug: "vorher", name: "Vorher" } });
    // Each transaction writes a pair; a consistent copy holds whole pairs only.
    const writer = (async () => {
      for (let index = 0; index < 40; index++) {
        await db.prisma.$transaction([db.prisma.district.create({ data: { slug: `a-${index}`, name: "A" } }), db.prisma.district.create({ data: { slug: `b-${index}`, name: "B" } })]);
      }
    })();

    // better-sqlite3 runs each statement synchronously, so within one process the writes interleave
    // with the backup between statements; the copy must hold whole transactions, including what
    // is still in the write-ahead log.
    const [result] = await Promise.all([backupDatabase({ databaseUrl: db.databaseUrl, file: target }), writer]);

    expect(result.file).toBe(target);
    expect(result.bytes).toBeGreaterThan(0);
    const slugs = await withCopy(target, async (copy) => {
      const [check] = await copy.$queryRawUnsafe<Array<{ quick_check: string }>>("PRAGMA quick_check");
      expect(check?.quick_check).toBe("ok");
      return (await copy.district.findMany({ select: { slug: true } })).map((district) => district.slug);
    });
    expect(slugs).toContain("vorher");
    const pairs = slugs.filter((slug) => slug !== "vorher");
    expect(pairs.length % 2).toBe(0);
    for (const slug of pairs.filter((entry) => entry.startsWith("a-"))) expect(pairs).toContain(slug.replace("a-", "b-"));
  });

  it("is not blocked by a write transaction in progress, and leaves out what it has not committed", async () => {
    const result = await db.prisma.$transaction(async (tx) => {
      await tx.district.create({ data: { slug: "offen", name: "Noch nicht festgeschrieben" } });
      return backupDatabase({ databaseUrl: db.databaseUrl, file: target });
    });

    expect(result.bytes).toBeGreaterThan(0);
    expect(await withCopy(target, (copy) => copy.district.count())).toBe(0);
    expect(await db.prisma.district.count()).toBe(1);
  });

  it("refuses to overwrite a file unless asked to", async () => {
    await backupDatabase({ databaseUrl: db.databaseUrl, file: target });
    await writeFile(target, "keep me");

    await expect(backupDatabase({ databaseUrl: db.databaseUrl, file: target })).rejects.toBeInstanceOf(BackupTargetExistsError);
    expect(await readFile(target, "utf8")).toBe("keep me");

    await backupDatabase({ databaseUrl: db.databaseUrl, file: target, overwrite: true });
    expect(await withCopy(target, (copy) => copy.district.count())).toBe(0);
    // No temporary file is left behind.
    expect((await readdir(path.dirname(target))).filter((name) => name.endsWith(".partial"))).toEqual([]);
  });

  it("refuses a database file that does not exist, instead of copying an empty one", async () => {
    const missing = pathToFileURL(path.join(path.dirname(db.filePath), `missing-${randomUUID()}.db`)).href;
    await expect(backupDatabase({ databaseUrl: missing, file: target })).rejects.toBeInstanceOf(DatabaseMissingError);
  });
});
