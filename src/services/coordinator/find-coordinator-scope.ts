// Which organisations a Slack user may see and act for: the coordinators' tools (/lotse, the App
// Home) show data of these and of no others. A coordinator of an organisation sees that one; a
// coordinator without organisation runs the network and sees all of them.
import type { PrismaClient } from "../../generated/prisma/client";

/** The Slack user is not a registered coordinator: they get no data at all. */
export class NotACoordinatorError extends Error {
  constructor() {
    // The Slack id stays out of the message: errors are logged.
    super("the Slack user is not a registered coordinator");
    this.name = "NotACoordinatorError";
  }
}

export interface CoordinatorScope {
  coordinatorId: number;
  slackUserId: string;
  /** A network manager (Coordinator.organisationId null): every organisation. */
  network: boolean;
  /** The organisations in scope, by name; for a network manager all of them, switched-off ones included. */
  organisations: ReadonlyArray<{ id: number; name: string }>;
}

export async function findCoordinatorScope(options: { prisma: PrismaClient; slackUserId: string }): Promise<CoordinatorScope> {
  const { prisma, slackUserId } = options;
  const coordinator = await prisma.coordinator.findUnique({
    where: { slackUserId },
    select: { id: true, organisationId: true, organisation: { select: { id: true, name: true } } },
  });
  if (!coordinator) throw new NotACoordinatorError();
  const network = coordinator.organisationId === null;
  const organisations = network
    ? await prisma.organisation.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } })
    : coordinator.organisation
      ? [coordinator.organisation]
      : [];
  return { coordinatorId: coordinator.id, slackUserId, network, organisations };
}

/** The ids of the organisations in scope, for `where: { organisationId: { in: … } }`. */
export function scopeOrganisationIds(scope: CoordinatorScope): number[] {
  return scope.organisations.map((organisation) => organisation.id);
}
