// `lotse show SLUG`: everything the network manager may want to know about one offer. Signups
// appear only as counts per status: no resident is named.
import type { PrismaClient } from "../../generated/prisma/client";
import { languagesCodec, requirementsCodec, scheduleCodec } from "../../db/codecs";
import { availabilityAt } from "../../domain/availability";
import { DEFAULT_FRESHNESS, freshnessOf, staleAfter, type FreshnessSettings } from "../../domain/freshness";
import { DEFAULT_TIME_ZONE } from "../../domain/matching/calendar";
import { isOpenSignupStatus } from "../../domain/signup-status";
import { BOT_LOCALES, SIGNUP_STATUSES, signupStatusSchema, type BotLocale, type SignupStatus } from "../../domain/vocabulary";
import type { OpportunityStatus } from "./list-opportunities";
import { unknownSlugError } from "./unknown-slug";

export async function describeOpportunity(options: { prisma: PrismaClient; slug: string; now: Date; timeZone?: string; freshness?: FreshnessSettings }) {
  const { prisma, slug, now } = options;
  const settings = options.freshness ?? DEFAULT_FRESHNESS;
  const opportunity = await prisma.opportunity.findUnique({
    where: { slug },
    include: {
      organisation: { include: { coordinators: { select: { name: true, slackUserId: true }, orderBy: { name: "asc" } } } },
      district: { select: { slug: true, name: true } },
      interests: { select: { key: true }, orderBy: { sortOrder: "asc" } },
      translations: { select: { locale: true } },
    },
  });
  if (!opportunity) throw await unknownSlugError(prisma, "opportunity", slug);

  const counts = await prisma.signup.groupBy({ by: ["status"], where: { opportunityId: opportunity.id }, _count: { _all: true } });
  const signups = Object.fromEntries(SIGNUP_STATUSES.map((status) => [status, 0])) as Record<SignupStatus, number>;
  for (const row of counts) {
    const status = signupStatusSchema.safeParse(row.status);
    if (status.success) signups[status.data] += row._count._all;
  }
  const openSignups = SIGNUP_STATUSES.filter(isOpenSignupStatus).reduce((sum, status) => sum + signups[status], 0);
  const status: OpportunityStatus =
    availabilityAt(now, options.timeZone ?? DEFAULT_TIME_ZONE)({
      active: opportunity.active,
      organisationActive: opportunity.organisation.active,
      pausedAt: opportunity.pausedAt,
      validUntil: opportunity.validUntil,
      staleSince: opportunity.staleSince,
      capacity: opportunity.capacity,
      openSignups,
    }) ?? "active";
  const translated = new Set(opportunity.translations.map((translation) => translation.locale));
  const { organisation } = opportunity;

  return {
    id: opportunity.id,
    slug: opportunity.slug,
    title: opportunity.title,
    summary: opportunity.summary,
    description: opportunity.description,
    /** Bot locales other than German, with and without a translation of the texts. */
    translations: {
      present: BOT_LOCALES.filter((locale) => locale !== "de" && translated.has(locale)),
      missing: BOT_LOCALES.filter((locale) => locale !== "de" && !translated.has(locale)),
    } satisfies Record<string, BotLocale[]>,
    interests: opportunity.interests.map((interest) => interest.key),
    schedule: scheduleCodec.decode(opportunity.schedule),
    hoursPerWeek: opportunity.hoursPerWeek,
    frequency: opportunity.frequency,
    minCommitmentMonths: opportunity.minCommitmentMonths,
    locationKind: opportunity.locationKind,
    district: opportunity.district,
    languagesHelpful: languagesCodec.decode(opportunity.languagesHelpful),
    languagesRequired: languagesCodec.decode(opportunity.languagesRequired),
    littleGerman: opportunity.littleGerman,
    requirements: requirementsCodec.decode(opportunity.requirements),
    minAge: opportunity.minAge,
    capacity: opportunity.capacity,
    validUntil: opportunity.validUntil,
    active: opportunity.active,
    pausedAt: opportunity.pausedAt,
    pausedBy: opportunity.pausedBy,
    status,
    freshness: freshnessOf(opportunity, now, settings),
    confirmedAt: opportunity.confirmedAt,
    freshnessAskedAt: opportunity.freshnessAskedAt,
    /** When an unanswered question makes the offer stale. */
    staleAt: opportunity.staleSince === null && opportunity.freshnessAskedAt !== null ? staleAfter(opportunity.freshnessAskedAt, settings) : null,
    staleSince: opportunity.staleSince,
    createdAt: opportunity.createdAt,
    updatedAt: opportunity.updatedAt,
    organisation: {
      slug: organisation.slug,
      name: organisation.name,
      active: organisation.active,
      slackChannel: organisation.slackChannel,
      coordinators: organisation.coordinators,
    },
    signups,
    openSignups,
  };
}

export type OpportunityDescription = Awaited<ReturnType<typeof describeOpportunity>>;
