import type { PrismaClient } from "../../generated/prisma/client";
import { PRIVACY_VERSION, type BotLocale } from "../../domain/vocabulary";
import type { ResidentIdentity } from "./resident-identity";

/**
 * The resident agreed to the privacy notice: only now is a Resident stored, with the time and
 * the version of the text they agreed to (so a changed text can ask again).
 */
export async function recordConsent(options: { prisma: PrismaClient; identity: ResidentIdentity; locale: BotLocale; now: Date }) {
  const { prisma, identity, locale, now } = options;
  const details = {
    locale,
    firstName: identity.firstName,
    telegramUsername: identity.telegramUsername,
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
