import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { unavailableReason, type UnavailableReason } from "../../domain/availability";
import { OPEN_SIGNUP_STATUSES } from "../../domain/signup-status";
import { transactionWithOutbox } from "../notification/enqueue";
import { recordStatusEvent } from "./record-status-event";

export class SignupDuplicateError extends Error {
  constructor(readonly signupId: number) {
    super(`signup ${signupId} already exists`);
    this.name = "SignupDuplicateError";
  }
}

export class OpportunityUnavailableError extends Error {
  constructor(
    readonly opportunityId: number,
    readonly reason: UnavailableReason | "unknown",
  ) {
    super(`opportunity ${opportunityId} is not open for signups: ${reason}`);
    this.name = "OpportunityUnavailableError";
  }
}

export interface CreateSignupOptions {
  prisma: PrismaClient;
  residentId: number;
  opportunityId: number;
  message: string | null;
  /**
   * The resident's Telegram username as the channel knows it now (null: they have none). A signup
   * records the resident's consent to pass their first name and Telegram contact to the
   * organisation, so this is when the username is stored (or updated, or removed when they no
   * longer have one). Undefined leaves the stored value alone (callers without a chat identity).
   */
  telegramUsername?: string | null;
  now: Date;
  /** Wakes the outbox worker once the signup is committed. */
  wakeOutbox?: () => void;
}

/**
 * Signs a resident up and, in the same transaction, queues the Slack notification for the
 * organisation, so a crash between the two can neither lose nor invent a notification.
 * A second tap on "sign up" finds the unique (resident, opportunity) pair and is refused;
 * a resident who withdrew earlier and signs up again reopens the same row (the unique pair
 * allows one row), which the organisation hears of as a new signup.
 */
export async function createSignup(options: CreateSignupOptions) {
  const { prisma, residentId, opportunityId, message, now } = options;
  try {
    return await transactionWithOutbox(options, async (tx, enqueue) => {
      const opportunity = await tx.opportunity.findUnique({ where: { id: opportunityId }, include: { organisation: { select: { active: true } } } });
      if (!opportunity) throw new OpportunityUnavailableError(opportunityId, "unknown");

      const openSignups = opportunity.capacity === null ? 0 : await tx.signup.count({ where: { opportunityId, status: { in: [...OPEN_SIGNUP_STATUSES] } } });
      const unavailable = unavailableReason({ ...opportunity, organisationActive: opportunity.organisation.active, openSignups }, now);
      if (unavailable !== null && unavailable !== "full") throw new OpportunityUnavailableError(opportunityId, unavailable);

      const existing = await tx.signup.findUnique({ where: { residentId_opportunityId: { residentId, opportunityId } } });
      // Checked before "full": a second tap is told it is signed up already, even if it took the last place.
      if (existing && existing.status !== "withdrawn") throw new SignupDuplicateError(existing.id);
      if (unavailable === "full") throw new OpportunityUnavailableError(opportunityId, "full");

      // anonymisedAt: a signup withdrawn together with the consent (withdrawSignup's withdrawConsent)
      // was anonymised; signing up again gives the consent anew, so the organisation sees the person again.
      const data = { message, status: "new", contactConsentAt: now, statusChangedAt: now, anonymisedAt: null };
      const signup = existing
        ? await tx.signup.update({ where: { id: existing.id }, data })
        : // createdAt from the same clock as statusChangedAt, so age and answer times agree with it.
          await tx.signup.create({ data: { residentId, opportunityId, ...data, createdAt: now } });
      // Signing up again is a status change too (withdrawn → new); a first signup has no "before".
      if (existing) await recordStatusEvent(tx, { signupId: signup.id, from: "withdrawn", to: "new", actor: { kind: "resident" }, at: now });
      if (options.telegramUsername !== undefined) await tx.resident.update({ where: { id: residentId }, data: { telegramUsername: options.telegramUsername } });
      await enqueue("signup-created", { signupId: signup.id });
      return signup;
    });
  } catch (error) {
    // Two taps handled at the same time: the second insert hits the unique index.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await prisma.signup.findUnique({ where: { residentId_opportunityId: { residentId, opportunityId } } });
      if (existing) throw new SignupDuplicateError(existing.id);
    }
    throw error;
  }
}
