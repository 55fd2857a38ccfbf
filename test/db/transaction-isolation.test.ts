// Prisma's better-sqlite3 adapter runs all queries on one connection; without the gate in
// src/db/gated-connection.ts a query made while an interactive transaction waited ran inside it
// and shared its fate. These tests use the real client and adapter on a migrated database.
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/db";

describe("transactions on the shared connection", () => {
  const db = useTestDatabase();

  it("keeps a write made outside while a transaction waits, when that transaction rolls back", async () => {
    const failing = db.prisma
      .$transaction(async (tx) => {
        await tx.interest.create({ data: { key: "inside" } });
        await sleep(20);
        throw new Error("roll back");
      })
      .catch((error: Error) => error.message);
    await sleep(5);
    await db.prisma.interest.create({ data: { key: "outside" } });
    expect(await failing).toBe("roll back");
    const keys = (await db.prisma.interest.findMany({ where: { key: { in: ["inside", "outside"] } } })).map((interest) => interest.key);
    expect(keys).toEqual(["outside"]);
  });

  it("lets a read outside see the transaction's writes only once it committed", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const committing = db.prisma.$transaction(async (tx) => {
      await tx.interest.create({ data: { key: "pending" } });
      await held;
    });
    await sleep(5);
    const reading = db.prisma.interest.findUnique({ where: { key: "pending" } });
    let read = false;
    void reading.then(() => (read = true));
    await sleep(10);
    expect(read).toBe(false); // waits for the transaction instead of reading inside it
    release();
    await committing;
    expect(await reading).toMatchObject({ key: "pending" });
  });

  it("runs transactions one after another, each with its own outcome", async () => {
    const outcomes = await Promise.allSettled(
      ["a", "b", "c", "d"].map((key) =>
        db.prisma.$transaction(async (tx) => {
          await tx.interest.create({ data: { key } });
          await sleep(2);
          if (key === "b" || key === "d") throw new Error(`no ${key}`);
        }),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "fulfilled", "rejected"]);
    const keys = (await db.prisma.interest.findMany({ where: { key: { in: ["a", "b", "c", "d"] } }, orderBy: { key: "asc" } })).map((interest) => interest.key);
    expect(keys).toEqual(["a", "c"]);
  });
});
