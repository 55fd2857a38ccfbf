// Every update passes here once it is done, so the statement goes straight to SQLite (src/db/direct.ts).
import { directly, inTransaction, sqliteDateTime } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";

export interface MarkTelegramUpdateHandledOptions {
  prisma: PrismaClient;
  updateId: number;
  now: Date;
}

const MARK = "UPDATE TelegramUpdate SET handledAt = ?, payload = NULL WHERE updateId = ?";

/**
 * The update had its effect (or failed and the resident was told): it is not to be handled again
 * at start-up, and its payload — what the resident wrote — is not kept any longer.
 */
export async function markTelegramUpdateHandled(options: MarkTelegramUpdateHandledOptions): Promise<void> {
  await markTelegramUpdatesHandled({ prisma: options.prisma, updateIds: [options.updateId], now: options.now });
}

/** markTelegramUpdateHandled for several updates at once (they finished while the last mark ran), in one transaction. */
export async function markTelegramUpdatesHandled(options: { prisma: PrismaClient; updateIds: readonly number[]; now: Date }): Promise<void> {
  const { prisma, updateIds, now } = options;
  const handledAt = sqliteDateTime(now);
  await directly(prisma, (database) => {
    const mark = database.prepare(MARK);
    inTransaction(database, () => {
      for (const updateId of updateIds) mark.run(handledAt, BigInt(updateId));
    });
  });
}
