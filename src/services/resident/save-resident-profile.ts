import { z } from "zod";
import { languagesCodec, residentSlotsCodec } from "../../db/codecs";
import { sqliteDateTime, writeTogether, type StoredWhole } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";
import { HOURS_CHOICES, interestKeySchema, languageCodeSchema, residentSlotSchema } from "../../domain/vocabulary";

/** The answers of the profile questions, as the flows collect them. */
export const residentProfileSchema = z.object({
  interests: z.array(interestKeySchema).min(1),
  timeSlots: z.array(residentSlotSchema).min(1),
  hoursPerWeek: z.coerce.number().int().refine((hours) => (HOURS_CHOICES as readonly number[]).includes(hours), "not an offered choice"),
  // A district slug, "any" or "remote".
  district: z.string().min(1),
  languages: z.array(languageCodeSchema).default([]),
});
export type ResidentProfileInput = z.input<typeof residentProfileSchema>;

export class ProfileInvalidError extends Error {
  constructor(detail: string) {
    super(`profile: ${detail}`);
    this.name = "ProfileInvalidError";
  }
}

const DISTRICT_ID = "SELECT id FROM District WHERE slug = ?";
const UPDATE_PROFILE = `
  UPDATE Resident SET timeSlots = ?, hoursPerWeek = ?, districtChoice = ?, districtId = ?, languages = ?, profileCompleteAt = ?, lastActiveAt = ?
  WHERE id = ?`;
// The interests are replaced: find-resident.ts reads them back in the order stored (rowid).
const FORGET_INTERESTS = "DELETE FROM _InterestToResident WHERE B = ?";
const ADD_INTEREST = "INSERT OR IGNORE INTO _InterestToResident (A, B) VALUES (?, ?)";

/**
 * Stores the answers of the profile questions, all or nothing. Once per resident and change of
 * profile, so straight to SQLite, sharing its commit with the other writes of the moment
 * (writeTogether, src/db/direct.ts). The interest keys are the vocabulary's (checked above), and
 * the Interest table holds the vocabulary (every network import writes it; a key missing there
 * fails the foreign key, as Prisma's connect failed).
 */
export async function saveResidentProfile(options: { prisma: PrismaClient; residentId: number; profile: unknown; now: Date }): Promise<void> {
  const { residentId } = options;
  const parsed = residentProfileSchema.safeParse(options.profile);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ProfileInvalidError(`${issue.path.join(".")}: ${issue.message}`);
  }
  const profile = parsed.data;
  const districtChoice: "district" | "any" | "remote" = profile.district === "any" || profile.district === "remote" ? profile.district : "district";
  const timeSlots = residentSlotsCodec.encode(profile.timeSlots);
  const languages = languagesCodec.encode(profile.languages);
  const now = sqliteDateTime(options.now);
  await writeTogether(options.prisma, (database) => {
    let districtId: StoredWhole | null = null;
    if (districtChoice === "district") {
      const district = database.prepare(DISTRICT_ID).get(profile.district) as { id: StoredWhole } | undefined;
      if (!district) throw new ProfileInvalidError(`district: unknown district "${profile.district}"`);
      districtId = district.id;
    }
    database.prepare(UPDATE_PROFILE).run(timeSlots, profile.hoursPerWeek, districtChoice, districtId, languages, now, now, residentId);
    database.prepare(FORGET_INTERESTS).run(residentId);
    const addInterest = database.prepare(ADD_INTEREST);
    for (const key of profile.interests) addInterest.run(key, residentId);
  });
}
