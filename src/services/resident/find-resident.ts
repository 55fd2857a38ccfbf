import type { PrismaClient } from "../../generated/prisma/client";
import type { ResidentIdentity } from "./resident-identity";

export async function findResident(prisma: PrismaClient, identity: Pick<ResidentIdentity, "channel" | "channelUserId">) {
  return prisma.resident.findUnique({
    where: { channel_channelUserId: { channel: identity.channel, channelUserId: identity.channelUserId } },
    include: { interests: true, district: true },
  });
}

export type ResidentRecord = NonNullable<Awaited<ReturnType<typeof findResident>>>;
