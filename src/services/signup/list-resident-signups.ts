import type { PrismaClient } from "../../generated/prisma/client";

export async function listResidentSignups(prisma: PrismaClient, residentId: number) {
  return prisma.signup.findMany({
    where: { residentId },
    include: { opportunity: { include: { organisation: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}
