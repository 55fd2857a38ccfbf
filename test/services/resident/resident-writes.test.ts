// The writes of a resident's onboarding (consent, language, profile), straight to SQLite
// (src/services/resident/*): what Prisma reads back afterwards is what was asked for, and a
// refused profile changes nothing.
import { describe, expect, it } from "vitest";
import { PRIVACY_VERSION } from "../../../src/domain/vocabulary";
import { recordConsent } from "../../../src/services/resident/record-consent";
import { ProfileInvalidError, saveResidentProfile } from "../../../src/services/resident/save-resident-profile";
import { setResidentLocale } from "../../../src/services/resident/set-resident-locale";
import { useTestDatabase } from "../../support/db";
import { createMiniNetwork } from "../fixtures";

const db = useTestDatabase();
const identity = { channel: "telegram" as const, channelUserId: "7770002", firstName: "Mehmet", telegramUsername: "mehmet_k" };
const read = (id: number) => db.prisma.resident.findUniqueOrThrow({ where: { id }, include: { interests: true, district: true } });
const interestKeys = async (id: number) => (await read(id)).interests.map((interest) => interest.key).sort();

describe("recordConsent", () => {
  it("stores the resident with consent, language and first name, and agreeing again keeps the profile", async () => {
    await createMiniNetwork(db.prisma);
    const first = new Date("2026-11-20T08:00:00.123Z");
    const { id } = await recordConsent({ prisma: db.prisma, identity, locale: "tr", now: first });
    expect(await read(id)).toMatchObject({
      channel: "telegram",
      channelUserId: "7770002",
      firstName: "Mehmet",
      telegramUsername: null,
      locale: "tr",
      consentAt: first,
      consentVersion: PRIVACY_VERSION,
      lastActiveAt: first,
      createdAt: first,
      timeSlots: "[]",
      languages: "[]",
      profileCompleteAt: null,
    });

    await saveResidentProfile({ prisma: db.prisma, residentId: id, profile: { interests: ["kinder"], timeSlots: ["flexible"], hoursPerWeek: 2, district: "any" }, now: first });
    const again = new Date("2026-11-22T10:00:00.000Z");
    expect(await recordConsent({ prisma: db.prisma, identity: { ...identity, firstName: "Memo" }, locale: "de", now: again })).toEqual({ id });
    expect(await read(id)).toMatchObject({ firstName: "Memo", locale: "de", consentAt: again, createdAt: first, hoursPerWeek: 2, timeSlots: '["flexible"]' });
    expect(await interestKeys(id)).toEqual(["kinder"]);
  });
});

describe("setResidentLocale", () => {
  it("changes a stored resident's language and stores nothing before consent", async () => {
    await setResidentLocale({ prisma: db.prisma, identity, locale: "uk" });
    expect(await db.prisma.resident.count()).toBe(0);

    const { id } = await recordConsent({ prisma: db.prisma, identity, locale: "de", now: new Date("2026-11-20T08:00:00Z") });
    await setResidentLocale({ prisma: db.prisma, identity, locale: "uk" });
    expect((await read(id)).locale).toBe("uk");
  });
});

describe("saveResidentProfile", () => {
  it("stores the answers, and a new profile replaces the interests and the district", async () => {
    await createMiniNetwork(db.prisma);
    const { id } = await recordConsent({ prisma: db.prisma, identity, locale: "de", now: new Date("2026-11-20T08:00:00Z") });
    const saved = new Date("2026-11-21T09:30:00Z");
    await saveResidentProfile({ prisma: db.prisma, residentId: id, profile: { interests: ["kinder", "umwelt"], timeSlots: ["weekday-evening"], hoursPerWeek: "4", district: "altstadt", languages: ["uk"] }, now: saved });
    expect(await read(id)).toMatchObject({ timeSlots: '["weekday-evening"]', hoursPerWeek: 4, districtChoice: "district", district: { slug: "altstadt" }, languages: '["uk"]', profileCompleteAt: saved, lastActiveAt: saved });
    expect(await interestKeys(id)).toEqual(["kinder", "umwelt"]);

    await saveResidentProfile({ prisma: db.prisma, residentId: id, profile: { interests: ["sport-bewegung"], timeSlots: ["flexible"], hoursPerWeek: 2, district: "remote" }, now: saved });
    expect(await read(id)).toMatchObject({ districtChoice: "remote", districtId: null, languages: "[]", hoursPerWeek: 2 });
    expect(await interestKeys(id)).toEqual(["sport-bewegung"]);
  });

  it("refuses an unknown district or an invalid answer and changes nothing", async () => {
    await createMiniNetwork(db.prisma);
    const { id } = await recordConsent({ prisma: db.prisma, identity, locale: "de", now: new Date("2026-11-20T08:00:00Z") });
    const profile = { interests: ["kinder"], timeSlots: ["flexible"], hoursPerWeek: 2, district: "atlantis" };
    const before = await read(id);

    await expect(saveResidentProfile({ prisma: db.prisma, residentId: id, profile, now: new Date() })).rejects.toThrow(new ProfileInvalidError('district: unknown district "atlantis"'));
    await expect(saveResidentProfile({ prisma: db.prisma, residentId: id, profile: { ...profile, district: "any", interests: [] }, now: new Date() })).rejects.toBeInstanceOf(ProfileInvalidError);
    await expect(saveResidentProfile({ prisma: db.prisma, residentId: id, profile: { ...profile, district: "any", hoursPerWeek: 7 }, now: new Date() })).rejects.toBeInstanceOf(ProfileInvalidError);
    expect(await read(id)).toEqual(before);
  });
});
