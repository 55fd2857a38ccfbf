// Deleted means deleted from the disk, too. `secure_delete` (src/db/client.ts) zeroes a deleted row
// in the database file, but in WAL mode every change is first appended to the `-wal` file next to
// it, and the frames written before a deletion — which hold the row as it was — stay in that file
// until later writes happen to overwrite them: on a quiet bot for weeks. A TRUNCATE checkpoint
// copies every frame into the database file (where the deletion is already zeroed) and cuts the
// `-wal` file to zero bytes. PRIVACY.md ("Sicheres Löschen") promises this after every erasure.
import type { PrismaClient } from "../generated/prisma/client";
import { safeError, type Logger } from "../logger";
import { BUSY_TIMEOUT_MS } from "./client";
import { directly } from "./direct";

/**
 * How long the checkpoint waits for another process (a CLI, a backup) to finish reading or writing.
 * The wait blocks the bot's thread, so it is short; a checkpoint that cannot finish now is done by
 * the next one (every retention job run ends with one).
 */
const CHECKPOINT_WAIT_MS = 250;

/** SQLite's answer to the checkpoint: busy 1 if it could not finish; frames in the log, and copied. */
interface CheckpointResult {
  busy: number | bigint;
  log: number | bigint;
  checkpointed: number | bigint;
}

/**
 * Moves everything in the `-wal` file into the database file and empties it. Returns whether it
 * was emptied; when another connection kept it from finishing, logs a warning (no personal data:
 * none is at hand here) and returns false. Never throws: it follows a deletion that has already
 * been committed, which an error here must not undo in the caller's eyes; an error is logged.
 */
export async function emptyWriteAheadLog(options: { prisma: PrismaClient; logger: Logger }): Promise<boolean> {
  let result: CheckpointResult;
  try {
    result = await directly(options.prisma, (database) => {
      database.prepare(`PRAGMA busy_timeout = ${CHECKPOINT_WAIT_MS}`).run();
      try {
        return database.prepare("PRAGMA wal_checkpoint(TRUNCATE)").get() as CheckpointResult;
      } finally {
        database.prepare(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`).run();
      }
    });
  } catch (error) {
    options.logger.error({ err: safeError(error) }, "could not empty the database's write-ahead log; the next retention job run tries again");
    return false;
  }
  if (Number(result.busy) === 0) return true;
  options.logger.warn(
    { framesLeft: Number(result.log) - Number(result.checkpointed) },
    "could not empty the database's write-ahead log now (another process is using the database); the next retention job run does it",
  );
  return false;
}
