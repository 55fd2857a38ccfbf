import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PAUSED_BY_LOTSE, setOpportunityPausedByNetwork } from "../../../src/services/network-admin/set-opportunity-paused";
import { UnknownSlugError } from "../../../src/services/network-admin/unknown-slug";
import { recommendOpportunities } from "../../../src/services/opportunity/recommend-opportunities";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createAdminNetwork, daysAgo, NOW } from "./fixtures";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.close());

describe("setOpportunityPausedByNetwork", () => {
  it("pauses any organisation's offer as lotse, and resuming confirms it as current", async () => {
    const network = await createAdminNetwork(db.prisma);
    const resident = await network.resident();
    const recommended = async () => (await recommendOpportunities({ prisma: db.prisma, residentId: resident.id, now: NOW, offset: 0, count: 20, locale: "de" })).items.map((item) => item.opportunity.slug);
    expect(await recommended()).toContain("tafel-ausgabe");

    const paused = await setOpportunityPausedByNetwork({ prisma: db.prisma, slug: "tafel-ausgabe", paused: true, now: NOW });

    expect(paused).toMatchObject({ paused: true, changed: true, organisationName: "Saalberger Tafel e. V.", switchedOff: false });
    expect(await db.prisma.opportunity.findUniqueOrThrow({ where: { slug: "tafel-ausgabe" } })).toMatchObject({ pausedAt: NOW, pausedBy: PAUSED_BY_LOTSE });
    expect(await recommended()).not.toContain("tafel-ausgabe");
    expect(await setOpportunityPausedByNetwork({ prisma: db.prisma, slug: "tafel-ausgabe", paused: true, now: NOW })).toMatchObject({ changed: false });

    const later = new Date(NOW.getTime() + 60_000);
    const resumed = await setOpportunityPausedByNetwork({ prisma: db.prisma, slug: "tafel-ausgabe", paused: false, now: later });

    expect(resumed).toMatchObject({ paused: false, changed: true });
    expect(await db.prisma.opportunity.findUniqueOrThrow({ where: { slug: "tafel-ausgabe" } })).toMatchObject({ pausedAt: null, pausedBy: null, confirmedAt: later, freshnessAskedAt: null, staleSince: null });
    expect(await recommended()).toContain("tafel-ausgabe");
  });

  it("resumes an offer a coordinator paused, and says when it stays switched off", async () => {
    await createAdminNetwork(db.prisma);
    expect(await setOpportunityPausedByNetwork({ prisma: db.prisma, slug: "kochkurs", paused: false, now: NOW })).toMatchObject({ changed: true, switchedOff: false });

    await db.prisma.opportunity.update({ where: { slug: "alte-werkstatt" }, data: { pausedAt: daysAgo(1), pausedBy: PAUSED_BY_LOTSE } });
    expect(await setOpportunityPausedByNetwork({ prisma: db.prisma, slug: "alte-werkstatt", paused: false, now: NOW })).toMatchObject({ changed: true, switchedOff: true });
  });

  it("refuses an unknown slug with suggestions and changes nothing", async () => {
    await createAdminNetwork(db.prisma);
    await expect(setOpportunityPausedByNetwork({ prisma: db.prisma, slug: "lesepaten-x", paused: true, now: NOW })).rejects.toMatchObject({ suggestions: ["lesepaten"] });
    await expect(setOpportunityPausedByNetwork({ prisma: db.prisma, slug: "gibt-es-nicht", paused: true, now: NOW })).rejects.toBeInstanceOf(UnknownSlugError);
    expect(await db.prisma.opportunity.count({ where: { pausedAt: { not: null } } })).toBe(1);
  });
});
