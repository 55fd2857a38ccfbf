// A coordinator writes to every accepted volunteer of one offer of their organisation
// (/lotse nachricht <slug>): first the modal is opened for the offer (prepareBroadcast), then the
// text is sent (broadcastToVolunteers). The Broadcast row and one outbox notification per
// volunteer are written in one transaction, so either everybody is queued or nobody; the
// outbox delivers them within Telegram's limits.
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { transactionWithOutbox, type Tx } from "../notification/enqueue";
import type { CoordinatorScope } from "./find-coordinator-scope";
import { findScopedOpportunity, OpportunityNotFoundError } from "./find-scoped-opportunity";

/** Room for the coordinator's words within Telegram's 4096 characters, with the frame around them. */
export const BROADCAST_MAX_LENGTH = 2000;
export const broadcastTextSchema = z.string().trim().min(1).max(BROADCAST_MAX_LENGTH);

/** The offer has no accepted volunteers (left) to write to. */
export class NoVolunteersError extends Error {
  constructor(readonly opportunityId: number) {
    super(`opportunity ${opportunityId} has no accepted volunteers`);
    this.name = "NoVolunteersError";
  }
}

export interface BroadcastTarget {
  opportunityId: number;
  slug: string;
  title: string;
  organisationName: string;
  recipients: number;
}

/** Accepted signups whose resident still exists (not erased): the people a broadcast reaches. */
async function recipientsOf(db: PrismaClient | Tx, opportunityId: number): Promise<number[]> {
  const signups = await db.signup.findMany({
    where: { opportunityId, status: "accepted", residentId: { not: null }, anonymisedAt: null },
    select: { residentId: true },
    orderBy: { id: "asc" },
  });
  return signups.flatMap((signup) => (signup.residentId === null ? [] : [signup.residentId]));
}

/** The offer by slug, checked against the scope, and how many volunteers a message would reach. */
export async function prepareBroadcast(options: { prisma: PrismaClient; scope: CoordinatorScope; slug: string }): Promise<BroadcastTarget> {
  const { prisma, scope, slug } = options;
  const opportunity = await findScopedOpportunity(prisma, scope, slug);
  const recipients = await recipientsOf(prisma, opportunity.id);
  if (recipients.length === 0) throw new NoVolunteersError(opportunity.id);
  return { opportunityId: opportunity.id, slug: opportunity.slug, title: opportunity.title, organisationName: opportunity.organisation.name, recipients: recipients.length };
}

export interface BroadcastToVolunteersOptions {
  prisma: PrismaClient;
  scope: CoordinatorScope;
  opportunityId: number;
  /** The coordinator's words, sent as written (trimmed). */
  text: string;
  now: Date;
  wakeOutbox?: () => void;
}

export async function broadcastToVolunteers(options: BroadcastToVolunteersOptions): Promise<{ broadcastId: number; recipients: number; title: string }> {
  const { scope, opportunityId, now } = options;
  const text = broadcastTextSchema.parse(options.text);
  return transactionWithOutbox(options, async (tx, enqueue) => {
    // Checked again at sending: the modal may have stayed open while the scope changed.
    const opportunity = await tx.opportunity.findUnique({ where: { id: opportunityId }, select: { slug: true } });
    if (!opportunity) throw new OpportunityNotFoundError(String(opportunityId));
    const { id, title } = await findScopedOpportunity(tx, scope, opportunity.slug);
    const residentIds = await recipientsOf(tx, id);
    if (residentIds.length === 0) throw new NoVolunteersError(id);
    const broadcast = await tx.broadcast.create({
      data: { opportunityId: id, text, slackUserId: scope.slackUserId, recipientCount: residentIds.length, createdAt: now },
    });
    for (const residentId of residentIds) await enqueue("broadcast-message", { broadcastId: broadcast.id, residentId });
    return { broadcastId: broadcast.id, recipients: residentIds.length, title };
  });
}
