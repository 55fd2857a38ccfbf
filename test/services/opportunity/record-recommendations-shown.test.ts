import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordRecommendationsShown } from "../../../src/services/opportunity/record-recommendations-shown";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createMiniNetwork } from "../fixtures";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.close());

const now = new Date("2026-11-23T11:00:00Z");

describe("recordRecommendationsShown", () => {
  it("writes one row per offer shown, with the time and without the resident", async () => {
    const { opportunity } = await createMiniNetwork(db.prisma);
    const a = await opportunity("a");
    const b = await opportunity("b");

    expect(await recordRecommendationsShown({ prisma: db.prisma, opportunityIds: [a.id, b.id, a.id], now })).toBe(3);
    expect(await recordRecommendationsShown({ prisma: db.prisma, opportunityIds: [], now })).toBe(0);

    const rows = await db.prisma.recommendationShown.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.opportunityId, row.shownAt])).toEqual([
      [a.id, now],
      [b.id, now],
      [a.id, now],
    ]);
  });
});
