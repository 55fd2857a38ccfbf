import type { PrismaClient } from "../../generated/prisma/client";
import type { Logger } from "../../logger";
import { emptyWriteAheadLog } from "../../db/write-ahead-log";
import { eraseResident } from "./erase-resident";

/** The privacy notice promises: profiles without contact for 12 months are deleted. */
export const INACTIVE_RETENTION_DAYS = 365;

/** Erases every resident whose last message is older than the retention period. */
export async function eraseInactiveResidents(options: {
  prisma: PrismaClient;
  now: Date;
  retentionDays?: number;
  wakeOutbox?: () => void;
  logger: Logger;
}): Promise<{ erased: number; withdrawnSignups: number }> {
  const { prisma, now, wakeOutbox, logger } = options;
  const cutoff = new Date(now.getTime() - (options.retentionDays ?? INACTIVE_RETENTION_DAYS) * 24 * 60 * 60 * 1000);
  const inactive = await prisma.resident.findMany({ where: { lastActiveAt: { lt: cutoff } }, select: { channel: true, channelUserId: true } });
  let withdrawnSignups = 0;
  try {
    // One transaction per resident: a failure leaves the others erased and this one for the next run.
    for (const identity of inactive) {
      const result = await eraseResident({
        prisma,
        identity: { channel: identity.channel as "telegram" | "console", channelUserId: identity.channelUserId },
        now,
        by: "system",
        logger,
        emptyWriteAheadLog: false,
        ...(wakeOutbox ? { wakeOutbox } : {}),
      });
      withdrawnSignups += result.withdrawnSignups;
    }
  } finally {
    // Once for all of them, also after a failure: those erased before it are gone from the disk too.
    if (inactive.length > 0) await emptyWriteAheadLog({ prisma, logger });
  }
  return { erased: inactive.length, withdrawnSignups };
}
