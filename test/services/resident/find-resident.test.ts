// findResident and findResidentId read with one direct statement what Prisma reads with three
// (src/services/resident/find-resident.ts); here both read the same rows and must agree.
import { describe, expect, it } from "vitest";
import { PRIVACY_VERSION } from "../../../src/domain/vocabulary";
import { findResident, findResidentId } from "../../../src/services/resident/find-resident";
import { recordConsent } from "../../../src/services/resident/record-consent";
import { saveResidentProfile } from "../../../src/services/resident/save-resident-profile";
import { useTestDatabase } from "../../support/db";
import { createMiniNetwork } from "../fixtures";

const db = useTestDatabase();
const identity = { channel: "telegram" as const, channelUserId: "7770001", firstName: "Olena", telegramUsername: null };
const key = { channel: identity.channel, channelUserId: identity.channelUserId };

async function prismaReading() {
  const resident = await db.prisma.resident.findUniqueOrThrow({ where: { channel_channelUserId: key }, include: { interests: true, district: true } });
  return {
    id: resident.id,
    locale: resident.locale,
    timeSlots: resident.timeSlots,
    hoursPerWeek: resident.hoursPerWeek,
    districtChoice: resident.districtChoice,
    districtSlug: resident.district?.slug ?? null,
    languages: resident.languages,
    interests: resident.interests.map((interest) => interest.key),
    consentAt: resident.consentAt,
    consentVersion: resident.consentVersion,
    profileCompleteAt: resident.profileCompleteAt,
  };
}

describe("findResident", () => {
  it("is null for a chat without a resident", async () => {
    expect(await findResident(db.prisma, key)).toBeNull();
    expect(await findResidentId(db.prisma, key)).toBeNull();
  });

  it("reads a resident who only agreed to the privacy notice as Prisma does", async () => {
    const consented = await recordConsent({ prisma: db.prisma, identity, locale: "uk", now: new Date("2026-11-20T08:00:00.123Z") });
    const found = await findResident(db.prisma, key);
    expect(found).toEqual(await prismaReading());
    expect(found).toMatchObject({ id: consented.id, locale: "uk", interests: [], districtSlug: null, consentVersion: PRIVACY_VERSION, profileCompleteAt: null });
    expect(found?.consentAt).toEqual(new Date("2026-11-20T08:00:00.123Z"));
    expect(await findResidentId(db.prisma, key)).toEqual({ id: consented.id });
  });

  it("reads a whole profile (interests in the order given, the district's slug) as Prisma does", async () => {
    await createMiniNetwork(db.prisma);
    const { id } = await recordConsent({ prisma: db.prisma, identity, locale: "de", now: new Date("2026-11-20T08:00:00Z") });
    const profile = { interests: ["sport-bewegung", "kinder", "umwelt"], timeSlots: ["weekday-evening"], hoursPerWeek: 4, district: "altstadt", languages: ["uk", "de"] };
    await saveResidentProfile({ prisma: db.prisma, residentId: id, profile, now: new Date("2026-11-21T09:30:00Z") });

    const found = await findResident(db.prisma, key);
    expect(found).toEqual(await prismaReading());
    expect(found).toMatchObject({ interests: ["sport-bewegung", "kinder", "umwelt"], districtChoice: "district", districtSlug: "altstadt", hoursPerWeek: 4 });
    expect(found?.profileCompleteAt).toEqual(new Date("2026-11-21T09:30:00Z"));
  });
});
