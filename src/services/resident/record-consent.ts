// Every resident passes here once (the privacy question of onboarding), so the statement goes
// straight to SQLite and shares its commit with the other writes of the moment (writeTogether,
// src/db/direct.ts).
import { sqliteDateTime, writeTogether, type StoredWhole } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";
import { PRIVACY_VERSION, type BotLocale } from "../../domain/vocabulary";
import type { ResidentIdentity } from "./resident-identity";

// The profile columns keep their defaults (timeSlots, languages "[]") or, for a resident who
// agrees again to a newer text, their stored values.
const UPSERT = `
  INSERT INTO Resident (channel, channelUserId, locale, firstName, consentAt, consentVersion, lastActiveAt, createdAt)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (channel, channelUserId) DO UPDATE SET
    locale = excluded.locale, firstName = excluded.firstName, consentAt = excluded.consentAt,
    consentVersion = excluded.consentVersion, lastActiveAt = excluded.lastActiveAt
  RETURNING id`;

/**
 * The resident agreed to the privacy notice: only now is a Resident stored, with the time and
 * the version of the text they agreed to (so a changed text can ask again).
 * The Telegram username is not stored here: it is contact data, kept only while the resident has
 * agreed to pass it to an organisation (createSignup stores it with that consent,
 * forgetUnsharedTelegramUsernames removes it once no open signup carries such a consent).
 */
export async function recordConsent(options: { prisma: PrismaClient; identity: ResidentIdentity; locale: BotLocale; now: Date }): Promise<{ id: number }> {
  const { identity, locale } = options;
  const now = sqliteDateTime(options.now);
  const row = await writeTogether(
    options.prisma,
    (database) => database.prepare(UPSERT).get(identity.channel, identity.channelUserId, locale, identity.firstName, now, PRIVACY_VERSION, now, now) as { id: StoredWhole },
  );
  return { id: Number(row.id) };
}
