// The TelegramUpdate records behind "exactly one effect per update_id", on a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deleteOldTelegramUpdates } from "../../src/services/telegram-update/delete-old-telegram-updates";
import { listUnhandledTelegramUpdates } from "../../src/services/telegram-update/list-unhandled-telegram-updates";
import { markTelegramUpdateHandled } from "../../src/services/telegram-update/mark-telegram-update-handled";
import { recordTelegramUpdate } from "../../src/services/telegram-update/record-telegram-update";
import { createTestDatabase, type TestDatabase } from "../support/db";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.close();
});

const NOW = new Date("2026-11-24T12:00:00Z");
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3600_000);

describe("recordTelegramUpdate", () => {
  it("records an update_id once; a second delivery, even at the same moment, is a duplicate", async () => {
    const record = () => recordTelegramUpdate({ prisma: db.prisma, updateId: 42, payload: '{"update_id":42}', now: NOW });

    expect(await record()).toBe("recorded");
    expect(await record()).toBe("duplicate");
    expect(await Promise.all([recordTelegramUpdate({ prisma: db.prisma, updateId: 43, payload: "{}", now: NOW }), recordTelegramUpdate({ prisma: db.prisma, updateId: 43, payload: "{}", now: NOW })])).toEqual([
      "recorded",
      "duplicate",
    ]);

    const row = await db.prisma.telegramUpdate.findUniqueOrThrow({ where: { updateId: 42n } });
    expect(row).toMatchObject({ payload: '{"update_id":42}', receivedAt: NOW, handledAt: null });
  });

  it("still reports a duplicate once the update was handled and its payload cleared", async () => {
    await recordTelegramUpdate({ prisma: db.prisma, updateId: 7, payload: "{}", now: NOW });
    await markTelegramUpdateHandled({ prisma: db.prisma, updateId: 7, now: NOW });

    expect(await recordTelegramUpdate({ prisma: db.prisma, updateId: 7, payload: "{}", now: NOW })).toBe("duplicate");
  });
});

describe("recordTelegramUpdate, several that arrived together", () => {
  it("records them with their payloads and says, in order, which were received before", async () => {
    await recordTelegramUpdate({ prisma: db.prisma, updateId: 51, payload: "{}", now: hoursAgo(1) });
    const batch = [
      { updateId: 50, payload: '{"update_id":50}' },
      { updateId: 51, payload: '{"update_id":51}' },
      { updateId: 52, payload: '{"update_id":52}' },
      { updateId: 52, payload: '{"update_id":52}' },
    ];

    const recordAll = (updates: Array<{ updateId: number; payload: string }>) => Promise.all(updates.map((update) => recordTelegramUpdate({ prisma: db.prisma, ...update, now: NOW })));

    expect(await recordAll(batch)).toEqual(["recorded", "duplicate", "recorded", "duplicate"]);
    expect(await recordAll([{ updateId: 53, payload: "a" }, { updateId: 54, payload: "b" }])).toEqual(["recorded", "recorded"]);

    const rows = await db.prisma.telegramUpdate.findMany({ orderBy: { updateId: "asc" } });
    expect(rows.map((row) => [Number(row.updateId), row.payload])).toEqual([
      [50, '{"update_id":50}'],
      [51, "{}"],
      [52, '{"update_id":52}'],
      [53, "a"],
      [54, "b"],
    ]);
    expect(rows.find((row) => row.updateId === 53n)?.receivedAt).toEqual(NOW);
  });
});

describe("markTelegramUpdateHandled, several that finished together", () => {
  it("marks each as it marks one", async () => {
    await Promise.all([1, 2, 3].map((updateId) => recordTelegramUpdate({ prisma: db.prisma, updateId, payload: "x", now: hoursAgo(1) })));

    await Promise.all([1, 3, 9999].map((updateId) => markTelegramUpdateHandled({ prisma: db.prisma, updateId, now: NOW })));

    const rows = await db.prisma.telegramUpdate.findMany({ orderBy: { updateId: "asc" } });
    expect(rows.map((row) => [Number(row.updateId), row.payload, row.handledAt])).toEqual([
      [1, null, NOW],
      [2, "x", null],
      [3, null, NOW],
    ]);
  });
});

describe("markTelegramUpdateHandled", () => {
  it("sets handledAt and forgets the payload; an unknown id is no error", async () => {
    await recordTelegramUpdate({ prisma: db.prisma, updateId: 8, payload: '{"message":{"text":"Hallo"}}', now: hoursAgo(1) });

    await markTelegramUpdateHandled({ prisma: db.prisma, updateId: 8, now: NOW });
    await markTelegramUpdateHandled({ prisma: db.prisma, updateId: 9999, now: NOW });

    expect(await db.prisma.telegramUpdate.findUniqueOrThrow({ where: { updateId: 8n } })).toMatchObject({ payload: null, handledAt: NOW });
  });
});

describe("listUnhandledTelegramUpdates", () => {
  it("lists received-but-unhandled updates by update_id, newer than the cut-off", async () => {
    await db.prisma.telegramUpdate.createMany({
      data: [
        { updateId: 30n, payload: "thirty", receivedAt: hoursAgo(1) },
        { updateId: 10n, payload: "ten", receivedAt: hoursAgo(2) },
        { updateId: 20n, payload: null, receivedAt: hoursAgo(2), handledAt: hoursAgo(2) },
        { updateId: 5n, payload: "five", receivedAt: hoursAgo(30) },
        { updateId: 2_147_483_648n, payload: "big", receivedAt: hoursAgo(1) },
      ],
    });

    const rows = await listUnhandledTelegramUpdates({ prisma: db.prisma, receivedAfter: hoursAgo(24) });

    expect(rows).toEqual([
      { updateId: 10, payload: "ten" },
      { updateId: 30, payload: "thirty" },
      { updateId: 2_147_483_648, payload: "big" },
    ]);
  });
});

describe("deleteOldTelegramUpdates", () => {
  it("deletes records older than a day, handled or not, and counts the unhandled ones", async () => {
    await db.prisma.telegramUpdate.createMany({
      data: [
        { updateId: 1n, payload: null, receivedAt: hoursAgo(25), handledAt: hoursAgo(25) },
        { updateId: 2n, payload: "lost", receivedAt: hoursAgo(26) },
        { updateId: 3n, payload: null, receivedAt: hoursAgo(23), handledAt: hoursAgo(23) },
      ],
    });

    expect(await deleteOldTelegramUpdates({ prisma: db.prisma, now: NOW })).toEqual({ deleted: 2, unhandled: 1 });
    expect((await db.prisma.telegramUpdate.findMany()).map((row) => row.updateId)).toEqual([3n]);
  });
});
