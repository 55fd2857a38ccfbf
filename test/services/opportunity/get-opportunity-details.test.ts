// getOpportunityDetails reads one offer with a single direct statement; here Prisma reads the same
// rows (the way the service did before) and both must agree, for the cases the flow tells apart.
import { describe, expect, it } from "vitest";
import { languagesCodec, requirementsCodec, scheduleCodec } from "../../../src/db/codecs";
import { isAvailable } from "../../../src/domain/availability";
import { OPEN_SIGNUP_STATUSES } from "../../../src/domain/signup-status";
import type { BotLocale } from "../../../src/domain/vocabulary";
import { getOpportunityDetails } from "../../../src/services/opportunity/get-opportunity-details";
import { createSignup } from "../../../src/services/signup/create-signup";
import { withdrawSignup } from "../../../src/services/signup/withdraw-signup";
import { useTestDatabase } from "../../support/db";
import { createMiniNetwork, createResident } from "../fixtures";

const db = useTestDatabase();
const NOW = new Date("2026-11-24T10:00:00Z");

/** The same offer read through Prisma's relations. */
async function prismaReading(opportunityId: number, residentId: number, locale: BotLocale) {
  const offer = await db.prisma.opportunity.findUnique({
    where: { id: opportunityId },
    include: { organisation: true, district: true, translations: { where: { locale } } },
  });
  if (!offer) return null;
  const openSignups = await db.prisma.signup.count({ where: { opportunityId, status: { in: [...OPEN_SIGNUP_STATUSES] } } });
  const own = await db.prisma.signup.findUnique({ where: { residentId_opportunityId: { residentId, opportunityId } } });
  return {
    id: offer.id,
    slug: offer.slug,
    title: offer.title,
    summary: offer.summary,
    description: offer.description,
    translations: offer.translations.map(({ locale: translated, title, summary, description }) => ({ locale: translated, title, summary, description })),
    locationKind: offer.locationKind,
    district: offer.district && { slug: offer.district.slug, name: offer.district.name },
    organisation: { name: offer.organisation.name, active: offer.organisation.active },
    schedule: scheduleCodec.decode(offer.schedule),
    hoursPerWeek: offer.hoursPerWeek,
    frequency: offer.frequency,
    minCommitmentMonths: offer.minCommitmentMonths,
    languagesHelpful: languagesCodec.decode(offer.languagesHelpful),
    languagesRequired: languagesCodec.decode(offer.languagesRequired),
    littleGerman: offer.littleGerman,
    requirements: requirementsCodec.decode(offer.requirements),
    minAge: offer.minAge,
    capacity: offer.capacity,
    isAvailable: isAvailable({ ...offer, organisationActive: offer.organisation.active, openSignups }, NOW),
    alreadySignedUp: own !== null && own.status !== "withdrawn",
  };
}

async function bothReadings(opportunityId: number, residentId: number, locale: BotLocale = "de") {
  const direct = await getOpportunityDetails({ prisma: db.prisma, opportunityId, residentId, now: NOW, locale });
  expect(direct).toEqual(await prismaReading(opportunityId, residentId, locale));
  return direct;
}

describe("getOpportunityDetails", () => {
  it("reads an offer with its organisation, district and the translation for the locale", async () => {
    const network = await createMiniNetwork(db.prisma);
    const resident = await createResident(db.prisma);
    const offer = await network.opportunity("lesepaten", {
      hoursPerWeek: 1.5,
      minCommitmentMonths: 6,
      minAge: 16,
      capacity: 3,
      littleGerman: true,
      languagesHelpful: JSON.stringify(["uk", "ru"]),
      requirements: JSON.stringify(["fuehrungszeugnis"]),
      validUntil: new Date("2026-12-31T00:00:00Z"),
      translations: { create: [{ locale: "uk", title: "Читацькі наставники", summary: "Коротко", description: null }] },
    });

    const ukrainian = await bothReadings(offer.id, resident.id, "uk");
    expect(ukrainian).toMatchObject({ isAvailable: true, alreadySignedUp: false, district: { slug: "altstadt" }, littleGerman: true, minAge: 16 });
    expect(ukrainian?.translations).toEqual([{ locale: "uk", title: "Читацькі наставники", summary: "Коротко", description: null }]);
    expect((await bothReadings(offer.id, resident.id, "en"))?.translations).toEqual([]);
  });

  it("tells a full offer, the resident's own signup and a withdrawn one apart", async () => {
    const network = await createMiniNetwork(db.prisma);
    const anna = await createResident(db.prisma, "2001");
    const ben = await createResident(db.prisma, "2002");
    const offer = await network.opportunity("besuchsdienst", { capacity: 1 });

    const signup = await createSignup({ prisma: db.prisma, residentId: anna.id, opportunityId: offer.id, message: null, now: NOW });
    expect(await bothReadings(offer.id, anna.id)).toMatchObject({ isAvailable: false, alreadySignedUp: true });
    expect(await bothReadings(offer.id, ben.id)).toMatchObject({ isAvailable: false, alreadySignedUp: false });

    await withdrawSignup({ prisma: db.prisma, residentId: anna.id, signupId: signup.id, now: NOW });
    expect(await bothReadings(offer.id, anna.id)).toMatchObject({ isAvailable: true, alreadySignedUp: false });
  });

  it("reads a citywide offer of a switched-off organisation, and a past one, as unavailable", async () => {
    const network = await createMiniNetwork(db.prisma);
    const resident = await createResident(db.prisma);
    const citywide = await network.opportunity("telefonkette", { locationKind: "citywide", districtId: null });
    const past = await network.opportunity("sommerfest", { validUntil: new Date("2026-11-01T00:00:00Z") });
    expect(await bothReadings(past.id, resident.id)).toMatchObject({ isAvailable: false });

    await db.prisma.organisation.update({ where: { id: network.mgh.id }, data: { active: false } });
    expect(await bothReadings(citywide.id, resident.id)).toMatchObject({ district: null, isAvailable: false, organisation: { active: false } });
  });

  it("is null for an offer that does not exist", async () => {
    await createMiniNetwork(db.prisma);
    const resident = await createResident(db.prisma);
    expect(await bothReadings(999_999, resident.id)).toBeNull();
  });
});
