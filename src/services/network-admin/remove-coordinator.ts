// `lotse coordinator remove`: the Slack user no longer acts on signups. Their past status changes
// keep their Slack id in the history (SignupStatusEvent.actor), which is not tied to this row.
import type { PrismaClient } from "../../generated/prisma/client";
import { coordinatorRecord, type CoordinatorRecord } from "./add-coordinator";
import { parseSlackUserId } from "./coordinator-input";

export class CoordinatorNotFoundError extends Error {
  constructor(readonly slackUserId: string) {
    super("no coordinator with this Slack user id");
    this.name = "CoordinatorNotFoundError";
  }
}

export async function removeCoordinator(options: { prisma: PrismaClient; slackUserId: string }): Promise<CoordinatorRecord> {
  const slackUserId = parseSlackUserId(options.slackUserId);
  return options.prisma.$transaction(async (tx) => {
    const existing = await tx.coordinator.findUnique({ where: { slackUserId }, select: { name: true, slackUserId: true, organisation: { select: { slug: true, name: true } } } });
    if (!existing) throw new CoordinatorNotFoundError(slackUserId);
    await tx.coordinator.delete({ where: { slackUserId } });
    return coordinatorRecord(existing);
  });
}
