import { createSilentLogger } from "../../src/logger";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { askTeam } from "../../src/services/relay/ask-team";
import { createSignup, OpportunityUnavailableError, SignupDuplicateError } from "../../src/services/signup/create-signup";
import { withdrawSignup, SignupNotWithdrawableError } from "../../src/services/signup/withdraw-signup";
import { eraseResident } from "../../src/services/resident/erase-resident";
import { eraseInactiveResidents } from "../../src/services/resident/erase-inactive-residents";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createMiniNetwork, createResident } from "./fixtures";

const now = new Date("2026-11-23T12:00:00Z");
let db: TestDatabase;

beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.close();
});

describe("createSignup", () => {
  it("creates the signup and its Slack notification in one go", async () => {
    const { opportunity } = await createMiniNetwork(db.prisma);
    const offer = await opportunity("leih-oma");
    const resident = await createResident(db.prisma);

    const signup = await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: offer.id, message: "Hallo!", now });

    expect(signup).toMatchObject({ status: "new", message: "Hallo!", contactConsentAt: now });
    const notifications = await db.prisma.notification.findMany();
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ channel: "slack", kind: "signup-created", status: "pending" });
    // Ids only: the outbox never holds personal data.
    expect(JSON.parse(notifications[0]!.payload)).toEqual({ signupId: signup.id });
  });

  it("wakes the outbox once the signup is committed, with a row that is due at once; a refusal wakes nothing", async () => {
    const { opportunity } = await createMiniNetwork(db.prisma);
    const offer = await opportunity("leih-oma");
    const resident = await createResident(db.prisma);
    const seenAtWake: number[] = [];
    // What the outbox worker finds when it is woken.
    const wakeOutbox = () => void db.prisma.notification.count().then((count) => seenAtWake.push(count));
    const before = new Date();

    const signup = await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: offer.id, message: null, now, wakeOutbox });
    await expect(createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: offer.id, message: null, now, wakeOutbox })).rejects.toBeInstanceOf(SignupDuplicateError);

    await expect.poll(() => seenAtWake).toEqual([1]);
    const row = await db.prisma.notification.findFirstOrThrow();
    expect(row).toMatchObject({ channel: "slack", kind: "signup-created", stream: `slack:signup:${signup.id}`, status: "pending", attempts: 0, lastError: null });
    // Due now by the wall clock, as the worker's clock reads it (Prisma's column default did the same).
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(row.createdAt).toEqual(row.nextAttemptAt);
    expect(await db.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } })).toMatchObject({ createdAt: now, updatedAt: now, statusChangedAt: now, contactConsentAt: now });
  });

  it("refuses a second signup for the same offer, concurrent or not, and queues one notification", async () => {
    const { opportunity } = await createMiniNetwork(db.prisma);
    const offer = await opportunity("leih-oma");
    const resident = await createResident(db.prisma);
    const attempt = () => createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: offer.id, message: null, now });

    const results = await Promise.allSettled([attempt(), attempt()]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(SignupDuplicateError);
    await expect(attempt()).rejects.toBeInstanceOf(SignupDuplicateError);
    expect(await db.prisma.signup.count()).toBe(1);
    expect(await db.prisma.notification.count()).toBe(1);
  });

  it("refuses full, inactive and expired offers; validUntil is valid through its whole day", async () => {
    const { opportunity } = await createMiniNetwork(db.prisma);
    const full = await opportunity("voll", { capacity: 1 });
    const inactive = await opportunity("inaktiv", { active: false });
    const expired = await opportunity("abgelaufen", { validUntil: new Date("2026-11-22T00:00:00Z") });
    const lastDay = await opportunity("letzter-tag", { validUntil: new Date("2026-11-23T00:00:00Z") });
    const first = await createResident(db.prisma, "1");
    const second = await createResident(db.prisma, "2");
    await createSignup({ prisma: db.prisma, residentId: first.id, opportunityId: full.id, message: null, now });

    const reasonFor = (opportunityId: number) =>
      createSignup({ prisma: db.prisma, residentId: second.id, opportunityId, message: null, now }).catch((error: unknown) => error);

    expect(await reasonFor(full.id)).toMatchObject({ name: "OpportunityUnavailableError", reason: "full" });
    expect(await reasonFor(inactive.id)).toMatchObject({ reason: "inactive" });
    expect(await reasonFor(expired.id)).toMatchObject({ reason: "expired" });
    expect(await reasonFor(lastDay.id)).not.toBeInstanceOf(OpportunityUnavailableError);
  });

  it("reopens a withdrawn signup instead of failing on the unique pair", async () => {
    const { opportunity } = await createMiniNetwork(db.prisma);
    const offer = await opportunity("leih-oma");
    const resident = await createResident(db.prisma);
    const signup = await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: offer.id, message: null, now });
    await withdrawSignup({ prisma: db.prisma, residentId: resident.id, signupId: signup.id, now });

    const again = await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: offer.id, message: "Doch!", now });

    expect(again.id).toBe(signup.id);
    expect(again.status).toBe("new");
    expect((await db.prisma.notification.findMany({ orderBy: { id: "asc" } })).map((row) => row.kind)).toEqual([
      "signup-created",
      "signup-withdrawn",
      "signup-created",
    ]);
  });
});

