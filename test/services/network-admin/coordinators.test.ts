// lotse coordinator add | list | remove, as services.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addCoordinator } from "../../../src/services/network-admin/add-coordinator";
import { CoordinatorInputError } from "../../../src/services/network-admin/coordinator-input";
import { listCoordinators } from "../../../src/services/network-admin/list-coordinators";
import { CoordinatorNotFoundError, removeCoordinator } from "../../../src/services/network-admin/remove-coordinator";
import { UnknownSlugError } from "../../../src/services/network-admin/unknown-slug";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createCoordinatorNetwork } from "../coordinator/fixtures";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
  await createCoordinatorNetwork(db.prisma);
});
afterEach(() => db.close());

describe("addCoordinator", () => {
  it("adds a coordinator of an organisation, or a network manager without one", async () => {
    expect(await addCoordinator({ prisma: db.prisma, slackUserId: "U0NEU0001", name: " Jana Berger ", organisationSlug: "tafel" })).toEqual({
      outcome: "created",
      coordinator: { name: "Jana Berger", slackUserId: "U0NEU0001", organisation: { slug: "tafel", name: "Saalberger Tafel e. V." } },
    });
    expect(await addCoordinator({ prisma: db.prisma, slackUserId: "W0GRID001", name: "Tom" })).toMatchObject({ outcome: "created", coordinator: { organisation: null } });
    expect(await db.prisma.coordinator.findUniqueOrThrow({ where: { slackUserId: "W0GRID001" } })).toMatchObject({ organisationId: null });
  });

  it("updates name and organisation of an id that exists, and says what it was", async () => {
    const result = await addCoordinator({ prisma: db.prisma, slackUserId: "U0MGHKOORD", name: "Sabine Krause" });

    expect(result).toEqual({
      outcome: "updated",
      before: { name: "Sabine", slackUserId: "U0MGHKOORD", organisation: { slug: "mgh", name: "Mehrgenerationenhaus Altstadt" } },
      coordinator: { name: "Sabine Krause", slackUserId: "U0MGHKOORD", organisation: null },
    });
    expect(await addCoordinator({ prisma: db.prisma, slackUserId: "U0MGHKOORD", name: "Sabine Krause" })).toMatchObject({ outcome: "unchanged" });
    expect(await db.prisma.coordinator.count()).toBe(3);
  });

  it("refuses malformed ids and names, and unknown organisations with a suggestion, writing nothing", async () => {
    for (const slackUserId of ["u0abc123", "C0TAFEL", "<@U0ABC>", "Sabine"]) {
      await expect(addCoordinator({ prisma: db.prisma, slackUserId, name: "X" })).rejects.toMatchObject({ field: "slackUserId" });
    }
    await expect(addCoordinator({ prisma: db.prisma, slackUserId: "U0NEU0001", name: "   " })).rejects.toBeInstanceOf(CoordinatorInputError);
    const unknown = await addCoordinator({ prisma: db.prisma, slackUserId: "U0NEU0001", name: "Jana", organisationSlug: "tafle" }).catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(UnknownSlugError);
    expect(unknown).toMatchObject({ suggestions: ["tafel"] });
    expect(await db.prisma.coordinator.count()).toBe(3);
  });
});

describe("listCoordinators and removeCoordinator", () => {
  it("lists network managers first, then by organisation; removes by id", async () => {
    expect((await listCoordinators({ prisma: db.prisma })).map((entry) => entry.name)).toEqual(["Katrin", "Sabine", "Renate"]);

    expect(await removeCoordinator({ prisma: db.prisma, slackUserId: "U0TAFELKOORD" })).toMatchObject({ name: "Renate", organisation: { slug: "tafel" } });

    expect((await listCoordinators({ prisma: db.prisma })).map((entry) => entry.slackUserId)).toEqual(["U0NETZWERK", "U0MGHKOORD"]);
    await expect(removeCoordinator({ prisma: db.prisma, slackUserId: "U0TAFELKOORD" })).rejects.toBeInstanceOf(CoordinatorNotFoundError);
    await expect(removeCoordinator({ prisma: db.prisma, slackUserId: "tafel" })).rejects.toBeInstanceOf(CoordinatorInputError);
  });
});
