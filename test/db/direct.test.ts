// Direct statements on the Prisma client's own connection (src/db/direct.ts), on a migrated database.
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { directly, DirectUnavailableError, inTransaction, isUniqueViolation, sqliteDateTime } from "../../src/db/direct";
import { PrismaClient } from "../../src/generated/prisma/client";
import { useTestDatabase } from "../support/db";

describe("directly", () => {
  const db = useTestDatabase();

  it("writes dates the way Prisma reads them", async () => {
    const at = new Date("2026-11-24T08:15:30.123Z");
    await directly(db.prisma, (database) => database.prepare("INSERT INTO JobMark (key, doneAt) VALUES (?, ?)").run("k", sqliteDateTime(at)));
    expect(await db.prisma.jobMark.findUnique({ where: { key: "k" } })).toEqual({ key: "k", doneAt: at });
  });

  it("waits until an open Prisma transaction has ended, and is not rolled back with it", async () => {
    const failing = db.prisma
      .$transaction(async (tx) => {
        await tx.jobMark.create({ data: { key: "inside", doneAt: new Date() } });
        await sleep(20);
        throw new Error("roll back");
      })
      .catch(() => "rolled back");
    await sleep(5);
    await directly(db.prisma, (database) => database.prepare("INSERT INTO JobMark (key, doneAt) VALUES (?, ?)").run("outside", sqliteDateTime(new Date())));
    expect(await failing).toBe("rolled back");
    expect((await db.prisma.jobMark.findMany()).map((mark) => mark.key)).toEqual(["outside"]);
  });

  it("inTransaction commits together or not at all, and names unique violations", async () => {
    const insert = (key: string) => (database: Parameters<Parameters<typeof directly>[1]>[0]) =>
      database.prepare("INSERT INTO JobMark (key, doneAt) VALUES (?, ?)").run(key, sqliteDateTime(new Date()));
    await directly(db.prisma, (database) => inTransaction(database, () => [insert("one")(database), insert("two")(database)]));
    const error = await directly(db.prisma, (database) => inTransaction(database, () => [insert("three")(database), insert("one")(database)])).catch((caught: unknown) => caught);
    expect(isUniqueViolation(error)).toBe(true);
    expect((await db.prisma.jobMark.findMany({ orderBy: { key: "asc" } })).map((mark) => mark.key)).toEqual(["one", "two"]);
    // The connection is usable afterwards (no transaction left open).
    await db.prisma.jobMark.create({ data: { key: "four", doneAt: new Date() } });
  });

  it("connects again after $disconnect, as Prisma's own queries do", async () => {
    await directly(db.prisma, (database) => database.prepare("INSERT INTO JobMark (key, doneAt) VALUES (?, ?)").run("before", sqliteDateTime(new Date())));
    await db.prisma.$disconnect();
    const count = await directly(db.prisma, (database) => (database.prepare("SELECT COUNT(*) AS n FROM JobMark").get() as { n: bigint }).n);
    expect(Number(count)).toBe(1);
  });

  it("refuses a client that createPrismaClient did not make", async () => {
    const foreign = Object.create(PrismaClient.prototype) as PrismaClient;
    await expect(directly(foreign, () => 1)).rejects.toBeInstanceOf(DirectUnavailableError);
  });
});
