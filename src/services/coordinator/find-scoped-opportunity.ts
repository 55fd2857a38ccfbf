// An offer named by its slug in a coordinator's command (/lotse angebot pausieren <slug>,
// /lotse nachricht <slug>), looked up only among the offers of the coordinator's organisations.
import type { PrismaClient } from "../../generated/prisma/client";
import type { Tx } from "../notification/enqueue";
import type { CoordinatorScope } from "./find-coordinator-scope";

export class OpportunityNotFoundError extends Error {
  constructor(readonly slug: string) {
    super("no opportunity with this slug");
    this.name = "OpportunityNotFoundError";
  }
}

/** The offer belongs to an organisation the coordinator does not act for. */
export class OpportunityNotInScopeError extends Error {
  constructor(
    readonly slug: string,
    readonly organisationName: string,
  ) {
    super("the opportunity belongs to another organisation");
    this.name = "OpportunityNotInScopeError";
  }
}

export async function findScopedOpportunity(db: PrismaClient | Tx, scope: CoordinatorScope, slug: string) {
  const opportunity = await db.opportunity.findUnique({ where: { slug }, include: { organisation: { select: { id: true, name: true } } } });
  if (!opportunity) throw new OpportunityNotFoundError(slug);
  if (!scope.organisations.some((organisation) => organisation.id === opportunity.organisationId)) {
    throw new OpportunityNotInScopeError(slug, opportunity.organisation.name);
  }
  return opportunity;
}
