// The resident behind a chat, read on many updates (the profile questions, every action that acts
// for the resident). Like the conversation itself (load-conversation.ts) these go straight to
// SQLite (src/db/direct.ts): through Prisma the profile with its interests and district was three
// queries at ~0.2 ms each; here it is one statement. test/services/resident/find-resident.test.ts
// compares the result with Prisma's reading of the same rows.
import { directly, storedDate, storedWhole, type StoredWhole } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";
import type { ResidentIdentity } from "./resident-identity";

/** What the conversation reads of a resident: the profile as stored, consent, language. */
export interface ResidentRecord {
  id: number;
  locale: string;
  /** JSON array of slot codes (db/codecs.ts residentSlotsCodec). */
  timeSlots: string;
  hoursPerWeek: number | null;
  /** "district" (then districtSlug names it), "any", "remote", or null before the question. */
  districtChoice: string | null;
  districtSlug: string | null;
  /** JSON array of ISO 639-1 codes (db/codecs.ts languagesCodec). */
  languages: string;
  /** Interest keys, in the order they were stored. */
  interests: string[];
  consentAt: Date | null;
  consentVersion: string | null;
  profileCompleteAt: Date | null;
}

const RESIDENT = `
  SELECT r.id, r.locale, r.timeSlots, r.hoursPerWeek, r.districtChoice, d.slug AS districtSlug, r.languages,
         (SELECT json_group_array(A ORDER BY rowid) FROM _InterestToResident WHERE B = r.id) AS interests,
         r.consentAt, r.consentVersion, r.profileCompleteAt
  FROM Resident r LEFT JOIN District d ON d.id = r.districtId
  WHERE r.channel = ? AND r.channelUserId = ?`;

interface ResidentRow {
  id: StoredWhole;
  locale: string;
  timeSlots: string;
  hoursPerWeek: StoredWhole | null;
  districtChoice: string | null;
  districtSlug: string | null;
  languages: string;
  interests: string;
  consentAt: string | null;
  consentVersion: string | null;
  profileCompleteAt: string | null;
}

export async function findResident(prisma: PrismaClient, identity: Pick<ResidentIdentity, "channel" | "channelUserId">): Promise<ResidentRecord | null> {
  const row = await directly(prisma, (database) => database.prepare(RESIDENT).get(identity.channel, identity.channelUserId) as ResidentRow | undefined);
  if (!row) return null;
  return {
    id: Number(row.id),
    locale: row.locale,
    timeSlots: row.timeSlots,
    hoursPerWeek: storedWhole(row.hoursPerWeek),
    districtChoice: row.districtChoice,
    districtSlug: row.districtSlug,
    languages: row.languages,
    interests: JSON.parse(row.interests) as string[],
    consentAt: storedDate(row.consentAt),
    consentVersion: row.consentVersion,
    profileCompleteAt: storedDate(row.profileCompleteAt),
  };
}

const RESIDENT_ID = "SELECT id FROM Resident WHERE channel = ? AND channelUserId = ?";

/** Only the resident's id (or null): what most actions need. */
export async function findResidentId(prisma: PrismaClient, identity: Pick<ResidentIdentity, "channel" | "channelUserId">): Promise<{ id: number } | null> {
  const row = await directly(prisma, (database) => database.prepare(RESIDENT_ID).get(identity.channel, identity.channelUserId) as { id: StoredWhole } | undefined);
  return row ? { id: Number(row.id) } : null;
}
