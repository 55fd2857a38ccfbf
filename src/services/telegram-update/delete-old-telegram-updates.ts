import type { PrismaClient } from "../../generated/prisma/client";

/** Telegram re-delivers an update for at most a day; after that its record has no use. */
export const TELEGRAM_UPDATE_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface DeleteOldTelegramUpdatesOptions {
  prisma: PrismaClient;
  now: Date;
  retentionMs?: number;
}

/** Deletes update records older than the retention period, handled or not; returns how many. */
export async function deleteOldTelegramUpdates(options: DeleteOldTelegramUpdatesOptions): Promise<{ deleted: number; unhandled: number }> {
  const { prisma, now } = options;
  const cutoff = new Date(now.getTime() - (options.retentionMs ?? TELEGRAM_UPDATE_RETENTION_MS));
  // Counted apart: an old row that was never handled means an update was lost, worth a log line.
  const unhandled = await prisma.telegramUpdate.count({ where: { receivedAt: { lt: cutoff }, handledAt: null } });
  const { count } = await prisma.telegramUpdate.deleteMany({ where: { receivedAt: { lt: cutoff } } });
  return { deleted: count, unhandled };
}
