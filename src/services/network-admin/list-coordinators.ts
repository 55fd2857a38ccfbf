// `lotse coordinator list`: who acts on signups in Slack, network managers first, then by
// organisation and name.
import type { PrismaClient } from "../../generated/prisma/client";
import { coordinatorRecord, type CoordinatorRecord } from "./add-coordinator";

export async function listCoordinators(options: { prisma: PrismaClient }): Promise<CoordinatorRecord[]> {
  const rows = await options.prisma.coordinator.findMany({ select: { name: true, slackUserId: true, organisation: { select: { slug: true, name: true } } } });
  const collator = new Intl.Collator("de");
  return rows
    .map(coordinatorRecord)
    .sort(
      (a, b) =>
        Number(a.organisation !== null) - Number(b.organisation !== null) ||
        collator.compare(a.organisation?.name ?? "", b.organisation?.name ?? "") ||
        collator.compare(a.name, b.name),
    );
}
