import { createSilentLogger } from "../../../src/logger";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { broadcastToVolunteers, NoVolunteersError, prepareBroadcast } from "../../../src/services/coordinator/broadcast-to-volunteers";
import { findCoordinatorScope } from "../../../src/services/coordinator/find-coordinator-scope";
import { OpportunityNotInScopeError } from "../../../src/services/coordinator/find-scoped-opportunity";
import { eraseResident } from "../../../src/services/resident/erase-resident";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createCoordinatorNetwork, MGH_COORDINATOR, TAFEL_COORDINATOR } from "./fixtures";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.close());

const now = new Date("2026-11-23T11:00:00Z");
const earlier = new Date("2026-11-10T11:00:00Z");

async function offerWithVolunteers() {
  const network = await createCoordinatorNetwork(db.prisma);
  const accepted = [
    await network.signup(network.leihOma.id, { at: earlier, steps: [{ status: "accepted", at: earlier }] }),
    await network.signup(network.leihOma.id, { at: earlier, steps: [{ status: "contacted", at: earlier }, { status: "accepted", at: earlier }] }),
  ];
  // Not accepted (yet, or any more), or another offer: not written to.
  await network.signup(network.leihOma.id, { at: earlier });
  await network.signup(network.leihOma.id, { at: earlier, steps: [{ status: "declined", at: earlier }] });
  await network.signup(network.lesepaten.id, { at: earlier, steps: [{ status: "accepted", at: earlier }] });
  // Accepted, then erased their data: nobody left to write to.
  const erased = await network.signup(network.leihOma.id, { at: earlier, steps: [{ status: "accepted", at: earlier }] });
  const person = await db.prisma.resident.findUniqueOrThrow({ where: { id: erased.residentId } });
  await eraseResident({ prisma: db.prisma, identity: { channel: "telegram", channelUserId: person.channelUserId }, now: earlier, by: "resident", logger: createSilentLogger() });
  return { network, accepted };
}

describe("broadcastToVolunteers", () => {
  it("writes the broadcast and, with it, one notification per accepted volunteer", async () => {
    const { network, accepted } = await offerWithVolunteers();
    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: MGH_COORDINATOR });
    expect(await prepareBroadcast({ prisma: db.prisma, scope, slug: "leih-oma" })).toMatchObject({ opportunityId: network.leihOma.id, title: "Leih-Oma gesucht", recipients: 2 });
    const wakeOutbox = vi.fn();
    const before = await db.prisma.notification.count();

    const result = await broadcastToVolunteers({ prisma: db.prisma, scope, opportunityId: network.leihOma.id, text: "  Samstag fällt aus.\n", now, wakeOutbox });

    expect(result.recipients).toBe(2);
    expect(await db.prisma.broadcast.findUniqueOrThrow({ where: { id: result.broadcastId } })).toMatchObject({
      opportunityId: network.leihOma.id,
      text: "Samstag fällt aus.",
      slackUserId: MGH_COORDINATOR,
      recipientCount: 2,
      createdAt: now,
    });
    const queued = await db.prisma.notification.findMany({ where: { kind: "broadcast-message" }, orderBy: { id: "asc" } });
    expect(queued.map((row) => [row.channel, row.stream, JSON.parse(row.payload)])).toEqual(
      accepted.map((signup) => ["telegram", `telegram:resident:${signup.residentId}`, { broadcastId: result.broadcastId, residentId: signup.residentId }]),
    );
    expect(await db.prisma.notification.count()).toBe(before + 2);
    expect(wakeOutbox).toHaveBeenCalledOnce();
  });

  it("refuses another organisation's offer and an offer without accepted volunteers, writing nothing", async () => {
    const { network } = await offerWithVolunteers();
    const tafel = await findCoordinatorScope({ prisma: db.prisma, slackUserId: TAFEL_COORDINATOR });
    const mgh = await findCoordinatorScope({ prisma: db.prisma, slackUserId: MGH_COORDINATOR });

    await expect(prepareBroadcast({ prisma: db.prisma, scope: tafel, slug: "leih-oma" })).rejects.toBeInstanceOf(OpportunityNotInScopeError);
    await expect(broadcastToVolunteers({ prisma: db.prisma, scope: tafel, opportunityId: network.leihOma.id, text: "Hallo", now })).rejects.toBeInstanceOf(OpportunityNotInScopeError);
    await expect(prepareBroadcast({ prisma: db.prisma, scope: tafel, slug: "tafel-ausgabe" })).rejects.toBeInstanceOf(NoVolunteersError);
    await expect(broadcastToVolunteers({ prisma: db.prisma, scope: mgh, opportunityId: network.leihOma.id, text: "   ", now })).rejects.toThrow();

    expect(await db.prisma.broadcast.count()).toBe(0);
    expect(await db.prisma.notification.count({ where: { kind: "broadcast-message" } })).toBe(0);
  });
});
