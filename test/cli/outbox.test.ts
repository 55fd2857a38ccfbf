// `npm run outbox`: lists what is not delivered without personal data, retries a parked row.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runOutboxCommand } from "../../src/cli/outbox";
import { parkNotification } from "../../src/services/notification/deliver-pending-notifications";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createSignupWithNotification } from "../support/slack/fixtures";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.close());

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runOutboxCommand(args, { DATABASE_URL: db.databaseUrl }, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe("npm run outbox", () => {
  it("lists pending and parked notifications with ids, kinds and errors, and no personal data", async () => {
    const pending = await createSignupWithNotification(db.prisma, { firstName: "Amira", message: "Ruft mich an: 0170 1234567" });
    const parked = await createSignupWithNotification(db.prisma);
    await parkNotification(db.prisma, { id: parked.notificationId, kind: "signup-created", lastError: "slack:channel_not_found", now: new Date() });

    const { code, out, err } = await run("list");

    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe("pending 2 · parked 1 · sent 0");
    const lines = out.slice(1);
    expect(lines).toHaveLength(3);
    expect(lines.find((line) => line.startsWith(`#${pending.notificationId} `))).toMatch(/pending\s+signup-created\s+slack:signup:\d+/);
    expect(lines.find((line) => line.startsWith(`#${parked.notificationId} `))).toMatch(/parked\s+signup-created.*slack:channel_not_found$/);
    // The notice to the network channel about the parked row waits too.
    expect(lines.some((line) => /pending\s+notification-parked\s+slack:network/.test(line))).toBe(true);
    const all = out.join("\n");
    // The number's tail, not its prefix: four digits like "0170" can turn up in a timestamp or id.
    for (const personal of ["Amira", "amira_k", "1234567", "Ich habe"]) expect(all).not.toContain(personal);
  });

  it("retries a parked notification and refuses anything else", async () => {
    const fixture = await createSignupWithNotification(db.prisma);
    expect(await run("retry", String(fixture.notificationId))).toMatchObject({ code: 1, err: [`outbox: notification ${fixture.notificationId} is pending, not parked`] });

    await parkNotification(db.prisma, { id: fixture.notificationId, kind: "signup-created", lastError: "slack:http_500", now: new Date() });
    expect(await run("retry", String(fixture.notificationId))).toMatchObject({ code: 0, out: [`notification ${fixture.notificationId} is pending again`] });
    const row = await db.prisma.notification.findUniqueOrThrow({ where: { id: fixture.notificationId } });
    expect(row).toMatchObject({ status: "pending", attempts: 0, parkedAt: null });

    expect((await run("retry", "999999")).code).toBe(1);
    const bad = await run("retry", "zwölf");
    expect(bad.code).toBe(2);
    expect(bad.err.join("\n")).toContain("must be a notification id");
    expect((await run("nonsense")).code).toBe(2);
  });
});
