// Every update passes here once it is done, so the statement goes straight to SQLite (src/db/direct.ts).
import { sqliteDateTime, writeTogether } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";

export interface MarkTelegramUpdateHandledOptions {
  prisma: PrismaClient;
  updateId: number;
  now: Date;
}

const MARK = "UPDATE TelegramUpdate SET handledAt = ?, payload = NULL WHERE updateId = ?";

/**
 * The update had its effect (or failed and the resident was told): it is not to be handled again
 * at start-up, and its payload — what the resident wrote — is not kept any longer. Shares its
 * commit with the other writes of the moment (writeTogether).
 */
export async function markTelegramUpdateHandled(options: MarkTelegramUpdateHandledOptions): Promise<void> {
  const handledAt = sqliteDateTime(options.now);
  await writeTogether(options.prisma, (database) => database.prepare(MARK).run(handledAt, BigInt(options.updateId)));
}
