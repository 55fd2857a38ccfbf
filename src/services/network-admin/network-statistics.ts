// `lotse stats`: the funnel for the whole network, per organisation and per district, from the
// same figures the coordinators see in Slack (src/services/coordinator/signup-statistics.ts).
import type { PrismaClient } from "../../generated/prisma/client";
import { signupStatistics, type SignupStatistics } from "../coordinator/signup-statistics";

export async function networkStatistics(options: { prisma: PrismaClient; since: Date; now: Date }): Promise<SignupStatistics & { districts: NonNullable<SignupStatistics["districts"]> }> {
  const { prisma, since, now } = options;
  // The network manager's view: every organisation, switched-off ones included (their past signups count).
  const organisations = await prisma.organisation.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  const statistics = await signupStatistics({ prisma, scope: { network: true, organisations }, now, since, byDistrict: true });
  return { ...statistics, districts: statistics.districts ?? [] };
}