describe("withdrawSignup", () => {
  it("withdraws once; a second tap is refused and queues nothing more", async () => {
    const { opportunity } = await createMiniNetwork(db.prisma);
    const offer = await opportunity("leih-oma");
    const resident = await createResident(db.prisma);
    const signup = await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: offer.id, message: null, now });

    await withdrawSignup({ prisma: db.prisma, residentId: resident.id, signupId: signup.id, now });
    await expect(withdrawSignup({ prisma: db.prisma, residentId: resident.id, signupId: signup.id, now })).rejects.toBeInstanceOf(
      SignupNotWithdrawableError,
    );

    expect((await db.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } })).status).toBe("withdrawn");
    expect(await db.prisma.notification.count({ where: { kind: "signup-withdrawn" } })).toBe(1);
  });

  it("does not let one resident withdraw another's signup", async () => {
    const { opportunity } = await createMiniNetwork(db.prisma);
    const offer = await opportunity("leih-oma");
    const owner = await createResident(db.prisma, "1");
    const other = await createResident(db.prisma, "2");
    const signup = await createSignup({ prisma: db.prisma, residentId: owner.id, opportunityId: offer.id, message: null, now });

    await expect(withdrawSignup({ prisma: db.prisma, residentId: other.id, signupId: signup.id, now })).rejects.toBeInstanceOf(
      SignupNotWithdrawableError,
    );
    expect((await db.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } })).status).toBe("new");
  });
});

describe("eraseResident", () => {
  it("deletes the resident and the conversation, keeps signups anonymised and withdraws open ones", async () => {
    const { opportunity } = await createMiniNetwork(db.prisma);
    const open = await opportunity("offen");
    const accepted = await opportunity("zugesagt");
    const resident = await createResident(db.prisma);
    await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: open.id, message: "Ich heiße Erika", now });
    const done = await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: accepted.id, message: null, now });
    await db.prisma.signup.update({ where: { id: done.id }, data: { status: "declined", certificateSeenAt: now, certificateIssuedAt: now, certificateRecordedBy: "U0KIM00001" } });
    await db.prisma.conversation.create({ data: { channel: "telegram", channelUserId: "1001", state: "{}" } });
    await askTeam({ prisma: db.prisma, residentId: resident.id, topic: { kind: "signup", signupId: done.id }, text: "Wann geht es los?", now });

    const result = await eraseResident({ prisma: db.prisma, identity: { channel: "telegram", channelUserId: "1001" }, now, by: "resident", logger: createSilentLogger() });

    expect(result).toEqual({ erased: true, withdrawnSignups: 1 });
    expect(await db.prisma.resident.count()).toBe(0);
    expect(await db.prisma.conversation.count()).toBe(0);
    const signups = await db.prisma.signup.findMany({ orderBy: { id: "asc" } });
    expect(signups.map((signup) => [signup.residentId, signup.message, signup.status])).toEqual([
      [null, null, "withdrawn"],
      [null, null, "declined"],
    ]);
    expect(signups.every((signup) => signup.anonymisedAt?.getTime() === now.getTime())).toBe(true);
    expect(await db.prisma.notification.count({ where: { kind: "signup-withdrawn" } })).toBe(1);
    // The Führungszeugnis dates and the conversations with the team go with the person.
    expect(signups.map((signup) => [signup.certificateSeenAt, signup.certificateIssuedAt, signup.certificateRecordedBy])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(await db.prisma.relayThread.count()).toBe(0);
    expect(await db.prisma.relayMessage.count()).toBe(0);
  });

  it("erases residents inactive for more than 12 months and no one else", async () => {
    await createMiniNetwork(db.prisma);
    await createResident(db.prisma, "old", { lastActiveAt: new Date("2025-11-20T00:00:00Z") });
    await createResident(db.prisma, "recent", { lastActiveAt: new Date("2025-11-25T00:00:00Z") });

    const result = await eraseInactiveResidents({ prisma: db.prisma, now, logger: createSilentLogger() });

    expect(result.erased).toBe(1);
    expect((await db.prisma.resident.findMany()).map((resident) => resident.channelUserId)).toEqual(["recent"]);
  });
});
