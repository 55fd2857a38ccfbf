// `npm run outbox -- retry <id>`: gives a parked notification a fresh start. It goes back into
// its stream at its old place (its id), so it is delivered before anything queued after it.
import type { PrismaClient } from "../../generated/prisma/client";

export class NotificationNotParkedError extends Error {
  constructor(
    readonly notificationId: number,
    readonly status: string | null,
  ) {
    super(status === null ? `notification ${notificationId} does not exist` : `notification ${notificationId} is ${status}, not parked`);
    this.name = "NotificationNotParkedError";
  }
}

export async function retryParkedNotification(options: { prisma: PrismaClient; notificationId: number; now: Date; wakeOutbox?: () => void }): Promise<void> {
  const { prisma, notificationId, now } = options;
  const { count } = await prisma.notification.updateMany({
    where: { id: notificationId, status: "parked" },
    data: { status: "pending", attempts: 0, nextAttemptAt: now, parkedAt: null },
  });
  if (count !== 1) {
    const row = await prisma.notification.findUnique({ where: { id: notificationId }, select: { status: true } });
    throw new NotificationNotParkedError(notificationId, row?.status ?? null);
  }
  options.wakeOutbox?.();
}
