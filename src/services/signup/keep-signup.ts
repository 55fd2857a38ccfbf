// After the release notice (nobody answered for about two weeks) the resident chose to keep
// waiting: the signup stays as it is, and its Slack thread hears so, once per round of waiting.
import type { PrismaClient } from "../../generated/prisma/client";
import { markOnce } from "../jobs/mark-once";
import { transactionWithOutbox } from "../notification/enqueue";

export class SignupNotWaitingError extends Error {
  constructor(readonly signupId: number) {
    super(`signup ${signupId} is not waiting for an answer`);
    this.name = "SignupNotWaitingError";
  }
}

/**
 * Only a signup of this resident that is still "new" can be kept; anything else (answered
 * meanwhile, withdrawn, somebody else's) is refused with SignupNotWaitingError.
 * Returns false when the resident had already said so (a second tap).
 */
export async function keepSignup(options: { prisma: PrismaClient; residentId: number; signupId: number; now: Date; wakeOutbox?: () => void }): Promise<boolean> {
  const { residentId, signupId, now } = options;
  return transactionWithOutbox(options, async (tx, enqueue) => {
    const signup = await tx.signup.findFirst({ where: { id: signupId, residentId, status: "new" }, select: { statusChangedAt: true } });
    if (!signup) throw new SignupNotWaitingError(signupId);
    if (!(await markOnce(tx, `signup-kept:${signupId}:${signup.statusChangedAt.toISOString()}`, now))) return false;
    await enqueue("signup-kept", { signupId });
    return true;
  });
}
