import type { PrismaClient } from "../../generated/prisma/client";

export interface ListUnhandledTelegramUpdatesOptions {
  prisma: PrismaClient;
  /** Older rows are left to the retention clean-up: Telegram itself forgets updates after a day. */
  receivedAfter: Date;
  /** At most this many (the oldest first); a backlog larger than that is a bug, not a crash. */
  limit?: number;
}

export interface UnhandledTelegramUpdate {
  updateId: number;
  /** The update as received, JSON; the caller validates it. */
  payload: string;
}

/**
 * Updates that were received (and, in webhook mode, acknowledged to Telegram) but never handled:
 * the process ended in between. In update_id order, which is the order Telegram sent them in.
 */
export async function listUnhandledTelegramUpdates(options: ListUnhandledTelegramUpdatesOptions): Promise<UnhandledTelegramUpdate[]> {
  const rows = await options.prisma.telegramUpdate.findMany({
    where: { handledAt: null, payload: { not: null }, receivedAt: { gt: options.receivedAfter } },
    orderBy: { updateId: "asc" },
    take: options.limit ?? 1000,
    select: { updateId: true, payload: true },
  });
  return rows.map((row) => ({ updateId: Number(row.updateId), payload: row.payload! }));
}
