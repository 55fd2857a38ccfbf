import type { PrismaClient } from "../../generated/prisma/client";
import type { BotLocale } from "../../domain/vocabulary";
import type { ResidentIdentity } from "./resident-identity";

/** Stores the chosen language for a resident who exists; before consent nothing is stored. */
export async function setResidentLocale(options: { prisma: PrismaClient; identity: ResidentIdentity; locale: BotLocale }): Promise<void> {
  const { prisma, identity, locale } = options;
  await prisma.resident.updateMany({ where: { channel: identity.channel, channelUserId: identity.channelUserId }, data: { locale } });
}
