import { z } from "zod";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { languagesCodec, residentSlotsCodec } from "../../db/codecs";
import type { MatchProfile, MatchReason } from "../../domain/matching";
import type { TranslatedOpportunityTexts } from "../../domain/opportunity-texts";
import { LOCALES, type BotLocale, type DistrictChoice, type InterestKey } from "../../domain/vocabulary";
import { offerIndex } from "./offer-index";

export interface RecommendationPage {
  items: Array<{
    opportunity: {
      id: number;
      slug: string;
      /** German source texts and the translation into the asked locale, if there is one. */
      title: string;
      summary: string;
      description: string;
      translations: TranslatedOpportunityTexts[];
      organisationName: string;
    };
    score: number;
    reasons: MatchReason[];
  }>;
  /** Whether another page follows. */
  hasMore: boolean;
  /** District id → name, to render place reasons. */
  districtNames: ReadonlyMap<number, string>;
}

/**
 * One page of the resident's recommendations, best first, diversified across organisations.
 * The offers come from the in-memory index (offer-index.ts), which checks the database for changes
 * on every call; only the resident and the page's own texts are read here.
 *
 * Those two reads are one SQL statement each, written out: this runs on every "show offers" tap,
 * and Prisma's findUnique/findMany with relations take three statements and about five times the
 * time each (bench/recommend.bench.ts). test/services/opportunity/recommend-opportunities.property.test.ts
 * checks the result against the plain Prisma implementation.
 */
export async function recommendOpportunities(options: {
  prisma: PrismaClient;
  residentId: number;
  now: Date;
  offset: number;
  count: number;
  /** The resident's chat locale: its translations are loaded, and its language counts for matching. */
  locale: BotLocale;
}): Promise<RecommendationPage> {
  const { prisma, residentId, now, offset, count, locale } = options;
  const [resident, offers] = await Promise.all([loadResident(prisma, residentId), offerIndex(prisma)]);

  const profile: MatchProfile = {
    interests: resident.interests,
    timeSlots: residentSlotsCodec.decode(resident.timeSlots),
    hoursPerWeek: resident.hoursPerWeek,
    districtChoice: resident.districtChoice as DistrictChoice | null,
    districtId: resident.districtId,
    languages: languagesCodec.decode(resident.languages),
    chatLanguage: LOCALES[locale].language,
  };
  // Availability (switched off, paused, expired, stale, full) is decided by matching, with the rule of
  // src/domain/availability.ts; organisations that are switched off take their offers with them.
  // One more than asked tells whether a further page exists.
  const page = offers.index.recommend(
    profile,
    // Offers the resident already signed up for (and did not withdraw from) are not offered again.
    { now, neighbours: offers.neighbours, excludeIds: new Set(resident.signedUpFor) },
    { count: count + 1, offset },
  );
  const shown = page.slice(0, count);
  const texts = await loadTexts(prisma, shown.map((entry) => entry.opportunityId), locale);
  return {
    // An offer deleted since the index was checked has no texts any more: it is left out.
    items: shown.flatMap((entry) => {
      const opportunity = texts.get(entry.opportunityId);
      return opportunity === undefined ? [] : [{ opportunity, score: entry.score, reasons: entry.reasons }];
    }),
    hasMore: page.length > count,
    districtNames: offers.districtNames,
  };
}

interface ResidentForMatching {
  timeSlots: string;
  hoursPerWeek: number | null;
  districtChoice: string | null;
  districtId: number | null;
  languages: string;
  interests: InterestKey[];
  /** Offers with a signup that is not withdrawn. */
  signedUpFor: number[];
}

const idListSchema = z.array(z.number().int());
const keyListSchema = z.array(z.string());

async function loadResident(prisma: PrismaClient, residentId: number): Promise<ResidentForMatching> {
  const rows = await prisma.$queryRaw<
    { timeSlots: string; hoursPerWeek: number | bigint | null; districtChoice: string | null; districtId: number | bigint | null; languages: string; interests: string; signedUpFor: string }[]
  >`SELECT r."timeSlots", r."hoursPerWeek", r."districtChoice", r."districtId", r."languages",
      (SELECT json_group_array(i."A") FROM "_InterestToResident" i WHERE i."B" = r."id") AS "interests",
      (SELECT json_group_array(s."opportunityId") FROM "Signup" s WHERE s."residentId" = r."id" AND s."status" <> 'withdrawn') AS "signedUpFor"
    FROM "Resident" r WHERE r."id" = ${residentId}`;
  const row = rows[0];
  // No such resident: fail exactly as Prisma's findUniqueOrThrow does.
  if (row === undefined) await prisma.resident.findUniqueOrThrow({ where: { id: residentId }, select: { id: true } });
  return {
    timeSlots: row!.timeSlots,
    hoursPerWeek: row!.hoursPerWeek === null ? null : Number(row!.hoursPerWeek),
    districtChoice: row!.districtChoice,
    districtId: row!.districtId === null ? null : Number(row!.districtId),
    languages: row!.languages,
    interests: keyListSchema.parse(JSON.parse(row!.interests)) as InterestKey[],
    signedUpFor: idListSchema.parse(JSON.parse(row!.signedUpFor)),
  };
}

type PageOpportunity = RecommendationPage["items"][number]["opportunity"];

/** The page's offers with their organisation's name and the translation into `locale`, if any. */
async function loadTexts(prisma: PrismaClient, ids: readonly number[], locale: BotLocale): Promise<Map<number, PageOpportunity>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.$queryRaw<
    { id: number | bigint; slug: string; title: string; summary: string; description: string; organisationName: string; translatedTitle: string | null; translatedSummary: string | null; translatedDescription: string | null }[]
  >`SELECT o."id", o."slug", o."title", o."summary", o."description", g."name" AS "organisationName",
      t."title" AS "translatedTitle", t."summary" AS "translatedSummary", t."description" AS "translatedDescription"
    FROM "Opportunity" o
    JOIN "Organisation" g ON g."id" = o."organisationId"
    LEFT JOIN "OpportunityTranslation" t ON t."opportunityId" = o."id" AND t."locale" = ${locale}
    WHERE o."id" IN (${Prisma.join(ids)})`;
  return new Map(
    rows.map((row) => {
      const id = Number(row.id);
      const translations: PageOpportunity["translations"] =
        row.translatedTitle === null
          ? []
          : [{ opportunityId: id, locale, title: row.translatedTitle, summary: row.translatedSummary!, description: row.translatedDescription } as PageOpportunity["translations"][number]];
      return [id, { id, slug: row.slug, title: row.title, summary: row.summary, description: row.description, translations, organisationName: row.organisationName }];
    }),
  );
}
