import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findCoordinatorScope } from "../../../src/services/coordinator/find-coordinator-scope";
import { OpportunityNotFoundError, OpportunityNotInScopeError } from "../../../src/services/coordinator/find-scoped-opportunity";
import { setOpportunityPaused } from "../../../src/services/coordinator/set-opportunity-paused";
import { getOpportunityDetails } from "../../../src/services/opportunity/get-opportunity-details";
import { recommendOpportunities } from "../../../src/services/opportunity/recommend-opportunities";
import { createSignup, OpportunityUnavailableError } from "../../../src/services/signup/create-signup";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createCoordinatorNetwork, MGH_COORDINATOR, NETWORK_MANAGER, TAFEL_COORDINATOR } from "./fixtures";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.close());

const now = new Date("2026-11-23T11:00:00Z");

async function recommendedSlugs(residentId: number): Promise<string[]> {
  const page = await recommendOpportunities({ prisma: db.prisma, residentId, now, offset: 0, count: 10, locale: "de" });
  return page.items.map((item) => item.opportunity.slug).sort();
}

describe("setOpportunityPaused", () => {
  it("pauses an offer: not recommended, not available in the details, signups refused; aktivieren restores it", async () => {
    const network = await createCoordinatorNetwork(db.prisma);
    const resident = await network.resident();
    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: MGH_COORDINATOR });
    expect(await recommendedSlugs(resident.id)).toContain("leih-oma");

    const paused = await setOpportunityPaused({ prisma: db.prisma, scope, slug: "leih-oma", paused: true, now });

    expect(paused).toMatchObject({ slug: "leih-oma", paused: true, changed: true });
    expect(await db.prisma.opportunity.findUniqueOrThrow({ where: { id: network.leihOma.id } })).toMatchObject({ pausedAt: now, pausedBy: MGH_COORDINATOR, active: true });
    expect(await recommendedSlugs(resident.id)).not.toContain("leih-oma");
    expect((await getOpportunityDetails({ prisma: db.prisma, opportunityId: network.leihOma.id, residentId: resident.id, now, locale: "de" }))?.isAvailable).toBe(false);
    const refused = await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: network.leihOma.id, message: null, now }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OpportunityUnavailableError);
    expect((refused as OpportunityUnavailableError).reason).toBe("paused");

    const resumed = await setOpportunityPaused({ prisma: db.prisma, scope, slug: "leih-oma", paused: false, now });

    expect(resumed).toMatchObject({ paused: false, changed: true });
    expect(await db.prisma.opportunity.findUniqueOrThrow({ where: { id: network.leihOma.id } })).toMatchObject({ pausedAt: null, pausedBy: null });
    expect(await recommendedSlugs(resident.id)).toContain("leih-oma");
    await expect(createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: network.leihOma.id, message: null, now })).resolves.toMatchObject({ status: "new" });
  });

  it("keeps the first pause when paused twice", async () => {
    const network = await createCoordinatorNetwork(db.prisma);
    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: MGH_COORDINATOR });
    await setOpportunityPaused({ prisma: db.prisma, scope, slug: "leih-oma", paused: true, now });

    const again = await setOpportunityPaused({ prisma: db.prisma, scope, slug: "leih-oma", paused: true, now: new Date(now.getTime() + 60_000) });

    expect(again.changed).toBe(false);
    expect((await db.prisma.opportunity.findUniqueOrThrow({ where: { id: network.leihOma.id } })).pausedAt).toEqual(now);
  });

  it("refuses another organisation's offer and leaves it as it is; the network manager may pause any", async () => {
    const network = await createCoordinatorNetwork(db.prisma);
    const tafel = await findCoordinatorScope({ prisma: db.prisma, slackUserId: TAFEL_COORDINATOR });

    const refused = setOpportunityPaused({ prisma: db.prisma, scope: tafel, slug: "leih-oma", paused: true, now });

    await expect(refused).rejects.toBeInstanceOf(OpportunityNotInScopeError);
    await expect(refused).rejects.toMatchObject({ organisationName: "Mehrgenerationenhaus Altstadt" });
    expect((await db.prisma.opportunity.findUniqueOrThrow({ where: { id: network.leihOma.id } })).pausedAt).toBeNull();

    const manager = await findCoordinatorScope({ prisma: db.prisma, slackUserId: NETWORK_MANAGER });
    await expect(setOpportunityPaused({ prisma: db.prisma, scope: manager, slug: "leih-oma", paused: true, now })).resolves.toMatchObject({ changed: true });
  });

  it("names an unknown slug", async () => {
    await createCoordinatorNetwork(db.prisma);
    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: MGH_COORDINATOR });
    await expect(setOpportunityPaused({ prisma: db.prisma, scope, slug: "gibt-es-nicht", paused: true, now })).rejects.toBeInstanceOf(OpportunityNotFoundError);
  });
});
