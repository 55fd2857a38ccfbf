// The freshness sweep on a real database with the test's clock: an offer is asked about once
// when it has not been confirmed for 90 days, turns stale once 14 days after an unanswered
// question (then it is neither recommended nor open for signups), and "Noch aktuell" starts
// the clock again. A second connection (another process, a restart) does not repeat either.
import { beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/db/client";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { confirmOpportunity } from "../../../src/services/freshness/confirm-opportunity";
import { sweepOpportunityFreshness, type FreshnessSweepSettings } from "../../../src/services/freshness/sweep-opportunity-freshness";
import { recommendOpportunities } from "../../../src/services/opportunity/recommend-opportunities";
import { applyOpportunityPause } from "../../../src/services/opportunity/set-opportunity-pause";
import { createSignup, OpportunityUnavailableError } from "../../../src/services/signup/create-signup";
import { useTestDatabase } from "../../support/db";
import { createMiniNetwork, createResident } from "../fixtures";

const settings: FreshnessSweepSettings = { confirmAfterDays: 90, answerWithinDays: 14, timeZone: "Europe/Berlin" };
const DAY = 24 * 60 * 60 * 1000;
const CONFIRMED = new Date("2027-01-04T09:00:00Z");
const day = (n: number) => new Date(CONFIRMED.getTime() + n * DAY);
const COORDINATOR = "U0MGHKOORD";

const db = useTestDatabase();
let prisma: PrismaClient;
let network: Awaited<ReturnType<typeof createMiniNetwork>>;

beforeEach(async () => {
  prisma = db.prisma;
  network = await createMiniNetwork(prisma);
  await prisma.coordinator.create({ data: { name: "Mia", slackUserId: COORDINATOR, organisationId: network.mgh.id } });
});

const sweep = (now: Date, client: PrismaClient = prisma) => sweepOpportunityFreshness({ prisma: client, now, settings });
const notifications = (kind: string) => prisma.notification.findMany({ where: { kind }, orderBy: { id: "asc" } });

async function recommendedIds(residentId: number, now: Date): Promise<number[]> {
  const page = await recommendOpportunities({ prisma, residentId, now, offset: 0, count: 10, locale: "de" });
  return page.items.map((item) => item.opportunity.id);
}

describe("sweepOpportunityFreshness", () => {
  it("asks about an offer once, when it has not been confirmed for 90 days", async () => {
    const offer = await network.opportunity("leih-oma", { confirmedAt: CONFIRMED });

    expect(await sweep(new Date(day(90).getTime() - 60_000))).toEqual({ asked: 0, stale: 0 });
    expect(await sweep(day(90))).toEqual({ asked: 1, stale: 0 });
    expect(await sweep(day(91))).toEqual({ asked: 0, stale: 0 });

    expect((await prisma.opportunity.findUniqueOrThrow({ where: { id: offer.id } })).freshnessAskedAt).toEqual(day(90));
    const asked = await notifications("opportunity-confirm-asked");
    expect(asked).toMatchObject([{ channel: "slack", stream: `slack:opportunity:${offer.id}`, payload: JSON.stringify({ opportunityId: offer.id }) }]);
  });

  it("asks once across connections: a second process (or a restart) finds the question asked", async () => {
    // Two processes never sweep truly at once: SQLite lets one writer at a time, and the update
    // that marks the question only matches while freshnessAskedAt is empty. (Two clients in one
    // Node process cannot show the wait: better-sqlite3 waits for the lock synchronously.)
    await network.opportunity("leih-oma", { confirmedAt: CONFIRMED });
    await network.opportunity("lesepate", { confirmedAt: CONFIRMED });
    const other = createPrismaClient(db.databaseUrl);
    try {
      expect(await sweep(day(90))).toEqual({ asked: 2, stale: 0 });
      expect(await sweep(day(90), other)).toEqual({ asked: 0, stale: 0 });
      expect(await sweep(day(104), other)).toEqual({ asked: 0, stale: 2 });
      expect(await sweep(day(104))).toEqual({ asked: 0, stale: 0 });
    } finally {
      await other.$disconnect();
    }
    expect(await notifications("opportunity-confirm-asked")).toHaveLength(2);
    expect(await notifications("opportunity-stale")).toHaveLength(2);
  });

  it("leaves paused, switched-off and expired offers alone, and offers of switched-off organisations", async () => {
    await network.opportunity("pausiert", { confirmedAt: CONFIRMED, pausedAt: CONFIRMED, pausedBy: COORDINATOR });
    await network.opportunity("aus", { confirmedAt: CONFIRMED, active: false });
    await network.opportunity("vorbei", { confirmedAt: CONFIRMED, validUntil: day(60) });
    expect(await sweep(day(200))).toEqual({ asked: 0, stale: 0 });
    await network.opportunity("laeuft", { confirmedAt: CONFIRMED });
    await prisma.organisation.update({ where: { id: network.mgh.id }, data: { active: false } });
    expect(await sweep(day(200))).toEqual({ asked: 0, stale: 0 });
    expect(await prisma.notification.count()).toBe(0);
  });

  it("makes an unanswered offer stale 14 days after the question, once: not recommended, no signups, until confirmed", async () => {
    const offer = await network.opportunity("leih-oma", { confirmedAt: CONFIRMED });
    const resident = await createResident(prisma);
    expect(await recommendedIds(resident.id, day(90))).toEqual([offer.id]);
    await sweep(day(90));

    expect(await sweep(new Date(day(104).getTime() - 60_000))).toEqual({ asked: 0, stale: 0 });
    // Asked, not yet stale: still recommended.
    expect(await recommendedIds(resident.id, day(103))).toEqual([offer.id]);
    expect(await sweep(day(104))).toEqual({ asked: 0, stale: 1 });
    expect(await sweep(day(105))).toEqual({ asked: 0, stale: 0 });
    expect((await prisma.opportunity.findUniqueOrThrow({ where: { id: offer.id } })).staleSince).toEqual(day(104));
    expect(await notifications("opportunity-stale")).toMatchObject([{ channel: "slack", stream: `slack:opportunity:${offer.id}` }]);

    expect(await recommendedIds(resident.id, day(105))).toEqual([]);
    const refused = await createSignup({ prisma, residentId: resident.id, opportunityId: offer.id, message: null, now: day(105) }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OpportunityUnavailableError);
    expect((refused as OpportunityUnavailableError).reason).toBe("stale");

    // "Noch aktuell": recommended again, and the next question comes 90 days later.
    await confirmOpportunity({ prisma, opportunityId: offer.id, slackUserId: COORDINATOR, now: day(106) });
    expect(await prisma.opportunity.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({ confirmedAt: day(106), freshnessAskedAt: null, staleSince: null });
    expect(await recommendedIds(resident.id, day(106))).toEqual([offer.id]);
    expect(await sweep(day(195))).toEqual({ asked: 0, stale: 0 });
    expect(await sweep(day(196))).toEqual({ asked: 1, stale: 0 });
    expect(await notifications("opportunity-confirm-asked")).toHaveLength(2);
  });

  it("does not turn an offer stale that was confirmed or paused after the question; resuming confirms it", async () => {
    const confirmed = await network.opportunity("bestaetigt", { confirmedAt: CONFIRMED });
    const paused = await network.opportunity("pausiert", { confirmedAt: CONFIRMED });
    await sweep(day(90));
    await confirmOpportunity({ prisma, opportunityId: confirmed.id, slackUserId: COORDINATOR, now: day(95) });
    await applyOpportunityPause(prisma, { id: paused.id, pausedAt: null }, { paused: true, by: COORDINATOR, now: day(95) });
    expect(await sweep(day(120))).toEqual({ asked: 0, stale: 0 });

    // Resumed weeks later: the resume confirms, so the old question does not make it stale.
    const current = await prisma.opportunity.findUniqueOrThrow({ where: { id: paused.id } });
    await applyOpportunityPause(prisma, current, { paused: false, by: COORDINATOR, now: day(130) });
    expect(await prisma.opportunity.findUniqueOrThrow({ where: { id: paused.id } })).toMatchObject({ confirmedAt: day(130), freshnessAskedAt: null, staleSince: null });
    expect(await sweep(day(131))).toEqual({ asked: 0, stale: 0 });
    expect(await notifications("opportunity-stale")).toHaveLength(0);
  });
});
