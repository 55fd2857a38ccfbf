// Direct statements on the Prisma client's own connection (src/db/direct.ts), on a migrated database.
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "../../src/db/client";
import { AsyncWorkError, directly, DirectUnavailableError, inTransaction, isUniqueViolation, sqliteDateTime, writeTogether } from "../../src/db/direct";
import type { SqliteDatabase } from "../../src/db/gated-connection";
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

describe("writeTogether", () => {
  const db = useTestDatabase();
  const insert = (key: string) => (database: SqliteDatabase) => database.prepare("INSERT INTO JobMark (key, doneAt) VALUES (?, ?)").run(key, sqliteDateTime(new Date())).changes;
  const keys = async () => (await db.prisma.jobMark.findMany({ orderBy: { key: "asc" } })).map((mark) => mark.key);

  it("commits the work queued in one turn in one transaction, and resolves once it is committed", async () => {
    // A second connection to the file sees only what is committed.
    const other = createPrismaClient(db.databaseUrl);
    try {
      const outside = await directly(other, (database) => database);
      const seenFromOutside = () => Number((outside.prepare("SELECT COUNT(*) AS n FROM JobMark").get() as { n: bigint }).n);
      const seen: number[] = [];
      const results = await Promise.all([
        writeTogether(db.prisma, insert("a")),
        writeTogether(db.prisma, (database) => {
          seen.push(seenFromOutside());
          return insert("b")(database);
        }),
        writeTogether(db.prisma, () => {
          seen.push(seenFromOutside());
          return "last";
        }),
      ]);
      expect(results).toEqual([1, 1, "last"]);
      // Still in one transaction when the later pieces ran: nothing was committed in between.
      expect(seen).toEqual([0, 0]);
      expect(seenFromOutside()).toBe(2);
    } finally {
      await other.$disconnect();
    }
  });

  it("undoes and rejects only the piece that throws; the others commit", async () => {
    await writeTogether(db.prisma, insert("taken"));
    const outcomes = await Promise.allSettled([
      writeTogether(db.prisma, insert("first")),
      writeTogether(db.prisma, (database) => {
        insert("undone")(database);
        return insert("taken")(database);
      }),
      writeTogether(db.prisma, insert("third")),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(isUniqueViolation((outcomes[1] as PromiseRejectedResult).reason)).toBe(true);
    expect(await keys()).toEqual(["first", "taken", "third"]);
  });

  it("resolves in the order queued, and work queued while a batch is written goes into the next", async () => {
    const order: string[] = [];
    const first = writeTogether(db.prisma, insert("1")).then(() => {
      order.push("1");
      return writeTogether(db.prisma, insert("3")).then(() => order.push("3"));
    });
    const second = writeTogether(db.prisma, insert("2")).then(() => order.push("2"));
    await Promise.all([first, second]);
    expect(order).toEqual(["1", "2", "3"]);
    expect(await keys()).toEqual(["1", "2", "3"]);
  });

  it("tries each piece alone when the whole transaction fails, so the failure stays with its piece", async () => {
    // A piece that ends the transaction behind writeTogether's back makes the batch's COMMIT fail.
    const outcomes = await Promise.allSettled([
      writeTogether(db.prisma, insert("kept")),
      writeTogether(db.prisma, (database) => {
        insert("breaker")(database);
        if (database.inTransaction) database.prepare("ROLLBACK").run();
        return "ended it";
      }),
      writeTogether(db.prisma, insert("also kept")),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await keys()).toEqual(["also kept", "kept"]);
    // The queue goes on as before.
    await writeTogether(db.prisma, insert("later"));
    expect(await keys()).toEqual(["also kept", "kept", "later"]);
  });

  it("refuses and undoes a piece that returns a promise (its later statements would run outside)", async () => {
    const asyncPiece = writeTogether(db.prisma, async (database) => {
      insert("before await")(database);
      await Promise.resolve();
      return "late";
    });
    await expect(asyncPiece).rejects.toBeInstanceOf(AsyncWorkError);
    expect(await keys()).toEqual([]);
  });

  it("splits a long queue into several transactions and keeps every piece", async () => {
    const all = Array.from({ length: 450 }, (_, index) => writeTogether(db.prisma, insert(`k${String(index).padStart(3, "0")}`)));
    expect(await Promise.all(all)).toEqual(Array.from({ length: 450 }, () => 1));
    expect(await db.prisma.jobMark.count()).toBe(450);
  });

  it("waits for an open Prisma transaction, like directly", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.prisma.$transaction(async (tx) => {
      await tx.jobMark.create({ data: { key: "inside", doneAt: new Date() } });
      await held;
    });
    await sleep(5);
    let written = false;
    const write = writeTogether(db.prisma, insert("outside")).then(() => (written = true));
    await sleep(10);
    expect(written).toBe(false);
    release();
    await Promise.all([transaction, write]);
    expect(await keys()).toEqual(["inside", "outside"]);
  });
});
