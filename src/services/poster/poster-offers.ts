// The offers QR codes and posters are made for: one named by its slug (lotse qr SLUG), or every
// offer that takes signups now, by organisation (lotse qr --all). Availability is the one rule of
// src/domain/availability.ts: a poster of an offer the bot would not show helps nobody.
import { closest, distance } from "fastest-levenshtein";
import type { PrismaClient } from "../../generated/prisma/client";
import { availabilityAt } from "../../domain/availability";
import { localizeOpportunity } from "../../domain/opportunity-texts";
import { OPEN_SIGNUP_STATUSES } from "../../domain/signup-status";
import type { BotLocale } from "../../domain/vocabulary";

export interface PosterOffer {
  id: number;
  slug: string;
  /** In the poster's language: the translation, or the German text where there is none. */
  title: string;
  summary: string;
  /** Whether it takes signups now; the deep link of one that does not leads to the normal start. */
  available: boolean;
  organisation: { slug: string; name: string };
}

export interface PosterOrganisation {
  slug: string;
  name: string;
  offers: PosterOffer[];
}

export class PosterOfferNotFoundError extends Error {
  constructor(
    readonly slug: string,
    /** The nearest slug there is, when one is near enough to be a typo. */
    readonly suggestion: string | null,
  ) {
    super("no opportunity with this slug");
    this.name = "PosterOfferNotFoundError";
  }
}

interface LoadOptions {
  prisma: PrismaClient;
  now: Date;
  locale: BotLocale;
  timeZone?: string;
}

/** One offer by slug (as typed: case does not matter), available or not; throws PosterOfferNotFoundError. */
export async function findPosterOffer(options: LoadOptions & { slug: string }): Promise<PosterOffer> {
  const slug = options.slug.trim().toLowerCase();
  const offers = await loadOffers(options, { slug });
  if (offers[0]) return offers[0];
  const slugs = (await options.prisma.opportunity.findMany({ select: { slug: true } })).map((row) => row.slug);
  throw new PosterOfferNotFoundError(options.slug, suggestSlug(slug, slugs));
}

/** Every offer that takes signups now, by organisation (both by name). */
export async function listPosterOrganisations(options: LoadOptions): Promise<PosterOrganisation[]> {
  const offers = (await loadOffers(options, { active: true })).filter((offer) => offer.available);
  const organisations = new Map<string, PosterOrganisation>();
  for (const offer of offers) {
    const organisation = organisations.get(offer.organisation.slug) ?? { ...offer.organisation, offers: [] };
    organisation.offers.push(offer);
    organisations.set(organisation.slug, organisation);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "de");
  const sorted = [...organisations.values()].sort(byName);
  for (const organisation of sorted) organisation.offers.sort((a, b) => a.title.localeCompare(b.title, "de"));
  return sorted;
}

async function loadOffers(options: LoadOptions, where: { slug?: string; active?: boolean }): Promise<PosterOffer[]> {
  const { prisma, now, locale } = options;
  const [rows, openCounts] = await Promise.all([
    prisma.opportunity.findMany({ where, include: { organisation: true, translations: { where: { locale } } } }),
    prisma.signup.groupBy({ by: ["opportunityId"], where: { status: { in: [...OPEN_SIGNUP_STATUSES] } }, _count: { _all: true } }),
  ]);
  const openByOpportunity = new Map(openCounts.map((row) => [row.opportunityId, row._count._all]));
  const unavailable = availabilityAt(now, options.timeZone);
  return rows.map((row) => {
    const texts = localizeOpportunity(row, locale);
    // The whole row goes in, so every fact the rule looks at (paused, stale …) is there.
    const reason = unavailable({ ...row, organisationActive: row.organisation.active, openSignups: openByOpportunity.get(row.id) ?? 0 });
    return {
      id: row.id,
      slug: row.slug,
      title: texts.title,
      summary: texts.summary,
      available: reason === null,
      organisation: { slug: row.organisation.slug, name: row.organisation.name },
    };
  });
}

/** The nearest slug, if it is within a typo's reach (a third of the length, at least 2 edits). */
export function suggestSlug(typed: string, slugs: readonly string[]): string | null {
  if (slugs.length === 0 || typed === "") return null;
  const candidate = closest(typed, [...slugs]);
  // A slug that contains what was typed ("oma" → "leih-oma-auenhain") is a good guess too.
  const contained = slugs.find((slug) => typed.length >= 3 && slug.includes(typed));
  if (distance(typed, candidate) <= Math.max(2, Math.floor(typed.length / 3))) return candidate;
  return contained ?? null;
}
