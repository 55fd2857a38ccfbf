// Retention of the outbox (Notification). A row's payload holds ids only, but a delivered one
// also keeps where it went (externalRef: for Telegram the resident's chat id) and what failed.
// Once delivered, a row has served its purpose; a parked one (given up after OUTBOX_MAX_ATTEMPTS)
// can be retried with `npm run outbox -- retry` for a while. Both are deleted
// RETENTION_NOTIFICATION_DAYS after they were sent or parked. Pending rows are never deleted:
// they are what the outbox still owes someone.
import type { PrismaClient } from "../../generated/prisma/client";
import { daysBefore } from "./retention-periods";

export interface DeleteOldNotificationsOptions {
  prisma: PrismaClient;
  now: Date;
  /** Days after delivery or parking (RETENTION_NOTIFICATION_DAYS). */
  days: number;
}

/** Returns how many delivered and parked notifications were deleted: counts only. */
export async function deleteOldNotifications(options: DeleteOldNotificationsOptions): Promise<{ sent: number; parked: number }> {
  const { prisma, now } = options;
  const cutoff = daysBefore(now, options.days);
  return prisma.$transaction(async (tx) => {
    const sent = await tx.notification.deleteMany({ where: { status: "sent", sentAt: { lt: cutoff } } });
    const parked = await tx.notification.deleteMany({ where: { status: "parked", parkedAt: { lt: cutoff } } });
    return { sent: sent.count, parked: parked.count };
  });
}
