// "Do this once", across restarts and processes: a row per key in JobMark, inserted in the
// transaction of the work itself. The primary key does the deciding, so two processes that try
// at the same moment cannot both win, and work whose transaction rolls back is not marked done.
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../notification/enqueue";

/**
 * Marks `key` done inside `tx`. Returns true the first time, false when the key exists already
 * (then the caller does nothing more). Call it first in the transaction: it takes SQLite's write
 * lock before anything is read, so what is read afterwards cannot change before the commit.
 */
export async function markOnce(tx: Pick<Tx, "jobMark">, key: string, doneAt: Date = new Date()): Promise<boolean> {
  try {
    await tx.jobMark.create({ data: { key, doneAt } });
    return true;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}
