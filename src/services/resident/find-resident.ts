import type { PrismaClient } from "../../generated/prisma/client";
import type { ResidentIdentity } from "./resident-identity";

export async function findResident(prisma: PrismaClient, identity: Pick<ResidentIdentity, "channel" | "channelUserId">) {
  return prisma.resident.findUnique({
    where: { channel_channelUserId: { channel: identity.channel, channelUserId: identity.channelUserId } },
    include: { interests: true, district: true },
  });
}

export type ResidentRecord = NonNullable<Awaited<ReturnType<typeof findResident>>>;

/**
 * Only the resident's id (or null): what most actions need. One query, where findResident's
 * interests and district make three — it ran on a third of all updates.
 */
export async function findResidentId(prisma: PrismaClient, identity: Pick<ResidentIdentity, "channel" | "channelUserId">): Promise<{ id: number } | null> {
  return prisma.resident.findUnique({
    where: { channel_channelUserId: { channel: identity.channel, channelUserId: identity.channelUserId } },
    select: { id: true },
  });
}
