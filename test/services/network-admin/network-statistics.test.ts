// `lotse stats`: the funnel of the whole network per organisation, per district and in total,
// computed by the coordinators' statistics (signupStatistics with since and byDistrict).
import { describe, expect, it } from "vitest";
import { answerCheckIn } from "../../../src/services/check-in/answer-check-in";
import { networkStatistics } from "../../../src/services/network-admin/network-statistics";
import { recordRecommendationsShown } from "../../../src/services/opportunity/record-recommendations-shown";
import { withdrawSignup } from "../../../src/services/signup/withdraw-signup";
import { useTestDatabase } from "../../support/db";
import { createCoordinatorNetwork } from "../coordinator/fixtures";

const db = useTestDatabase();

const now = new Date("2026-11-23T11:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

async function knownData() {
  const network = await createCoordinatorNetwork(db.prisma);
  const online = await network.opportunity("online-nachhilfe", { organisationId: network.tafel.id, locationKind: "remote", districtId: null });
  // Residents: the signups' residents chose "any" (citywide); two more finished their profile, one in Nord.
  await network.resident({ districtChoice: "district", districtId: network.nord.id, profileCompleteAt: daysAgo(3) });
  await network.resident({ profileCompleteAt: daysAgo(200) });

  // Accepted, started and still in after three months; signed up long ago, but after --since.
  const s1 = await network.signup(network.leihOma.id, { at: daysAgo(100), steps: [{ status: "contacted", at: daysAgo(99) }, { status: "accepted", at: daysAgo(98) }] });
  // Accepted straight away, then declined: it reached "accepted" (and so contact) all the same.
  await network.signup(network.lesepaten.id, { at: daysAgo(20), steps: [{ status: "accepted", at: daysAgo(19) }, { status: "declined", at: daysAgo(10) }] });
  // Contacted, then withdrawn by the resident.
  const s3 = await network.signup(network.ausgabe.id, { at: daysAgo(15), steps: [{ status: "contacted", at: daysAgo(14) }] });
  await withdrawSignup({ prisma: db.prisma, residentId: s3.residentId, signupId: s3.signupId, now: daysAgo(13) });
  // New, remote offer.
  await network.signup(online.id, { at: daysAgo(2) });
  // Before --since: not counted.
  await network.signup(network.leihOma.id, { at: daysAgo(150), steps: [{ status: "accepted", at: daysAgo(149) }] });

  const twoWeeks = await db.prisma.checkIn.create({ data: { signupId: s1.signupId, kind: "two-weeks", askedAt: daysAgo(84) } });
  const threeMonths = await db.prisma.checkIn.create({ data: { signupId: s1.signupId, kind: "three-months", askedAt: daysAgo(5) } });
  await answerCheckIn({ prisma: db.prisma, residentId: s1.residentId, checkInId: twoWeeks.id, answer: "started", now: daysAgo(83) });
  await answerCheckIn({ prisma: db.prisma, residentId: s1.residentId, checkInId: threeMonths.id, answer: "still-in", now: daysAgo(4) });

  await recordRecommendationsShown({ prisma: db.prisma, opportunityIds: [network.leihOma.id, network.ausgabe.id, online.id], now: daysAgo(50) });
  await recordRecommendationsShown({ prisma: db.prisma, opportunityIds: [network.leihOma.id], now: daysAgo(130) });
  return network;
}

describe("networkStatistics", () => {
  it("follows the signups since the day through contact, acceptance and the check-ins, per organisation and in total", async () => {
    await knownData();

    const stats = await networkStatistics({ prisma: db.prisma, since: daysAgo(120), now });

    expect(stats).toMatchObject({ network: true, from: daysAgo(120), days: 120 });
    // The five signups' residents ("any", profile finished on 1 November) and the one from Nord;
    // the one from 200 days ago is out.
    expect(stats.residentsOnboarded).toBe(6);
    expect(stats.total).toMatchObject({ recommendationsShown: 3, funnel: { signedUp: 4, contacted: 3, accepted: 2, started: 1, stillActive: 1 } });
    expect(stats.organisations.map((organisation) => [organisation.name, organisation.funnel])).toEqual([
      ["Mehrgenerationenhaus Altstadt", { signedUp: 2, contacted: 2, accepted: 2, started: 1, stillActive: 1 }],
      ["Saalberger Tafel e. V.", { signedUp: 2, contacted: 1, accepted: 0, started: 0, stillActive: 0 }],
    ]);
  });

  it("gives the figures per district: offers by where they take place, residents by their choice", async () => {
    await knownData();

    const { districts } = await networkStatistics({ prisma: db.prisma, since: daysAgo(120), now });

    const byName = Object.fromEntries(districts.map((row) => [row.place.kind === "district" ? row.place.name : row.place.kind, row]));
    expect(Object.keys(byName)).toEqual(["Altstadt", "Nord", "citywide", "remote"]);
    expect(byName.Altstadt).toMatchObject({ residentsOnboarded: 0, recommendationsShown: 2, funnel: { signedUp: 3, contacted: 3, accepted: 2, started: 1, stillActive: 1 } });
    expect(byName.Nord).toMatchObject({ residentsOnboarded: 1, recommendationsShown: 0, signupsTotal: 0 });
    expect(byName.citywide).toMatchObject({ residentsOnboarded: 5, signupsTotal: 0 });
    expect(byName.remote).toMatchObject({ residentsOnboarded: 0, recommendationsShown: 1, funnel: { signedUp: 1, contacted: 0 } });
  });

  it("counts only what lies in a shorter window", async () => {
    await knownData();

    const stats = await networkStatistics({ prisma: db.prisma, since: daysAgo(30), now });

    expect(stats.total).toMatchObject({ recommendationsShown: 0, funnel: { signedUp: 3, contacted: 2, accepted: 1, started: 0, stillActive: 0 } });
    await expect(networkStatistics({ prisma: db.prisma, since: now, now })).rejects.toThrow(RangeError);
  });
});
