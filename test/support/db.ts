// Test databases: each call copies the migrated template built once per run by
// test/support/global-setup.ts into a new file and opens a Prisma client on it.
// Copying a ~200 KB file takes about a millisecond, unlike re-running the migrations, so a
// test file can afford one database per test (in beforeEach) or one per file (in beforeAll).
// Files live in the run's temp directory, which the global teardown removes; close() removes
// a database early and disconnects its client.
//
//   let db: TestDatabase;
//   beforeEach(async () => { db = await createTestDatabase(); });
//   afterEach(async () => { await db.close(); });
//
// or, the same in one line: const db = useTestDatabase();
import { randomUUID } from "node:crypto";
import { copyFile, rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, inject } from "vitest";
import { createPrismaClient } from "../../src/db/client";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { standIn } from "./stand-in";

export interface TestDatabase {
  prisma: PrismaClient;
  databaseUrl: string;
  filePath: string;
  /** Disconnects the client and deletes the database file. */
  close(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const templatePath = inject("testDatabaseTemplate");
  if (typeof templatePath !== "string") {
    throw new Error("no template database: vitest must run test/support/global-setup.ts (see vitest.config.ts)");
  }
  // A UUID keeps names unique across worker processes and threads without coordination.
  const filePath = path.join(path.dirname(templatePath), `test-${randomUUID()}.db`);
  await copyFile(templatePath, filePath);
  const databaseUrl = pathToFileURL(filePath).href;
  const prisma = createPrismaClient(databaseUrl);
  await prisma.$connect();
  return {
    prisma,
    databaseUrl,
    filePath,
    async close() {
      await prisma.$disconnect();
      // WAL mode (see src/db/client.ts) adds -wal and -shm files next to the database.
      await Promise.all(["", "-wal", "-shm"].map((suffix) => rm(filePath + suffix, { force: true })));
    },
  };
}

/** A fresh database per test, closed after it (registers beforeEach/afterEach). */
export function useTestDatabase(): Omit<TestDatabase, "close"> {
  let db: TestDatabase | undefined;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });
  return standIn("the test database", () => db);
}
