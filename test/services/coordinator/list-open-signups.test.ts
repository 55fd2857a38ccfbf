import { createSilentLogger } from "../../../src/logger";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findCoordinatorScope } from "../../../src/services/coordinator/find-coordinator-scope";
import { listOpenSignups } from "../../../src/services/coordinator/list-open-signups";
import { eraseResident } from "../../../src/services/resident/erase-resident";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createCoordinatorNetwork, MGH_COORDINATOR, NETWORK_MANAGER } from "./fixtures";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.close());

// Monday 23 November 2026, noon in Berlin.
const now = new Date("2026-11-23T11:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const overdue = { reminderWorkingDays: 2, calendar: { state: "TH" as const, timeZone: "Europe/Berlin" } };

describe("listOpenSignups", () => {
  it("lists the new and contacted signups of the coordinator's organisation, oldest first, with age", async () => {
    const network = await createCoordinatorNetwork(db.prisma);
    const recent = await network.signup(network.leihOma.id, { at: daysAgo(1) });
    const old = await network.signup(network.lesepaten.id, { at: daysAgo(6), steps: [{ status: "contacted", at: daysAgo(5) }] });
    await network.signup(network.leihOma.id, { at: daysAgo(9), steps: [{ status: "accepted", at: daysAgo(8) }] });
    await network.signup(network.ausgabe.id, { at: daysAgo(10) }); // the other organisation's

    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: MGH_COORDINATOR });
    const items = await listOpenSignups({ prisma: db.prisma, scope, now });

    expect(items.map((item) => [item.signupId, item.status, item.ageDays])).toEqual([
      [old.signupId, "contacted", 6],
      [recent.signupId, "new", 1],
    ]);
    expect(items[0]).toMatchObject({ opportunity: { slug: "lesepaten", title: "Lesepaten" }, organisationName: "Mehrgenerationenhaus Altstadt", overdue: false });
  });

  it("puts overdue signups (still new after the reminder's working days) first", async () => {
    const network = await createCoordinatorNetwork(db.prisma);
    const contacted = await network.signup(network.leihOma.id, { at: daysAgo(20), steps: [{ status: "contacted", at: daysAgo(19) }] });
    const late = await network.signup(network.lesepaten.id, { at: daysAgo(4) }); // Thursday: two working days have passed
    const fresh = await network.signup(network.leihOma.id, { at: daysAgo(1) }); // Sunday: not yet

    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: MGH_COORDINATOR });
    const items = await listOpenSignups({ prisma: db.prisma, scope, now, overdue, order: "overdue-first" });

    expect(items.map((item) => [item.signupId, item.overdue])).toEqual([
      [late.signupId, true],
      [contacted.signupId, false],
      [fresh.signupId, false],
    ]);
  });

  it("shows the first name as the Slack message does; a resident who erased their data leaves the list", async () => {
    const network = await createCoordinatorNetwork(db.prisma);
    const kept = await network.signup(network.leihOma.id, { at: daysAgo(2), firstName: "Erika" });
    const nameless = await network.signup(network.leihOma.id, { at: daysAgo(1), firstName: null });
    const erased = await network.signup(network.lesepaten.id, { at: daysAgo(3), firstName: "Hans" });
    const person = await db.prisma.resident.findUniqueOrThrow({ where: { id: erased.residentId } });
    await eraseResident({ prisma: db.prisma, identity: { channel: "telegram", channelUserId: person.channelUserId }, now, by: "resident", logger: createSilentLogger() });

    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: NETWORK_MANAGER });
    const items = await listOpenSignups({ prisma: db.prisma, scope, now });

    expect(items.map((item) => [item.signupId, item.resident])).toEqual([
      [kept.signupId, { firstName: "Erika" }],
      [nameless.signupId, { firstName: null }],
    ]);
  });
});
