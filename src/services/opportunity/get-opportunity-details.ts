import type { PrismaClient } from "../../generated/prisma/client";
import { languagesCodec, requirementsCodec, scheduleCodec } from "../../db/codecs";
import { isAvailable } from "../../domain/availability";
import { OPEN_SIGNUP_STATUSES } from "../../domain/signup-status";
import type { BotLocale } from "../../domain/vocabulary";

/** Everything the signup flow shows about one offer, and whether it still takes signups. */
export async function getOpportunityDetails(options: { prisma: PrismaClient; opportunityId: number; residentId: number; now: Date; locale: BotLocale }) {
  const { prisma, opportunityId, residentId, now, locale } = options;
  const opportunity = await prisma.opportunity.findUnique({
    where: { id: opportunityId },
    include: { organisation: true, district: true, interests: true, translations: { where: { locale } } },
  });
  if (!opportunity) return null;
  const [openSignups, ownSignup] = await Promise.all([
    prisma.signup.count({ where: { opportunityId, status: { in: [...OPEN_SIGNUP_STATUSES] } } }),
    prisma.signup.findUnique({ where: { residentId_opportunityId: { residentId, opportunityId } } }),
  ]);
  const available = isAvailable({ ...opportunity, organisationActive: opportunity.organisation.active, openSignups }, now);
  return {
    ...opportunity,
    schedule: scheduleCodec.decode(opportunity.schedule),
    languagesHelpful: languagesCodec.decode(opportunity.languagesHelpful),
    languagesRequired: languagesCodec.decode(opportunity.languagesRequired),
    requirements: requirementsCodec.decode(opportunity.requirements),
    isAvailable: available,
    alreadySignedUp: ownSignup !== null && ownSignup.status !== "withdrawn",
  };
}

export type OpportunityDetails = NonNullable<Awaited<ReturnType<typeof getOpportunityDetails>>>;
