// Retention: what a resident wrote with a signup (Signup.message) and the reasons coordinators
// gave with its status changes (SignupStatusEvent.reason) serve the signup while it runs. Once it
// has ended (declined or withdrawn) for RETENTION_SIGNUP_TEXT_MONTHS, they are cleared; the
// signup and its status history stay, without free text, so the statistics keep their figures.
import type { PrismaClient } from "../../generated/prisma/client";
import { endedBefore, monthsBefore } from "./retention-periods";

export interface ClearEndedSignupTextsOptions {
  prisma: PrismaClient;
  now: Date;
  /** Months after the end (RETENTION_SIGNUP_TEXT_MONTHS). */
  months: number;
}

/** Returns how many signup messages and status-event reasons were cleared: counts only. */
export async function clearEndedSignupTexts(options: ClearEndedSignupTextsOptions): Promise<{ messages: number; reasons: number }> {
  const { prisma, now } = options;
  const ended = endedBefore(monthsBefore(now, options.months));
  // One transaction: a signup reopened meanwhile (withdrawn → new) is either cleared whole or not at all.
  return prisma.$transaction(async (tx) => {
    const messages = await tx.signup.updateMany({ where: { ...ended, message: { not: null } }, data: { message: null } });
    const reasons = await tx.signupStatusEvent.updateMany({ where: { reason: { not: null }, signup: ended }, data: { reason: null } });
    return { messages: messages.count, reasons: reasons.count };
  });
}
