// A coordinator moves a signup on (contacted, accepted, declined). The resident hears of it
// through the outbox: the Telegram notification is written in the same transaction, so a
// status change and its message to the resident exist together or not at all.
import type { PrismaClient } from "../../generated/prisma/client";
import { mayActFor } from "../../domain/coordinator-scope";
import { canTransition, type CoordinatorStatus } from "../../domain/signup-status";
import { signupStatusSchema, type SignupStatus } from "../../domain/vocabulary";
import { transactionWithOutbox } from "../notification/enqueue";
import { recordStatusEvent } from "./record-status-event";

export interface UpdateSignupStatusOptions {
  prisma: PrismaClient;
  signupId: number;
  status: CoordinatorStatus;
  /** Who clicked; must be a registered Coordinator. */
  coordinatorSlackUserId: string;
  /** Why, where the coordinator gave a reason; kept with the status event. */
  reason?: string | null;
  now?: () => Date;
  /** Wakes the outbox worker once the change is committed. */
  wakeOutbox?: () => void;
}

export interface UpdateSignupStatusResult {
  signupId: number;
  previousStatus: SignupStatus;
  status: SignupStatus;
  /** False when the signup already had this status (a double click, two coordinators at once). */
  changed: boolean;
  coordinator: { id: number; organisationId: number | null };
  /** Whether a message to the resident was queued (not for anonymised signups). */
  residentNotified: boolean;
}

/** The Slack user is not in the Coordinator table. */
export class UnknownCoordinatorError extends Error {
  constructor(readonly slackUserId: string) {
    super(`no coordinator with Slack user id ${slackUserId}`);
    this.name = "UnknownCoordinatorError";
  }
}

export class SignupNotFoundError extends Error {
  constructor(readonly signupId: number) {
    super(`signup ${signupId} not found`);
    this.name = "SignupNotFoundError";
  }
}

/** A coordinator of one organisation acted on another organisation's signup. */
export class CoordinatorNotResponsibleError extends Error {
  constructor(
    readonly signupId: number,
    readonly organisationName: string,
  ) {
    super(`coordinator is not responsible for signup ${signupId}`);
    this.name = "CoordinatorNotResponsibleError";
  }
}

export class SignupStatusTransitionError extends Error {
  constructor(
    readonly signupId: number,
    readonly from: SignupStatus,
    readonly to: SignupStatus,
  ) {
    super(`signup ${signupId} cannot go from ${from} to ${to}`);
    this.name = "SignupStatusTransitionError";
  }
}

export async function updateSignupStatus(options: UpdateSignupStatusOptions): Promise<UpdateSignupStatusResult> {
  const { signupId, status: to, coordinatorSlackUserId } = options;
  const now = (options.now ?? (() => new Date()))();

  return transactionWithOutbox(options, async (tx, enqueue) => {
    const coordinator = await tx.coordinator.findUnique({
      where: { slackUserId: coordinatorSlackUserId },
      select: { id: true, organisationId: true },
    });
    if (!coordinator) throw new UnknownCoordinatorError(coordinatorSlackUserId);

    const signup = await tx.signup.findUnique({
      where: { id: signupId },
      select: {
        status: true,
        residentId: true,
        opportunity: { select: { organisationId: true, organisation: { select: { name: true } } } },
      },
    });
    if (!signup) throw new SignupNotFoundError(signupId);
    if (!mayActFor(coordinator, signup.opportunity.organisationId)) {
      throw new CoordinatorNotResponsibleError(signupId, signup.opportunity.organisation.name);
    }

    const from = signupStatusSchema.parse(signup.status);
    const result = { signupId, previousStatus: from, status: to, coordinator, residentNotified: false };
    if (from === to) return { ...result, changed: false };
    if (!canTransition(from, to, "coordinator")) throw new SignupStatusTransitionError(signupId, from, to);

    // Guarded on the status we checked, so a withdrawal committed in between is not overwritten.
    const updated = await tx.signup.updateMany({
      where: { id: signupId, status: from },
      data: { status: to, statusChangedAt: now },
    });
    if (updated.count !== 1) {
      const current = await tx.signup.findUnique({ where: { id: signupId }, select: { status: true } });
      throw new SignupStatusTransitionError(signupId, signupStatusSchema.catch(from).parse(current?.status), to);
    }
    await recordStatusEvent(tx, {
      signupId,
      from,
      to,
      actor: { kind: "coordinator", slackUserId: coordinatorSlackUserId },
      reason: options.reason ?? null,
      at: now,
    });

    // An anonymised signup has nobody left to tell.
    if (signup.residentId !== null) {
      await enqueue("signup-status-changed", { signupId, residentId: signup.residentId, status: to }, { notBefore: now });
    }
    return { ...result, changed: true, residentNotified: signup.residentId !== null };
  });
}
