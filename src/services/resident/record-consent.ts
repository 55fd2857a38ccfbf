import type { PrismaClient } from "../../generated/prisma/client";
import { PRIVACY_VERSION, type BotLocale } from "../../domain/vocabulary";
import type { ResidentIdentity } from "./resident-identity";

/**
 * The resident agreed to the privacy notice: only now is a Resident stored, with the time and
 * the version of the text they agreed to (so a changed text can ask again).
 * The Telegram username is not stored here: it is contact data, kept only while the resident has
 * agreed to pass it to an organisation (createSignup stores it with that consent,
 * forgetUnsharedTelegramUsernames removes it once no open signup carries such a consent).
 */
export async function recordConsent(options: { prisma: PrismaClient; identity: ResidentIdentity; locale: BotLocale; now: Date }) {
  const { prisma, identity, locale, now } = options;
  const details = {
    locale,
    firstName: identity.firstName,
    consentAt: now,
    consentVersion: PRIVACY_VERSION,
    lastActiveAt: now,
  };
  return prisma.resident.upsert({
    where: { channel_channelUserId: { channel: identity.channel, channelUserId: identity.channelUserId } },
    create: { channel: identity.channel, channelUserId: identity.channelUserId, ...details },
    update: details,
  });
}
