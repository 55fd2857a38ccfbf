// `lotse coordinator add`: registers a Slack user as coordinator of an organisation, or, without
// one, as network manager (sees and acts for every organisation; src/domain/coordinator-scope.ts).
// The Slack user id is the key, as in the network file: adding an id that exists updates its name
// and organisation instead of failing, and says what it was before.
import type { PrismaClient } from "../../generated/prisma/client";
import { parseCoordinatorName, parseSlackUserId } from "./coordinator-input";
import { organisationIdBySlug } from "./unknown-slug";

export interface CoordinatorRecord {
  name: string;
  slackUserId: string;
  /** null: network manager. */
  organisation: { slug: string; name: string } | null;
}

export type AddCoordinatorResult =
  | { outcome: "created"; coordinator: CoordinatorRecord }
  | { outcome: "updated"; coordinator: CoordinatorRecord; before: CoordinatorRecord }
  | { outcome: "unchanged"; coordinator: CoordinatorRecord };

export async function addCoordinator(options: { prisma: PrismaClient; slackUserId: string; name: string; organisationSlug?: string }): Promise<AddCoordinatorResult> {
  const slackUserId = parseSlackUserId(options.slackUserId);
  const name = parseCoordinatorName(options.name);
  const select = { name: true, slackUserId: true, organisationId: true, organisation: { select: { slug: true, name: true } } } as const;
  return options.prisma.$transaction(async (tx) => {
    const organisationId = options.organisationSlug === undefined ? null : await organisationIdBySlug(tx, options.organisationSlug);
    const existing = await tx.coordinator.findUnique({ where: { slackUserId }, select });
    if (existing && existing.name === name && existing.organisationId === organisationId) {
      return { outcome: "unchanged", coordinator: coordinatorRecord(existing) };
    }
    const saved = existing
      ? await tx.coordinator.update({ where: { slackUserId }, data: { name, organisationId }, select })
      : await tx.coordinator.create({ data: { slackUserId, name, organisationId }, select });
    return existing ? { outcome: "updated", coordinator: coordinatorRecord(saved), before: coordinatorRecord(existing) } : { outcome: "created", coordinator: coordinatorRecord(saved) };
  });
}

export function coordinatorRecord(row: { name: string; slackUserId: string; organisation: { slug: string; name: string } | null }): CoordinatorRecord {
  return { name: row.name, slackUserId: row.slackUserId, organisation: row.organisation ? { slug: row.organisation.slug, name: row.organisation.name } : null };
}
