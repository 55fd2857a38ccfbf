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

export interface WithdrawSignupOptions {
  prisma: PrismaClient;
  residentId: number;
  signupId: number;
  now: Date;
  /**
   * The resident also withdraws their consent to pass their data to the organisation (Art. 7 (3)
   * DSGVO): what was passed is taken back — the consent, their message, the Führungszeugnis dates —
   * and the signup counts as anonymised, so its Slack message no longer shows their first name,
   * contact or languages. The coordinators are told so in the thread ("signup-consent-withdrawn").
   */
  withdrawConsent?: boolean;
  wakeOutbox?: () => void;
}

/** The resident withdraws; the organisation hears of it through the outbox. */
export async function withdrawSignup(options: WithdrawSignupOptions) {
  const { residentId, signupId, now } = options;
  const withdrawConsent = options.withdrawConsent ?? false;
  return transactionWithOutbox(options, async (tx, enqueue) => {
    const signup = await tx.signup.findFirst({
      where: { id: signupId, residentId, status: { in: [...OPEN_SIGNUP_STATUSES] } },
      select: { status: true },
    });
    if (!signup) throw new SignupNotWithdrawableError(signupId);
    const from = signupStatusSchema.parse(signup.status);
    const takenBack = withdrawConsent
      ? { contactConsentAt: null, message: null, anonymisedAt: now, certificateSeenAt: null, certificateIssuedAt: null, certificateRecordedBy: null }
      : {};
    // Guarded on the status just read: a second tap is refused instead of notifying twice.
    const { count } = await tx.signup.updateMany({
      where: { id: signupId, residentId, status: from },
      data: { status: "withdrawn", statusChangedAt: now, ...takenBack },
    });
    if (count === 0) throw new SignupNotWithdrawableError(signupId);
    await recordStatusEvent(tx, { signupId, from, to: "withdrawn", actor: { kind: "resident" }, at: now });
    await enqueue(withdrawConsent ? "signup-consent-withdrawn" : "signup-withdrawn", { signupId });
  });
}
