// A coordinator's message to all accepted volunteers of an offer (/lotse nachricht) is free text
// that may name people; once it has been delivered it has served its purpose. Deleted
// RETENTION_SIGNUP_TEXT_MONTHS after it was written, with the same period as a signup's free text.
// A notification of it still pending then (an outage of months) has nothing left to deliver and
// is passed over by its renderer.
import type { PrismaClient } from "../../generated/prisma/client";
import { monthsBefore } from "./retention-periods";

export async function deleteOldBroadcasts(options: { prisma: PrismaClient; now: Date; months: number }): Promise<{ broadcasts: number }> {
  const { count } = await options.prisma.broadcast.deleteMany({ where: { createdAt: { lt: monthsBefore(options.now, options.months) } } });
  return { broadcasts: count };
}
