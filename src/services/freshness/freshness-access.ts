// Who may answer the question whether an offer is still current (the buttons under it in Slack):
// a registered coordinator of the offer's organisation or a network manager (mayActFor). The
// refusals are the coordinators' tools' own errors, so Slack answers them the same way.
import type { PrismaClient } from "../../generated/prisma/client";
import { mayActFor } from "../../domain/coordinator-scope";
import { NotACoordinatorError } from "../coordinator/find-coordinator-scope";
import { OpportunityNotInScopeError } from "../coordinator/find-scoped-opportunity";

/** The offer the button is about no longer exists. */
export class FreshnessOpportunityNotFoundError extends Error {
  constructor(readonly opportunityId: number) {
    super(`opportunity ${opportunityId} does not exist`);
    this.name = "FreshnessOpportunityNotFoundError";
  }
}

/** What a button's answer reports back, to update the Slack message. */
export interface FreshnessAnswer {
  opportunityId: number;
  slug: string;
  title: string;
  organisationName: string;
  /** False when nothing changed (pausing an offer that was paused already). */
  changed: boolean;
}

export interface FreshnessAnswerOptions {
  prisma: PrismaClient;
  opportunityId: number;
  /** The Slack user who clicked. */
  slackUserId: string;
  now: Date;
}

/**
 * The offer, if the Slack user may answer for it. NotACoordinatorError for anybody who is not a
 * registered coordinator, OpportunityNotInScopeError for another organisation's coordinator.
 */
export async function checkFreshnessAccess(options: FreshnessAnswerOptions) {
  const { prisma, opportunityId, slackUserId } = options;
  const coordinator = await prisma.coordinator.findUnique({ where: { slackUserId }, select: { organisationId: true } });
  if (!coordinator) throw new NotACoordinatorError();
  const opportunity = await prisma.opportunity.findUnique({ where: { id: opportunityId }, include: { organisation: { select: { name: true } } } });
  if (!opportunity) throw new FreshnessOpportunityNotFoundError(opportunityId);
  if (!mayActFor(coordinator, opportunity.organisationId)) throw new OpportunityNotInScopeError(opportunity.slug, opportunity.organisation.name);
  return opportunity;
}
