// Retention: the check-ins of a signup ("Hat es geklappt?", "Sind Sie noch dabei?" and the
// resident's answers) are deleted RETENTION_CONVERSATION_MONTHS after the signup ended (declined
// or withdrawn). Check-ins of signups still accepted are kept.
//
// Deleted rather than their answers nulled: /lotse statistik and `lotse stats` count check-ins
// asked within a window by answer. A nulled answer would count as "not answered" and falsify
// the answer rate; a deleted row leaves every remaining figure true, only fewer check-ins for
// windows that reach back further than the retention period. A nulled answer could also be
// given again with the old button. The signups themselves stay, so the funnel up to "accepted" is
// unchanged.
import type { PrismaClient } from "../../generated/prisma/client";
import { endedBefore, monthsBefore } from "./retention-periods";

export interface DeleteEndedCheckInsOptions {
  prisma: PrismaClient;
  now: Date;
  /** Months after the signup ended (RETENTION_CONVERSATION_MONTHS). */
  months: number;
}

/** Returns how many check-ins were deleted: a count only. */
export async function deleteEndedCheckIns(options: DeleteEndedCheckInsOptions): Promise<{ checkIns: number }> {
  const { prisma, now } = options;
  const { count } = await prisma.checkIn.deleteMany({ where: { signup: endedBefore(monthsBefore(now, options.months)) } });
  return { checkIns: count };
}
