import type { PrismaClient } from "../../generated/prisma/client";

export interface MarkTelegramUpdateHandledOptions {
  prisma: PrismaClient;
  updateId: number;
  now: Date;
}

/**
 * The update had its effect (or failed and the resident was told): it is not to be handled again
 * at start-up, and its payload — what the resident wrote — is not kept any longer.
 */
export async function markTelegramUpdateHandled(options: MarkTelegramUpdateHandledOptions): Promise<void> {
  const { prisma, updateId, now } = options;
  await prisma.telegramUpdate.updateMany({ where: { updateId: BigInt(updateId) }, data: { handledAt: now, payload: null } });
}

/** markTelegramUpdateHandled for several updates at once (they finished while the last mark ran). */
export async function markTelegramUpdatesHandled(options: { prisma: PrismaClient; updateIds: readonly number[]; now: Date }): Promise<void> {
  const { prisma, updateIds, now } = options;
  if (updateIds.length === 1) return markTelegramUpdateHandled({ prisma, updateId: updateIds[0]!, now });
  await prisma.telegramUpdate.updateMany({ where: { updateId: { in: updateIds.map((id) => BigInt(id)) } }, data: { handledAt: now, payload: null } });
}
