import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { languagesCodec, residentSlotsCodec } from "../../db/codecs";
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

export async function saveResidentProfile(options: { prisma: PrismaClient; residentId: number; profile: unknown; now: Date }) {
  const { prisma, residentId, now } = options;
  const parsed = residentProfileSchema.safeParse(options.profile);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ProfileInvalidError(`${issue.path.join(".")}: ${issue.message}`);
  }
  const profile = parsed.data;
  let districtChoice: "district" | "any" | "remote" = "district";
  let districtId: number | null = null;
  if (profile.district === "any" || profile.district === "remote") {
    districtChoice = profile.district;
  } else {
    const district = await prisma.district.findUnique({ where: { slug: profile.district } });
    if (!district) throw new ProfileInvalidError(`district: unknown district "${profile.district}"`);
    districtId = district.id;
  }
  return prisma.resident.update({
    where: { id: residentId },
    data: {
      interests: { set: profile.interests.map((key) => ({ key })) },
      timeSlots: residentSlotsCodec.encode(profile.timeSlots),
      hoursPerWeek: profile.hoursPerWeek,
      districtChoice,
      districtId,
      languages: languagesCodec.encode(profile.languages),
      profileCompleteAt: now,
      lastActiveAt: now,
    },
  });
}
