// Retention of the outbox: delivered and parked notifications are deleted
// RETENTION_NOTIFICATION_DAYS after delivery or parking; pending ones never.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { deleteOldNotifications } from "../../../src/services/retention/delete-old-notifications";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { DAY, MINUTE } from "./retention-fixtures";

let db: TestDatabase;
let prisma: PrismaClient;
beforeEach(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterEach(() => db.close());

const NOW = new Date("2027-03-01T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

async function notification(status: "pending" | "sent" | "parked", at: Date) {
  const row = await prisma.notification.create({
    data: {
      channel: "telegram",
      kind: "signup-status-changed",
      stream: "telegram:resident:1",
      payload: JSON.stringify({ signupId: 1, residentId: 1, status: "accepted" }),
      status,
      createdAt: daysAgo(100),
      nextAttemptAt: at,
      ...(status === "sent" ? { sentAt: at, externalRef: "4242:17" } : {}),
      ...(status === "parked" ? { parkedAt: at, attempts: 8, lastError: "telegram 403" } : {}),
    },
  });
  return row.id;
}

describe("deleteOldNotifications", () => {
  it("deletes delivered and parked rows 30 days after delivery or parking, once; pending rows stay", async () => {
    const oldSent = await notification("sent", daysAgo(30));
    const recentSent = await notification("sent", daysAgo(29));
    const oldParked = await notification("parked", daysAgo(31));
    const recentParked = await notification("parked", daysAgo(29));
    const oldPending = await notification("pending", daysAgo(90));

    expect(await deleteOldNotifications({ prisma, now: new Date(NOW.getTime() - 2 * MINUTE), days: 30 })).toEqual({ sent: 0, parked: 1 });
    expect(await deleteOldNotifications({ prisma, now: new Date(NOW.getTime() + MINUTE), days: 30 })).toEqual({ sent: 1, parked: 0 });
    const left = (await prisma.notification.findMany({ orderBy: { id: "asc" } })).map((row) => row.id);
    expect(left).toEqual([recentSent, recentParked, oldPending]);
    expect(left).not.toContain(oldSent);
    expect(left).not.toContain(oldParked);
    expect(await deleteOldNotifications({ prisma, now: new Date(NOW.getTime() + MINUTE), days: 30 })).toEqual({ sent: 0, parked: 0 });

    // A year on, only the pending one is left: the outbox still owes it.
    expect(await deleteOldNotifications({ prisma, now: new Date(NOW.getTime() + 365 * DAY), days: 30 })).toEqual({ sent: 1, parked: 1 });
    expect((await prisma.notification.findMany()).map((row) => row.id)).toEqual([oldPending]);
  });

  it("counts from the configured number of days", async () => {
    await notification("sent", daysAgo(8));
    expect(await deleteOldNotifications({ prisma, now: NOW, days: 9 })).toEqual({ sent: 0, parked: 0 });
    expect(await deleteOldNotifications({ prisma, now: NOW, days: 7 })).toEqual({ sent: 1, parked: 0 });
  });
});
