// Who may answer "is this offer still current?": the organisation's coordinators and the network
// managers. Anybody else is refused with the coordinators' tools' errors and nothing changes.
import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { NotACoordinatorError } from "../../../src/services/coordinator/find-coordinator-scope";
import { OpportunityNotInScopeError } from "../../../src/services/coordinator/find-scoped-opportunity";
import { confirmOpportunity } from "../../../src/services/freshness/confirm-opportunity";
import { FreshnessOpportunityNotFoundError } from "../../../src/services/freshness/freshness-access";
import { pauseAskedOpportunity } from "../../../src/services/freshness/pause-asked-opportunity";
import { useTestDatabase } from "../../support/db";
import { createMiniNetwork } from "../fixtures";

const CONFIRMED = new Date("2027-01-04T09:00:00Z");
const ASKED = new Date("2027-04-04T09:00:00Z");
const STALE = new Date("2027-04-18T09:00:00Z");
const NOW = new Date("2027-04-20T10:00:00Z");
const OWN = "U0MGHKOORD";
const OTHER = "U0TAFELKRD";
const NETWORK = "U0NETZWERK";

const db = useTestDatabase();
let prisma: PrismaClient;
let offerId: number;

beforeEach(async () => {
  prisma = db.prisma;
  const network = await createMiniNetwork(prisma);
  const tafel = await prisma.organisation.create({ data: { slug: "tafel", name: "Tafel Nord", description: "Tafel", address: "Weg 2" } });
  await prisma.coordinator.createMany({
    data: [
      { name: "Mia", slackUserId: OWN, organisationId: network.mgh.id },
      { name: "Tom", slackUserId: OTHER, organisationId: tafel.id },
      { name: "Netz", slackUserId: NETWORK, organisationId: null },
    ],
  });
  offerId = (await network.opportunity("leih-oma", { confirmedAt: CONFIRMED, freshnessAskedAt: ASKED, staleSince: STALE })).id;
});

const freshness = async () => prisma.opportunity.findUniqueOrThrow({ where: { id: offerId }, select: { confirmedAt: true, freshnessAskedAt: true, staleSince: true, pausedAt: true, pausedBy: true } });

describe("answering the freshness question", () => {
  it("confirms for the organisation's coordinator: the clock starts again and a stale offer is no longer stale", async () => {
    expect(await confirmOpportunity({ prisma, opportunityId: offerId, slackUserId: OWN, now: NOW })).toMatchObject({ opportunityId: offerId, slug: "leih-oma", organisationName: "Mehrgenerationenhaus Altstadt" });
    expect(await freshness()).toEqual({ confirmedAt: NOW, freshnessAskedAt: null, staleSince: null, pausedAt: null, pausedBy: null });
  });

  it("confirms for a network manager", async () => {
    await confirmOpportunity({ prisma, opportunityId: offerId, slackUserId: NETWORK, now: NOW });
    expect((await freshness()).confirmedAt).toEqual(NOW);
  });

  it("refuses another organisation's coordinator and an unknown Slack user, and changes nothing", async () => {
    const before = await freshness();
    await expect(confirmOpportunity({ prisma, opportunityId: offerId, slackUserId: OTHER, now: NOW })).rejects.toBeInstanceOf(OpportunityNotInScopeError);
    await expect(pauseAskedOpportunity({ prisma, opportunityId: offerId, slackUserId: OTHER, now: NOW })).rejects.toBeInstanceOf(OpportunityNotInScopeError);
    await expect(confirmOpportunity({ prisma, opportunityId: offerId, slackUserId: "U0UNBEKANNT", now: NOW })).rejects.toBeInstanceOf(NotACoordinatorError);
    await expect(pauseAskedOpportunity({ prisma, opportunityId: offerId, slackUserId: "U0UNBEKANNT", now: NOW })).rejects.toBeInstanceOf(NotACoordinatorError);
    await expect(confirmOpportunity({ prisma, opportunityId: offerId + 1000, slackUserId: OWN, now: NOW })).rejects.toBeInstanceOf(FreshnessOpportunityNotFoundError);
    expect(await freshness()).toEqual(before);
  });

  it("pauses with the rule of /lotse angebot pausieren: the first pause is kept", async () => {
    expect(await pauseAskedOpportunity({ prisma, opportunityId: offerId, slackUserId: OWN, now: NOW })).toMatchObject({ changed: true });
    expect(await freshness()).toMatchObject({ pausedAt: NOW, pausedBy: OWN });
    expect(await pauseAskedOpportunity({ prisma, opportunityId: offerId, slackUserId: NETWORK, now: new Date(NOW.getTime() + 60_000) })).toMatchObject({ changed: false });
    expect(await freshness()).toMatchObject({ pausedAt: NOW, pausedBy: OWN });
  });
});
