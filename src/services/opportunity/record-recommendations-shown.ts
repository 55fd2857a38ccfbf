// Counts offers shown to residents as recommendations, for /lotse statistik ("wie oft wurde
// unser Angebot gezeigt"). One row per offer and showing, without the resident: the figure
// needs no more. Written on every page of offers a resident sees, so straight to SQLite, sharing
// its commit with the other writes of the moment (writeTogether, src/db/direct.ts).
import { sqliteDateTime, writeTogether } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";

const INSERT = "INSERT INTO RecommendationShown (opportunityId, shownAt) VALUES (?, ?)";

export async function recordRecommendationsShown(options: { prisma: PrismaClient; opportunityIds: readonly number[]; now: Date }): Promise<number> {
  const { opportunityIds } = options;
  if (opportunityIds.length === 0) return 0;
  const shownAt = sqliteDateTime(options.now);
  return writeTogether(options.prisma, (database) => {
    const insert = database.prepare(INSERT);
    for (const opportunityId of opportunityIds) insert.run(opportunityId, shownAt);
    return opportunityIds.length;
  });
}
