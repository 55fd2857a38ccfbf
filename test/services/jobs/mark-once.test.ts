// markOnce decides in the database, so it holds across connections (a restart, a second
// process), and only for work whose transaction committed.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/db/client";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { markOnce } from "../../../src/services/jobs/mark-once";
import { createTestDatabase, type TestDatabase } from "../../support/db";

let db: TestDatabase;
let other: PrismaClient;
beforeEach(async () => {
  db = await createTestDatabase();
  other = createPrismaClient(db.databaseUrl);
});
afterEach(async () => {
  await other.$disconnect();
  await db.close();
});

describe("markOnce", () => {
  it("is true once per key, across two connections, and the transaction goes on after a false", async () => {
    const doneAt = new Date("2026-12-01T08:00:00Z");
    expect(await db.prisma.$transaction((tx) => markOnce(tx, "signup-reminder:1", doneAt))).toBe(true);

    const second = await other.$transaction(async (tx) => [await markOnce(tx, "signup-reminder:1"), await markOnce(tx, "signup-reminder:2")]);

    expect(second).toEqual([false, true]);
    expect(await db.prisma.jobMark.findMany({ orderBy: { key: "asc" } })).toEqual([
      { key: "signup-reminder:1", doneAt },
      { key: "signup-reminder:2", doneAt: expect.any(Date) },
    ]);
  });

  it("forgets the mark when the work's transaction rolls back", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await markOnce(tx, "signup-escalated:1");
        throw new Error("the work failed");
      }),
    ).rejects.toThrow("the work failed");
    expect(await other.$transaction((tx) => markOnce(tx, "signup-escalated:1"))).toBe(true);
  });
});
