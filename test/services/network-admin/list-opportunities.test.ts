import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listOpportunities, type ListOpportunitiesOptions } from "../../../src/services/network-admin/list-opportunities";
import { UnknownSlugError } from "../../../src/services/network-admin/unknown-slug";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createAdminNetwork, daysAgo, NOW } from "./fixtures";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
  await createAdminNetwork(db.prisma);
});
afterEach(() => db.close());

async function slugs(options: Partial<ListOpportunitiesOptions> = {}) {
  const list = await listOpportunities({ prisma: db.prisma, now: NOW, ...options });
  return list.rows.map((row) => row.slug).sort();
}

describe("listOpportunities", () => {
  it("shows the running offers by default, with status, freshness and places, and counts what it left out", async () => {
    const list = await listOpportunities({ prisma: db.prisma, now: NOW });

    expect(list.rows.map((row) => row.slug).sort()).toEqual(["gartenhilfe", "leih-oma", "lesepaten", "repair-cafe", "spielenachmittag", "tafel-ausgabe", "vorlesen-klein"]);
    expect(list.leftOut).toEqual({ expired: 1, switchedOff: 2 });
    const bySlug = new Map(list.rows.map((row) => [row.slug, row]));
    expect(bySlug.get("leih-oma")).toMatchObject({ status: "active", freshness: "fresh", openSignups: 0, capacity: null, organisation: { slug: "mgh" } });
    expect(bySlug.get("vorlesen-klein")).toMatchObject({ status: "full", openSignups: 1, capacity: 1 });
    expect(bySlug.get("gartenhilfe")).toMatchObject({ status: "active", freshness: "due" });
    expect(bySlug.get("repair-cafe")).toMatchObject({ status: "active", freshness: "asked" });
    expect(bySlug.get("spielenachmittag")).toMatchObject({ status: "stale", freshness: "stale", confirmedAt: daysAgo(120) });
  });

  it("adds switched-off and paused offers with --inactive", async () => {
    const list = await listOpportunities({ prisma: db.prisma, now: NOW, includeInactive: true });
    const statuses = Object.fromEntries(list.rows.map((row) => [row.slug, row.status]));
    expect(statuses).toMatchObject({ kochkurs: "paused", "alte-werkstatt": "inactive" });
    expect(statuses).not.toHaveProperty("sommerfest-2026");
    expect(list.leftOut).toEqual({ expired: 1, switchedOff: 0 });
  });

  it("selects the expired, the ones needing confirmation, or both", async () => {
    expect(await slugs({ expired: true })).toEqual(["sommerfest-2026"]);
    expect(await slugs({ unconfirmed: true })).toEqual(["gartenhilfe", "repair-cafe", "spielenachmittag"]);
    expect(await slugs({ expired: true, unconfirmed: true })).toEqual(["gartenhilfe", "repair-cafe", "sommerfest-2026", "spielenachmittag"]);
  });

  it("takes the confirmation period from the settings", async () => {
    // Confirmed 10 days ago is due after 7 days; only switched-off offers stay out.
    expect(await slugs({ unconfirmed: true, freshness: { confirmAfterDays: 7, answerWithinDays: 14 } })).toEqual([
      "gartenhilfe",
      "leih-oma",
      "lesepaten",
      "repair-cafe",
      "sommerfest-2026",
      "spielenachmittag",
      "tafel-ausgabe",
      "vorlesen-klein",
    ]);
  });

  it("limits the list to one organisation, and suggests a slug for an unknown one", async () => {
    expect(await slugs({ organisationSlug: "tafel" })).toEqual(["tafel-ausgabe"]);

    const error = await listOpportunities({ prisma: db.prisma, now: NOW, organisationSlug: "tafl" }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UnknownSlugError);
    expect(error).toMatchObject({ kind: "organisation", slug: "tafl", suggestions: ["tafel"], existing: ["mgh", "tafel"] });
  });

  it("counts a day of validity in the city's time zone", async () => {
    // The last day is 31 August: in Berlin it is over at 22:00 UTC.
    const lastEvening = new Date("2026-08-31T21:30:00Z");
    expect(await listOpportunities({ prisma: db.prisma, now: lastEvening, expired: true })).toMatchObject({ rows: [] });
    expect((await listOpportunities({ prisma: db.prisma, now: new Date("2026-08-31T22:30:00Z"), expired: true })).rows.map((row) => row.slug)).toEqual(["sommerfest-2026"]);
  });
});
