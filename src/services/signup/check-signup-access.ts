// May this Slack user act on this signup? The same rule as the status buttons: coordinators of
// the signup's organisation and the network managers (coordinators without organisation). Used
// before a Slack dialogue about a signup opens, and inside the services that change it, so a
// refused user never sees the dialogue and a forged submission changes nothing.
import type { PrismaClient } from "../../generated/prisma/client";
import { requirementsCodec } from "../../db/codecs";
import { mayActFor } from "../../domain/coordinator-scope";
import { canTransition, type CoordinatorStatus } from "../../domain/signup-status";
import { signupStatusSchema, type RequirementKey, type SignupStatus } from "../../domain/vocabulary";
import type { Tx } from "../notification/enqueue";
import { CoordinatorNotResponsibleError, SignupNotFoundError, SignupStatusTransitionError, UnknownCoordinatorError } from "./update-signup-status";

export interface SignupAccess {
  signupId: number;
  status: SignupStatus;
  organisationId: number;
  /** The opportunity's requirements (e.g. "fuehrungszeugnis"); empty if the column cannot be read. */
  requirements: readonly RequirementKey[];
  coordinator: { id: number; organisationId: number | null };
}

/**
 * The signup as far as the check needs it, or one of UnknownCoordinatorError,
 * SignupNotFoundError, CoordinatorNotResponsibleError (in that order, as updateSignupStatus).
 */
export async function checkSignupAccess(
  db: PrismaClient | Tx,
  options: { signupId: number; coordinatorSlackUserId: string },
): Promise<SignupAccess> {
  const coordinator = await db.coordinator.findUnique({
    where: { slackUserId: options.coordinatorSlackUserId },
    select: { id: true, organisationId: true },
  });
  if (!coordinator) throw new UnknownCoordinatorError(options.coordinatorSlackUserId);

  const signup = await db.signup.findUnique({
    where: { id: options.signupId },
    select: {
      status: true,
      opportunity: { select: { organisationId: true, requirements: true, organisation: { select: { name: true } } } },
    },
  });
  if (!signup) throw new SignupNotFoundError(options.signupId);
  if (!mayActFor(coordinator, signup.opportunity.organisationId)) {
    throw new CoordinatorNotResponsibleError(options.signupId, signup.opportunity.organisation.name);
  }
  return {
    signupId: options.signupId,
    status: signupStatusSchema.parse(signup.status),
    organisationId: signup.opportunity.organisationId,
    requirements: decodeRequirements(signup.opportunity.requirements),
    coordinator,
  };
}

/**
 * Whether the coordinator may move the signup to `status` now, before a dialogue asks for more
 * (the reason for "Abgesagt"): the errors of checkSignupAccess, or SignupStatusTransitionError.
 * updateSignupStatus checks all of it again when the dialogue is sent.
 */
export async function checkStatusChangeAccess(
  db: PrismaClient | Tx,
  options: { signupId: number; coordinatorSlackUserId: string; status: CoordinatorStatus },
): Promise<SignupAccess> {
  const access = await checkSignupAccess(db, options);
  if (access.status !== options.status && !canTransition(access.status, options.status, "coordinator")) {
    throw new SignupStatusTransitionError(options.signupId, access.status, options.status);
  }
  return access;
}

function decodeRequirements(text: string): RequirementKey[] {
  try {
    return requirementsCodec.decode(text);
  } catch {
    // A hand-edited, unreadable column: the opportunity counts as requiring nothing.
    return [];
  }
}
