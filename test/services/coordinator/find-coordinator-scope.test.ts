import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findCoordinatorScope, NotACoordinatorError, scopeOrganisationIds } from "../../../src/services/coordinator/find-coordinator-scope";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createCoordinatorNetwork, MGH_COORDINATOR, NETWORK_MANAGER, STRANGER } from "./fixtures";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.close());

describe("findCoordinatorScope", () => {
  it("gives an organisation's coordinator that organisation only", async () => {
    const network = await createCoordinatorNetwork(db.prisma);
    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: MGH_COORDINATOR });
    expect(scope).toMatchObject({ slackUserId: MGH_COORDINATOR, network: false });
    expect(scopeOrganisationIds(scope)).toEqual([network.mgh.id]);
  });

  it("gives the network manager every organisation", async () => {
    const network = await createCoordinatorNetwork(db.prisma);
    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: NETWORK_MANAGER });
    expect(scope.network).toBe(true);
    expect(scopeOrganisationIds(scope).sort()).toEqual([network.mgh.id, network.tafel.id].sort());
  });

  it("refuses a Slack user who is not registered", async () => {
    await createCoordinatorNetwork(db.prisma);
    await expect(findCoordinatorScope({ prisma: db.prisma, slackUserId: STRANGER })).rejects.toBeInstanceOf(NotACoordinatorError);
  });
});
