// Step one of "exactly one effect per Telegram update": remember the update_id before anything
// else happens. Telegram delivers an update again when it did not hear back in time (webhook)
// or when two polls overlap; the primary key on updateId turns the second delivery into a no-op.
// Every update passes here, so the statements go straight to SQLite (src/db/direct.ts).
import { directly, inTransaction, sqliteDateTime } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";

export interface RecordTelegramUpdateOptions {
  prisma: PrismaClient;
  updateId: number;
  /**
   * The update as JSON, kept until it is handled so that a crash between receiving and handling
   * (webhook mode answers Telegram first) can be made good at start-up. It holds what the
   * resident wrote, so markTelegramUpdateHandled clears it.
   */
  payload: string;
  now: Date;
}

/** "recorded": first time we see this update_id; "duplicate": it was received before, do nothing. */
export type RecordTelegramUpdateResult = "recorded" | "duplicate";

const INSERT = "INSERT OR IGNORE INTO TelegramUpdate (updateId, receivedAt, payload) VALUES (?, ?, ?)";

export async function recordTelegramUpdate(options: RecordTelegramUpdateOptions): Promise<RecordTelegramUpdateResult> {
  const [outcome] = await recordTelegramUpdates({ prisma: options.prisma, updates: [options], now: options.now });
  return outcome!;
}

/**
 * Records several updates in one transaction (they arrived while the last write ran); the
 * outcomes are in the order given. The insert is the check — an update_id already there inserts
 * nothing — so there is no read-then-write race between two deliveries at once, and an update
 * that comes twice in one batch is recorded once.
 */
export async function recordTelegramUpdates(options: {
  prisma: PrismaClient;
  updates: ReadonlyArray<{ updateId: number; payload: string }>;
  now: Date;
}): Promise<RecordTelegramUpdateResult[]> {
  const { prisma, updates, now } = options;
  const receivedAt = sqliteDateTime(now);
  return directly(prisma, (database) => {
    const insert = database.prepare(INSERT);
    return inTransaction(database, () =>
      updates.map(({ updateId, payload }) => (insert.run(BigInt(updateId), receivedAt, payload).changes === 1 ? "recorded" : "duplicate")),
    );
  });
}
