// Counts offers shown to residents as recommendations, for /lotse statistik ("wie oft wurde
// unser Angebot gezeigt"). One row per offer and showing, without the resident: the figure
// needs no more.
import type { PrismaClient } from "../../generated/prisma/client";

export async function recordRecommendationsShown(options: { prisma: PrismaClient; opportunityIds: readonly number[]; now: Date }): Promise<number> {
  const { prisma, opportunityIds, now } = options;
  if (opportunityIds.length === 0) return 0;
  const result = await prisma.recommendationShown.createMany({ data: opportunityIds.map((opportunityId) => ({ opportunityId, shownAt: now })) });
  return result.count;
}
