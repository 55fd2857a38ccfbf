// Step one of "exactly one effect per Telegram update": remember the update_id before anything
// else happens. Telegram delivers an update again when it did not hear back in time (webhook)
// or when two polls overlap; the primary key on updateId turns the second delivery into a no-op.
// Every update passes here, so the statement goes straight to SQLite (src/db/direct.ts).
import { sqliteDateTime, writeTogether } from "../../db/direct";
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

/**
 * The insert is the check — an update_id already there inserts nothing — so there is no
 * read-then-write race between two deliveries at once, and of two deliveries recorded together
 * the first counts. Shares its commit with the other writes of the moment (writeTogether).
 */
export function recordTelegramUpdate(options: RecordTelegramUpdateOptions): Promise<RecordTelegramUpdateResult> {
  const { updateId, payload } = options;
  const receivedAt = sqliteDateTime(options.now);
  return writeTogether(options.prisma, (database) => (database.prepare(INSERT).run(BigInt(updateId), receivedAt, payload).changes === 1 ? "recorded" : "duplicate"));
}
