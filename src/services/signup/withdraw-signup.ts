import type { PrismaClient } from "../../generated/prisma/client";
import { OPEN_SIGNUP_STATUSES } from "../../domain/signup-status";
import { signupStatusSchema } from "../../domain/vocabulary";
import { transactionWithOutbox } from "../notification/enqueue";
import { recordStatusEvent } from "./record-status-event";

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
    const signup = await tx.signup.findFirst({
      where: { id: signupId, residentId, status: { in: [...OPEN_SIGNUP_STATUSES] } },
      select: { status: true },
    });
    if (!signup) throw new SignupNotWithdrawableError(signupId);
    const from = signupStatusSchema.parse(signup.status);
    // Guarded on the status just read: a second tap is refused instead of notifying twice.
    const { count } = await tx.signup.updateMany({
      where: { id: signupId, residentId, status: from },
      data: { status: "withdrawn", statusChangedAt: now },
    });
    if (count === 0) throw new SignupNotWithdrawableError(signupId);
    await recordStatusEvent(tx, { signupId, from, to: "withdrawn", actor: { kind: "resident" }, at: now });
    await enqueue("signup-withdrawn", { signupId });
  });
}
