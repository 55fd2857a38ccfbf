// What an operator sees of the outbox (`npm run outbox -- list`): ids, kinds, streams, states and
// error codes. Payloads are ids only, and still not shown: the stream names what a row is about.
import type { PrismaClient } from "../../generated/prisma/client";

/** The outbox row statuses (schema.prisma, Notification.status). */
export type ListableStatus = "pending" | "parked" | "sent";

export interface OutboxItem {
  id: number;
  kind: string;
  channel: string;
  stream: string;
  status: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  createdAt: Date;
  parkedAt: Date | null;
}

export interface ListNotificationsOptions {
  prisma: PrismaClient;
  /** Default: pending and parked, i.e. everything not delivered yet. */
  statuses?: readonly ListableStatus[];
  limit?: number;
}

export async function listNotifications(options: ListNotificationsOptions): Promise<{ items: OutboxItem[]; counts: Record<string, number> }> {
  const statuses = options.statuses ?? ["pending", "parked"];
  const [items, grouped] = await Promise.all([
    options.prisma.notification.findMany({
      where: { status: { in: [...statuses] } },
      orderBy: { id: "asc" },
      take: options.limit ?? 200,
      select: { id: true, kind: true, channel: true, stream: true, status: true, attempts: true, lastError: true, nextAttemptAt: true, createdAt: true, parkedAt: true },
    }),
    options.prisma.notification.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(grouped.map((group) => [group.status, group._count._all]));
  return { items, counts };
}
