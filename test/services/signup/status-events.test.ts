// Every status change leaves one SignupStatusEvent, written in the transaction of the change:
// by the coordinator (Slack), the resident (withdrawal, signing up again, /loeschen) and the
// system (retention).
import { createSilentLogger } from "../../../src/logger";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eraseInactiveResidents } from "../../../src/services/resident/erase-inactive-residents";
import { eraseResident } from "../../../src/services/resident/erase-resident";
import { createSignup } from "../../../src/services/signup/create-signup";
import { updateSignupStatus } from "../../../src/services/signup/update-signup-status";
import { withdrawSignup } from "../../../src/services/signup/withdraw-signup";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createMiniNetwork, createResident } from "../fixtures";

const COORDINATOR = "U0COORD001";
const day = (n: number) => new Date(Date.UTC(2026, 11, n, 10));

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.close());

async function signupOf(opportunitySlug: string, channelUserId = "1001") {
  const { opportunity, mgh } = await createMiniNetwork(db.prisma);
  await db.prisma.coordinator.create({ data: { name: "Kim", slackUserId: COORDINATOR, organisationId: mgh.id } });
  const offer = await opportunity(opportunitySlug);
  const resident = await createResident(db.prisma, channelUserId);
  const signup = await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: offer.id, message: null, now: day(1) });
  return { signup, resident, offer, opportunity };
}

async function events(signupId: number) {
  const rows = await db.prisma.signupStatusEvent.findMany({ where: { signupId }, orderBy: { id: "asc" } });
  return rows.map(({ fromStatus, toStatus, actor, reason, createdAt }) => ({ fromStatus, toStatus, actor, reason, createdAt }));
}

describe("status events", () => {
  it("records each coordinator's move with their Slack id, and nothing for a repeated click", async () => {
    const { signup } = await signupOf("leih-oma");
    expect(await events(signup.id)).toEqual([]); // a first signup has no "before"

    await updateSignupStatus({ prisma: db.prisma, signupId: signup.id, status: "contacted", coordinatorSlackUserId: COORDINATOR, now: () => day(2) });
    await updateSignupStatus({ prisma: db.prisma, signupId: signup.id, status: "contacted", coordinatorSlackUserId: COORDINATOR, now: () => day(3) });
    await updateSignupStatus({
      prisma: db.prisma,
      signupId: signup.id,
      status: "declined",
      coordinatorSlackUserId: COORDINATOR,
      reason: "Die Gruppe ist voll.",
      now: () => day(4),
    });

    expect(await events(signup.id)).toEqual([
      { fromStatus: "new", toStatus: "contacted", actor: COORDINATOR, reason: null, createdAt: day(2) },
      { fromStatus: "contacted", toStatus: "declined", actor: COORDINATOR, reason: "Die Gruppe ist voll.", createdAt: day(4) },
    ]);
  });

  it("records the resident's withdrawal and their signing up again", async () => {
    const { signup, resident, offer } = await signupOf("leih-oma");
    await withdrawSignup({ prisma: db.prisma, residentId: resident.id, signupId: signup.id, now: day(2) });
    await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: offer.id, message: null, now: day(3) });

    expect(await events(signup.id)).toEqual([
      { fromStatus: "new", toStatus: "withdrawn", actor: "resident", reason: null, createdAt: day(2) },
      { fromStatus: "withdrawn", toStatus: "new", actor: "resident", reason: null, createdAt: day(3) },
    ]);
  });

  it("records withdrawals by erasure: the resident's own, and the system's after 12 months without contact", async () => {
    const { signup: own, opportunity } = await signupOf("leih-oma", "1001");
    const other = await opportunity("lesepate");
    const forgotten = await createResident(db.prisma, "2002", { lastActiveAt: new Date("2025-01-01T00:00:00Z") });
    const old = await createSignup({ prisma: db.prisma, residentId: forgotten.id, opportunityId: other.id, message: null, now: day(1) });
    await updateSignupStatus({ prisma: db.prisma, signupId: old.id, status: "accepted", coordinatorSlackUserId: COORDINATOR, now: () => day(2) });

    await eraseResident({ prisma: db.prisma, identity: { channel: "telegram", channelUserId: "1001" }, now: day(5), by: "resident", logger: createSilentLogger() });
    await eraseInactiveResidents({ prisma: db.prisma, now: day(6), logger: createSilentLogger() });

    expect(await events(own.id)).toEqual([{ fromStatus: "new", toStatus: "withdrawn", actor: "resident", reason: null, createdAt: day(5) }]);
    expect((await events(old.id)).map((event) => [event.fromStatus, event.toStatus, event.actor])).toEqual([
      ["new", "accepted", COORDINATOR],
      ["accepted", "withdrawn", "system"],
    ]);
  });
});
