// The database → the network in the shape of the network file (network-file-schema.ts), which
// import reads back unchanged. Everything the network manager maintains goes out; what the bot
// or the coordinators set (pauses, freshness questions, signups) stays in the database.
import { languagesCodec, requirementsCodec, scheduleCodec } from "../../../db/codecs";
import { DEFAULT_TIME_ZONE } from "../../../domain/matching/calendar";
import {
  FREQUENCIES,
  INTEREST_KEYS,
  isBotLocale,
  LANGUAGE_CODES,
  OPPORTUNITY_SLOTS,
  REQUIREMENT_KEYS,
  type Frequency,
  type InterestKey,
} from "../../../domain/vocabulary";
import type { PrismaClient } from "../../../generated/prisma/client";
import type {
  CoordinatorEntry,
  DistrictEntry,
  NetworkFile,
  OpportunityEntry,
  OpportunityTranslationEntry,
  OrganisationEntry,
} from "../network-file-schema";
import { calendarDayIn } from "../sheet/calendar-days";
import { TRANSLATION_LOCALES, type TranslationLocale } from "../sheet/columns";

export interface ExportNetworkOptions {
  /** The city's time zone (CITY_TIME_ZONE): confirmedAt is written as a calendar day there. */
  timeZone?: string;
}

/**
 * Every district, organisation, coordinator and opportunity, in the order they were first
 * imported (so the manager's spreadsheet keeps its order); lists in vocabulary order.
 */
export async function exportNetwork(prisma: PrismaClient, options: ExportNetworkOptions = {}): Promise<NetworkFile> {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const [districts, organisations, coordinators, opportunities] = await Promise.all([
    prisma.district.findMany({
      orderBy: { id: "asc" },
      include: { neighbours: { select: { slug: true } }, neighbourOf: { select: { slug: true } } },
    }),
    prisma.organisation.findMany({ orderBy: { id: "asc" }, include: { translations: true } }),
    prisma.coordinator.findMany({ orderBy: { id: "asc" }, include: { organisation: { select: { slug: true } } } }),
    prisma.opportunity.findMany({
      orderBy: { id: "asc" },
      include: {
        organisation: { select: { slug: true } },
        district: { select: { slug: true } },
        interests: { select: { key: true } },
        translations: true,
      },
    }),
  ]);

  return {
    districts: districts.map(
      (district): DistrictEntry => ({
        slug: district.slug,
        name: district.name,
        // Stored in both directions; a row a hand edit left one-sided still counts.
        neighbours: [...new Set([...district.neighbours, ...district.neighbourOf].map((neighbour) => neighbour.slug))].sort(),
      }),
    ),
    organisations: organisations.map(
      (organisation): OrganisationEntry => ({
        slug: organisation.slug,
        name: organisation.name,
        description: organisation.description,
        address: organisation.address,
        ...defined("website", organisation.website),
        ...(organisation.contactName !== null && organisation.contactEmail !== null
          ? {
              contact: {
                name: organisation.contactName,
                email: organisation.contactEmail,
                ...defined("phone", organisation.contactPhone),
              },
            }
          : {}),
        ...defined("slackChannel", organisation.slackChannel),
        active: organisation.active,
        translations: translationsOf(organisation.translations, (row) => ({ description: row.description })),
      }),
    ),
    coordinators: coordinators.map(
      (coordinator): CoordinatorEntry => ({
        name: coordinator.name,
        slackUserId: coordinator.slackUserId,
        ...defined("organisation", coordinator.organisation?.slug ?? null),
      }),
    ),
    opportunities: opportunities.map((opportunity): OpportunityEntry => {
      const schedule = scheduleCodec.decode(opportunity.schedule);
      return {
        slug: opportunity.slug,
        organisation: opportunity.organisation.slug,
        title: opportunity.title,
        summary: opportunity.summary,
        description: opportunity.description,
        translations: translationsOf(
          opportunity.translations,
          (row): OpportunityTranslationEntry => ({ title: row.title, summary: row.summary, ...defined("description", row.description) }),
        ),
        littleGerman: opportunity.littleGerman,
        interests: inOrder(
          opportunity.interests.map((interest) => interest.key as InterestKey),
          INTEREST_KEYS,
        ),
        location:
          opportunity.locationKind === "district" && opportunity.district !== null
            ? { district: opportunity.district.slug }
            : opportunity.locationKind === "remote"
              ? "remote"
              : "citywide",
        // A flexible offer is stored as no slots (import-network.ts).
        schedule: schedule.length === 0 ? "flexible" : inOrder(schedule, OPPORTUNITY_SLOTS),
        hoursPerWeek: opportunity.hoursPerWeek,
        frequency: (FREQUENCIES as readonly string[]).includes(opportunity.frequency) ? (opportunity.frequency as Frequency) : "regular",
        ...defined("minCommitmentMonths", opportunity.minCommitmentMonths),
        languages: {
          helpful: inOrder(languagesCodec.decode(opportunity.languagesHelpful), LANGUAGE_CODES),
          required: inOrder(languagesCodec.decode(opportunity.languagesRequired), LANGUAGE_CODES),
        },
        requirements: inOrder(requirementsCodec.decode(opportunity.requirements), REQUIREMENT_KEYS),
        ...defined("minAge", opportunity.minAge),
        ...defined("capacity", opportunity.capacity),
        ...defined("validUntil", opportunity.validUntil === null ? null : opportunity.validUntil.toISOString().slice(0, 10)),
        active: opportunity.active,
        confirmedAt: calendarDayIn(opportunity.confirmedAt, timeZone),
      };
    }),
  };
}

function translationsOf<Row extends { locale: string }, Texts>(
  rows: readonly Row[],
  texts: (row: Row) => Texts,
): Partial<Record<TranslationLocale, Texts>> {
  const byLocale = new Map(rows.filter((row) => isBotLocale(row.locale)).map((row) => [row.locale, row]));
  const translations: Partial<Record<TranslationLocale, Texts>> = {};
  for (const locale of TRANSLATION_LOCALES) {
    const row = byLocale.get(locale);
    if (row !== undefined) translations[locale] = texts(row);
  }
  return translations;
}

function inOrder<Value extends string>(values: readonly Value[], vocabulary: readonly Value[]): Value[] {
  return vocabulary.filter((value) => values.includes(value));
}

/** `{ key: value }` when there is a value, `{}` for null: the network file leaves absent fields out. */
function defined<Key extends string, Value>(key: Key, value: Value | null): Partial<Record<Key, Value>> {
  return value === null ? {} : ({ [key]: value } as Record<Key, Value>);
}
