import type { PrismaClient } from "../../generated/prisma/client";
import type { BotLocale } from "../../domain/vocabulary";

/** The resident's signups, newest first, with each offer's texts in their locale. */
export async function listResidentSignups(prisma: PrismaClient, residentId: number, locale: BotLocale) {
  return prisma.signup.findMany({
    where: { residentId },
    include: { opportunity: { include: { organisation: true, translations: { where: { locale } } } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}
