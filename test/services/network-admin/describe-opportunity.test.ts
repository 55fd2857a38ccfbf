import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeOpportunity } from "../../../src/services/network-admin/describe-opportunity";
import { UnknownSlugError } from "../../../src/services/network-admin/unknown-slug";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createAdminNetwork, daysAgo, NOW } from "./fixtures";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.close());

describe("describeOpportunity", () => {
  it("tells everything about one offer, with signups as counts per status and no resident", async () => {
    const network = await createAdminNetwork(db.prisma);
    await db.prisma.opportunityTranslation.create({ data: { opportunityId: network.leihOma.id, locale: "en", title: "Borrowed granny", summary: "Time with a child" } });
    await db.prisma.opportunity.update({ where: { id: network.leihOma.id }, data: { capacity: 3, languagesHelpful: JSON.stringify(["en"]), requirements: JSON.stringify(["fuehrungszeugnis"]) } });
    await network.signup(network.leihOma.id, { at: daysAgo(5), firstName: "Amira", steps: [{ status: "accepted", at: daysAgo(4) }] });
    await network.signup(network.leihOma.id, { at: daysAgo(2), firstName: "Jonas" });

    const offer = await describeOpportunity({ prisma: db.prisma, slug: "leih-oma", now: NOW });

    expect(offer).toMatchObject({
      slug: "leih-oma",
      title: "Leih-Oma gesucht",
      status: "active",
      freshness: "fresh",
      interests: ["kinder"],
      schedule: ["sat-morning"],
      locationKind: "district",
      district: { slug: "altstadt", name: "Altstadt" },
      languagesHelpful: ["en"],
      requirements: ["fuehrungszeugnis"],
      capacity: 3,
      openSignups: 2,
      signups: { new: 1, contacted: 0, accepted: 1, declined: 0, withdrawn: 0 },
      organisation: { slug: "mgh", slackChannel: "C0MGH", coordinators: [{ name: "Sabine", slackUserId: "U0MGHKOORD" }] },
    });
    expect(offer.translations.present).toEqual(["en"]);
    expect(offer.translations.missing).toContain("uk");
    expect(offer.translations.missing).not.toContain("de");
    const text = JSON.stringify(offer);
    for (const personal of ["Amira", "Jonas", "Ich freue mich"]) expect(text).not.toContain(personal);
  });

  it("says when an asked offer turns stale, and since when a stale one is", async () => {
    await createAdminNetwork(db.prisma);

    expect(await describeOpportunity({ prisma: db.prisma, slug: "repair-cafe", now: NOW })).toMatchObject({ freshness: "asked", freshnessAskedAt: daysAgo(2), staleAt: daysAgo(2 - 14) });
    expect(await describeOpportunity({ prisma: db.prisma, slug: "spielenachmittag", now: NOW })).toMatchObject({ status: "stale", freshness: "stale", staleSince: daysAgo(6), staleAt: null });
    expect(await describeOpportunity({ prisma: db.prisma, slug: "kochkurs", now: NOW })).toMatchObject({ status: "paused", pausedAt: daysAgo(3), pausedBy: "U0MGHKOORD" });
  });

  it("suggests near slugs for one that does not exist", async () => {
    await createAdminNetwork(db.prisma);

    const error = await describeOpportunity({ prisma: db.prisma, slug: "leih-oam", now: NOW }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UnknownSlugError);
    expect(error).toMatchObject({ kind: "opportunity", suggestions: ["leih-oma"] });
  });
});
