import type { PrismaClient } from "../../generated/prisma/client";
import { OPEN_SIGNUP_STATUSES } from "../../domain/signup-status";
import { transactionWithOutbox } from "../notification/enqueue";

export class SignupNotWithdrawableError extends Error {
  constructor(readonly signupId: number) {
    super(`signup ${signupId} cannot be withdrawn`);
    this.name = "SignupNotWithdrawableError";
  }
}

/** The resident withdraws; the organisation hears of it through the outbox. */
export async function withdrawSignup(options: { prisma: PrismaClient; residentId: number; signupId: number; now: Date; wakeOutbox?: () => void }) {
  const { residentId, signupId, now } = options;
  return transactionWithOutbox(options, async (tx, enqueue) => {
    // The guard in the where clause makes a second tap a no-op instead of a second notification.
    const { count } = await tx.signup.updateMany({
      where: { id: signupId, residentId, status: { in: [...OPEN_SIGNUP_STATUSES] } },
      data: { status: "withdrawn", statusChangedAt: now },
    });
    if (count === 0) throw new SignupNotWithdrawableError(signupId);
    await enqueue("signup-withdrawn", { signupId });
  });
}
