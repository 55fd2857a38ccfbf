// The change log behind the in-memory offer index (src/services/opportunity/offer-index.ts):
// after all migrations, every trigger it relies on exists. A migration that redefines a watched
// table (Prisma's "RedefineTables": DROP TABLE + RENAME) drops that table's triggers with it;
// copy their CREATE TRIGGER statements from prisma/migrations/*_offer_change_log into it.
import { describe, expect, it } from "vitest";
import { OFFER_CHANGE_TRIGGERS } from "../../src/services/opportunity/offer-index";
import { useTestDatabase } from "../support/db";

const db = useTestDatabase();

describe("OfferChange triggers", () => {
  it("all exist after the migrations", async () => {
    const rows = await db.prisma.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'trigger'");
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining([...OFFER_CHANGE_TRIGGERS]));
  });

  it("log writes to offers, their interests, signups and districts, and keep the newest 10,000 rows", async () => {
    const { prisma } = db;
    await prisma.interest.create({ data: { key: "kinder" } });
    const district = await prisma.district.create({ data: { slug: "nord", name: "Nord" } });
    const organisation = await prisma.organisation.create({ data: { slug: "verein", name: "Verein", description: "–", address: "–" } });
    const offer = await prisma.opportunity.create({
      data: { slug: "a", organisationId: organisation.id, title: "a", summary: "a", description: "a", locationKind: "citywide", hoursPerWeek: 1, frequency: "regular" },
    });
    await prisma.opportunity.update({ where: { id: offer.id }, data: { interests: { connect: [{ key: "kinder" }] } } });
    const resident = await prisma.resident.create({ data: { channel: "telegram", channelUserId: "1" } });
    await prisma.signup.create({ data: { residentId: resident.id, opportunityId: offer.id } });
    await prisma.signup.updateMany({ data: { message: "Hallo" } }); // not the status: no row
    await prisma.organisation.update({ where: { id: organisation.id }, data: { name: "Verein e. V." } }); // not `active`: no row
    await prisma.organisation.update({ where: { id: organisation.id }, data: { active: false } });
    const log = await prisma.offerChange.findMany({ orderBy: { seq: "asc" } });
    // district insert (everything), offer insert, interest link (Prisma writes no UPDATE of the offer
    // for a relation alone: hence the trigger on the link table), signup, organisation switched off
    expect(log.map((row) => row.opportunityId)).toEqual([null, offer.id, offer.id, offer.id, null]);
    expect(district.id).toBeGreaterThan(0);

    await prisma.$executeRawUnsafe(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10050) INSERT INTO "OfferChange" ("opportunityId") SELECT 1 FROM n`);
    const kept = await prisma.offerChange.aggregate({ _count: { _all: true }, _min: { seq: true }, _max: { seq: true } });
    expect(kept._count._all).toBe(10_000);
    expect(kept._max.seq! - kept._min.seq!).toBe(9_999);
  });
});
