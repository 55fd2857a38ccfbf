// Step one of "exactly one effect per Telegram update": remember the update_id before anything
// else happens. Telegram delivers an update again when it did not hear back in time (webhook)
// or when two polls overlap; the primary key on updateId turns the second delivery into a no-op.
import { Prisma, type PrismaClient } from "../../generated/prisma/client";

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

export async function recordTelegramUpdate(options: RecordTelegramUpdateOptions): Promise<RecordTelegramUpdateResult> {
  const { prisma, updateId, payload, now } = options;
  try {
    await prisma.telegramUpdate.create({ data: { updateId: BigInt(updateId), payload, receivedAt: now } });
    return "recorded";
  } catch (error) {
    // The insert is the check: no read-then-write race between two deliveries at once.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "duplicate";
    throw error;
  }
}

/**
 * Records several updates with one statement (they arrived while the last insert ran); the
 * outcomes are in the order given. If any of them was received before (or comes twice), the
 * statement inserts nothing and they are recorded one by one, so each learns what it is.
 */
export async function recordTelegramUpdates(options: {
  prisma: PrismaClient;
  updates: ReadonlyArray<{ updateId: number; payload: string }>;
  now: Date;
}): Promise<RecordTelegramUpdateResult[]> {
  const { prisma, updates, now } = options;
  if (updates.length === 1) return [await recordTelegramUpdate({ prisma, ...updates[0]!, now })];
  try {
    await prisma.telegramUpdate.createMany({ data: updates.map(({ updateId, payload }) => ({ updateId: BigInt(updateId), payload, receivedAt: now })) });
    return updates.map(() => "recorded");
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  const outcomes: RecordTelegramUpdateResult[] = [];
  for (const update of updates) outcomes.push(await recordTelegramUpdate({ prisma, ...update, now }));
  return outcomes;
}
