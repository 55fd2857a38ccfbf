import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findCoordinatorScope } from "../../../src/services/coordinator/find-coordinator-scope";
import { median, signupStatistics } from "../../../src/services/coordinator/signup-statistics";
import { recordRecommendationsShown } from "../../../src/services/opportunity/record-recommendations-shown";
import { withdrawSignup } from "../../../src/services/signup/withdraw-signup";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createCoordinatorNetwork, MGH_COORDINATOR, NETWORK_MANAGER, TAFEL_COORDINATOR } from "./fixtures";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.close());

const now = new Date("2026-11-23T11:00:00Z");
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
const after = (start: Date, ms: number) => new Date(start.getTime() + ms);

/** Known data: five MGH signups in the window (one outside), one of the Tafel; answers after 2 h, 6 h, 4 h (MGH) and 1 h (Tafel). */
async function knownData() {
  const network = await createCoordinatorNetwork(db.prisma);
  const s1 = await network.signup(network.leihOma.id, {
    at: daysAgo(10),
    steps: [
      { status: "contacted", at: after(daysAgo(10), 2 * HOUR) },
      { status: "accepted", at: after(daysAgo(10), DAY) },
    ],
  });
  await network.signup(network.lesepaten.id, { at: daysAgo(5), steps: [{ status: "contacted", at: after(daysAgo(5), 6 * HOUR) }] });
  const s3 = await network.signup(network.leihOma.id, { at: daysAgo(3), steps: [{ status: "accepted", at: after(daysAgo(3), 4 * HOUR) }] });
  await network.signup(network.lesepaten.id, { at: daysAgo(2) });
  // Outside the 30 days: neither counted nor in the median.
  await network.signup(network.leihOma.id, { at: daysAgo(40), steps: [{ status: "contacted", at: after(daysAgo(40), HOUR / 2) }] });
  // Withdrawn by the resident: a status event, but no coordinator's answer.
  const s6 = await network.signup(network.lesepaten.id, { at: daysAgo(1) });
  await withdrawSignup({ prisma: db.prisma, residentId: s6.residentId, signupId: s6.signupId, now: after(daysAgo(1), HOUR) });
  const s7 = await network.signup(network.ausgabe.id, { at: daysAgo(4), steps: [{ status: "contacted", at: after(daysAgo(4), HOUR) }] });

  // Residents who never finished or finished long ago are not counted.
  await network.resident({ profileCompleteAt: null });
  await network.resident({ profileCompleteAt: daysAgo(40) });

  await recordRecommendationsShown({ prisma: db.prisma, opportunityIds: [network.leihOma.id, network.lesepaten.id, network.ausgabe.id], now: daysAgo(1) });
  await recordRecommendationsShown({ prisma: db.prisma, opportunityIds: [network.leihOma.id], now: daysAgo(31) });

  // No service asks check-ins yet in this test's reach: rows as the check-in job leaves them.
  await db.prisma.checkIn.createMany({
    data: [
      { signupId: s1.signupId, kind: "two-weeks", askedAt: daysAgo(3), answer: "started", answeredAt: daysAgo(2) },
      { signupId: s3.signupId, kind: "two-weeks", askedAt: daysAgo(1) },
      { signupId: s7.signupId, kind: "three-months", askedAt: daysAgo(1), answer: "stopped", answeredAt: daysAgo(1) },
    ],
  });
  return network;
}

describe("signupStatistics", () => {
  it("gives an organisation's coordinator the figures of their organisation, the residents network-wide", async () => {
    const network = await knownData();
    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: MGH_COORDINATOR });

    const stats = await signupStatistics({ prisma: db.prisma, scope, now });

    expect(stats).toMatchObject({ days: 30, network: false, residentsOnboarded: 7, from: daysAgo(30), to: now });
    expect(stats.organisations).toHaveLength(1);
    const mgh = stats.organisations[0]!;
    expect(mgh).toMatchObject({
      organisationId: network.mgh.id,
      recommendationsShown: 2,
      signupsTotal: 5,
      signups: { new: 1, contacted: 1, accepted: 2, declined: 0, withdrawn: 1 },
      firstAnswer: { medianMs: 4 * HOUR, answered: 3, unanswered: 2 },
      checkIns: { "two-weeks": { answers: { started: 1, "not-yet": 0, failed: 0 }, unanswered: 1 }, "three-months": { answers: { "still-in": 0, stopped: 0 }, unanswered: 0 } },
    });
    expect(stats.total).toMatchObject({ signupsTotal: 5, recommendationsShown: 2 });
  });

  it("gives the other organisation's coordinator only theirs", async () => {
    await knownData();
    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: TAFEL_COORDINATOR });

    const stats = await signupStatistics({ prisma: db.prisma, scope, now });

    expect(stats.organisations.map((organisation) => organisation.name)).toEqual(["Saalberger Tafel e. V."]);
    expect(stats.organisations[0]).toMatchObject({
      recommendationsShown: 1,
      signupsTotal: 1,
      signups: { contacted: 1 },
      firstAnswer: { medianMs: HOUR, answered: 1, unanswered: 0 },
      checkIns: { "three-months": { answers: { stopped: 1 }, unanswered: 0 } },
    });
  });

  it("gives the network manager every organisation and the total, with the median over all", async () => {
    await knownData();
    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: NETWORK_MANAGER });

    const stats = await signupStatistics({ prisma: db.prisma, scope, now });

    expect(stats.network).toBe(true);
    expect(stats.organisations.map((organisation) => organisation.signupsTotal)).toEqual([5, 1]);
    // 1 h, 2 h, 4 h, 6 h: the mean of the middle two.
    expect(stats.total).toMatchObject({ signupsTotal: 6, recommendationsShown: 3, firstAnswer: { medianMs: 3 * HOUR, answered: 4, unanswered: 2 } });
  });

  it("takes a shorter window", async () => {
    await knownData();
    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: MGH_COORDINATOR });

    const stats = await signupStatistics({ prisma: db.prisma, scope, now, days: 4 });

    expect(stats.organisations[0]).toMatchObject({ signupsTotal: 3, firstAnswer: { medianMs: 4 * HOUR, answered: 1, unanswered: 2 } });
  });

  it("refuses a window outside 1 to 365 days", async () => {
    await knownData();
    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: MGH_COORDINATOR });
    await expect(signupStatistics({ prisma: db.prisma, scope, now, days: 0 })).rejects.toThrow();
    await expect(signupStatistics({ prisma: db.prisma, scope, now, days: 366 })).rejects.toThrow();
  });
});

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
