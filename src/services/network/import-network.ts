import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { languagesCodec, requirementsCodec, scheduleCodec } from "../../db/codecs";
import { confirmation } from "../../domain/freshness";
import { DEFAULT_TIME_ZONE } from "../../domain/matching/calendar";
import {
  INTEREST_KEYS,
  LANGUAGE_CODES,
  OPPORTUNITY_SLOTS,
  REQUIREMENT_KEYS,
  type InterestKey,
} from "../../domain/vocabulary";
import { insertReturning, insertRows, type SqlValue } from "./bulk-insert";
import { calendarDayIn, startOfCalendarDay } from "./sheet/calendar-days";
import type {
  CoordinatorEntry,
  DistrictEntry,
  NetworkFile,
  OpportunityEntry,
  OrganisationEntry,
} from "./network-file-schema";

export interface ImportNetworkCounts {
  districts: number;
  organisations: number;
  coordinators: number;
  opportunities: number;
}

/**
 * A generous bound for the whole import: it is one SQLite transaction of some dozens of
 * statements, but a network manager's file may be larger and a test machine busy, and Prisma's
 * default of 5 s would abort it half-way.
 */
const IMPORT_TIMEOUT_MS = 120_000;


export interface ImportNetworkOptions {
  /** When the import happens: new and changed offers count as confirmed then. */
  now?: Date;
  /** The city's time zone (CITY_TIME_ZONE): `confirmedAt` names a calendar day there. */
  timeZone?: string;
}

/**
 * Writes a validated network file into the database, in one transaction: either the whole file
 * is imported or nothing changes. Every entry is matched by its stable key (slug; Slack user id
 * for coordinators): new entries are created, changed ones updated in place, unchanged ones not
 * written at all (so `updatedAt` tells when the manager last changed an entry). Importing the same
 * file twice therefore changes nothing. Entries missing from the file are kept, because signups
 * refer to them; to take an opportunity or organisation off the offer, set `active: false`.
 *
 * A file may hold only some sections (`lotse import` of one spreadsheet): organisations and
 * districts it refers to but does not contain are taken from the database.
 *
 * When an offer counts as confirmed (src/domain/freshness.ts): a `confirmedAt` day in the file
 * that differs from the stored one is taken as it is (the manager confirmed it on that day);
 * otherwise a new offer, and an existing one whose content the import changes, counts as
 * confirmed now, because whoever changed it has just looked at it. An offer the file leaves as it
 * is keeps its date. Confirming also ends an open freshness question.
 *
 * Returns how many entries of each kind the file contained.
 */
export async function importNetwork(
  prisma: PrismaClient,
  file: NetworkFile,
  options: ImportNetworkOptions = {},
): Promise<ImportNetworkCounts> {
  const confirm: Confirmation = { now: options.now ?? new Date(), timeZone: options.timeZone ?? DEFAULT_TIME_ZONE };
  return prisma.$transaction(
    async (tx) => {
      await importInterests(tx);
      const districtIds = await importDistricts(tx, file.districts);
      const organisationIds = await importOrganisations(tx, file.organisations);
      await addStoredIds(
        organisationIds,
        [...file.coordinators.flatMap((coordinator) => coordinator.organisation ?? []), ...file.opportunities.map((opportunity) => opportunity.organisation)],
        (slugs) => tx.organisation.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }),
      );
      await addStoredIds(
        districtIds,
        file.opportunities.flatMap((opportunity) => (typeof opportunity.location === "object" ? [opportunity.location.district] : [])),
        (slugs) => tx.district.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }),
      );
      await importCoordinators(tx, file.coordinators, organisationIds);
      const opportunities = await importOpportunities(tx, file.opportunities, organisationIds, districtIds, confirm);
      const retranslated = await importTranslations(tx, file, organisationIds, opportunities.ids, opportunities.created);
      // New offers were given their day when they were created.
      const confirmedNow = [...opportunities.changed, ...retranslated].filter(
        (id) => !opportunities.created.has(id) && !opportunities.confirmedAsGiven.has(id),
      );
      if (confirmedNow.length > 0) {
        await tx.opportunity.updateMany({ where: { id: { in: [...new Set(confirmedNow)] } }, data: confirmation(confirm.now) });
      }
      return {
        districts: file.districts.length,
        organisations: file.organisations.length,
        coordinators: file.coordinators.length,
        opportunities: file.opportunities.length,
      };
    },
    { timeout: IMPORT_TIMEOUT_MS },
  );
}

// Each section reads the existing rows once and then writes only what is new or changed: a
// Prisma query costs milliseconds of overhead, and one upsert per entry made the first import of
// the sample network take seconds. New rows go in with one createMany per table.

type Transaction = Prisma.TransactionClient;

interface Confirmation {
  now: Date;
  timeZone: string;
}

/**
 * createManyAndReturn of id and slug, as plain INSERTs (bulk-insert.ts): Prisma's own takes about
 * a millisecond per row, which made a 10,000-offer import take over ten seconds. createdAt and
 * updatedAt are set here, as Prisma sets them (@default(now()), @updatedAt).
 */
async function insertNew(
  tx: Transaction,
  table: "Organisation" | "Opportunity",
  rows: readonly (Prisma.OrganisationCreateManyInput | Prisma.OpportunityCreateManyInput)[],
): Promise<{ id: number; slug: string }[]> {
  const now = new Date();
  const values = rows.map((row) => ({ ...row, createdAt: now, updatedAt: now }) as Record<string, SqlValue>);
  const created = await insertReturning<{ id: number | bigint; slug: string }>(tx, table, values, ["id", "slug"]);
  return created.map((row) => ({ id: Number(row.id), slug: row.slug }));
}

/** Adds the ids of referenced rows the file does not contain, from the database. */
async function addStoredIds(
  ids: Map<string, number>,
  referenced: readonly string[],
  find: (slugs: string[]) => Promise<{ id: number; slug: string }[]>,
): Promise<void> {
  const missing = [...new Set(referenced)].filter((slug) => !ids.has(slug));
  if (missing.length === 0) return;
  for (const row of await find(missing)) ids.set(row.slug, row.id);
}

/** Interests are the fixed vocabulary, not file content; sortOrder is the order the bot offers them in. */
async function importInterests(tx: Transaction): Promise<void> {
  const existing = new Map((await tx.interest.findMany()).map((interest) => [interest.key, interest.sortOrder]));
  const wanted = INTEREST_KEYS.map((key, sortOrder) => ({ key, sortOrder }));
  const missing = wanted.filter(({ key }) => !existing.has(key));
  if (missing.length > 0) await tx.interest.createMany({ data: missing });
  for (const { key, sortOrder } of wanted) {
    const currentOrder = existing.get(key);
    if (currentOrder !== undefined && currentOrder !== sortOrder) {
      await tx.interest.update({ where: { key }, data: { sortOrder } });
    }
  }
}

async function importDistricts(tx: Transaction, districts: readonly DistrictEntry[]): Promise<Map<string, number>> {
  const existing = await tx.district.findMany({
    where: { slug: { in: districts.map((district) => district.slug) } },
    include: { neighbours: { select: { slug: true } }, neighbourOf: { select: { slug: true } } },
  });
  const existingBySlug = new Map(existing.map((district) => [district.slug, district]));
  const ids = new Map(existing.map((district) => [district.slug, district.id]));
  // Neighbours may be districts the database has and the file does not name (a partial file).
  const inFile = new Set(districts.map((district) => district.slug));
  await addStoredIds(
    ids,
    districts.flatMap((district) => district.neighbours),
    (slugs) => tx.district.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }),
  );

  const created = await tx.district.createManyAndReturn({
    data: districts.filter((district) => !existingBySlug.has(district.slug)).map(({ slug, name }) => ({ slug, name })),
    select: { id: true, slug: true },
  });
  for (const district of created) ids.set(district.slug, district.id);
  for (const district of districts) {
    const row = existingBySlug.get(district.slug);
    if (row !== undefined && row.name !== district.name) {
      await tx.district.update({ where: { id: row.id }, data: { name: district.name } });
    }
  }

  for (const [slug, wanted] of symmetricNeighbours(districts)) {
    const row = existingBySlug.get(slug);
    const current = row?.neighbours.map((neighbour) => neighbour.slug) ?? [];
    const currentOf = row?.neighbourOf.map((neighbour) => neighbour.slug) ?? [];
    if (sameSet(current, wanted) && sameSet(currentOf, wanted)) continue;
    const neighbours = [...wanted].map((neighbour) => ({ id: idOf(ids, neighbour, "district") }));
    const storedOnly = [...wanted].filter((neighbour) => !inFile.has(neighbour)).map((neighbour) => ({ id: idOf(ids, neighbour, "district") }));
    await tx.district.update({
      where: { id: idOf(ids, slug, "district") },
      // A new district has no rows yet, and each of its neighbours in the file lists it in turn,
      // so adding its own side is enough; a neighbour only the database knows gets its side here.
      // For an existing one, setting both sides makes every pair involving it symmetric, even if
      // an earlier file or a hand edit left a one-sided row behind.
      data:
        row === undefined
          ? { neighbours: { connect: neighbours }, ...(storedOnly.length > 0 ? { neighbourOf: { connect: storedOnly } } : {}) }
          : { neighbours: { set: neighbours }, neighbourOf: { set: neighbours } },
    });
  }
  return ids;
}

async function importOrganisations(
  tx: Transaction,
  organisations: readonly OrganisationEntry[],
): Promise<Map<string, number>> {
  const existing = await tx.organisation.findMany({
    where: { slug: { in: organisations.map((organisation) => organisation.slug) } },
  });
  const existingBySlug = new Map(existing.map((organisation) => [organisation.slug, organisation]));
  const ids = new Map(existing.map((organisation) => [organisation.slug, organisation.id]));

  const toCreate: Prisma.OrganisationCreateManyInput[] = [];
  for (const organisation of organisations) {
    const data = {
      name: organisation.name,
      description: organisation.description,
      address: organisation.address,
      website: organisation.website ?? null,
      contactName: organisation.contact?.name ?? null,
      contactEmail: organisation.contact?.email ?? null,
      contactPhone: organisation.contact?.phone ?? null,
      slackChannel: organisation.slackChannel ?? null,
      active: organisation.active,
    };
    const row = existingBySlug.get(organisation.slug);
    if (row === undefined) {
      toCreate.push({ slug: organisation.slug, ...data });
    } else {
      const changed = changedColumns(row, data);
      if (Object.keys(changed).length > 0) await tx.organisation.update({ where: { id: row.id }, data: changed });
    }
  }
  const created = await insertNew(tx, "Organisation", toCreate);
  for (const organisation of created) ids.set(organisation.slug, organisation.id);
  return ids;
}

async function importCoordinators(
  tx: Transaction,
  coordinators: readonly CoordinatorEntry[],
  organisationIds: ReadonlyMap<string, number>,
): Promise<void> {
  const existing = await tx.coordinator.findMany({
    where: { slackUserId: { in: coordinators.map((coordinator) => coordinator.slackUserId) } },
  });
  const existingBySlackUserId = new Map(existing.map((coordinator) => [coordinator.slackUserId, coordinator]));

  const toCreate: Prisma.CoordinatorCreateManyInput[] = [];
  for (const coordinator of coordinators) {
    const data = {
      name: coordinator.name,
      organisationId:
        coordinator.organisation === undefined ? null : idOf(organisationIds, coordinator.organisation, "organisation"),
    };
    const row = existingBySlackUserId.get(coordinator.slackUserId);
    if (row === undefined) {
      toCreate.push({ slackUserId: coordinator.slackUserId, ...data });
    } else {
      const changed = changedColumns(row, data);
      if (Object.keys(changed).length > 0) await tx.coordinator.update({ where: { id: row.id }, data: changed });
    }
  }
  if (toCreate.length > 0) await tx.coordinator.createMany({ data: toCreate });
}

interface ImportedOpportunities {
  ids: Map<string, number>;
  /** Existing offers whose columns or interests the import changed. */
  changed: number[];
  /** Existing offers whose confirmation day the file set. */
  confirmedAsGiven: Set<number>;
  created: Set<number>;
}

async function importOpportunities(
  tx: Transaction,
  opportunities: readonly OpportunityEntry[],
  organisationIds: ReadonlyMap<string, number>,
  districtIds: ReadonlyMap<string, number>,
  confirm: Confirmation,
): Promise<ImportedOpportunities> {
  const existing = await tx.opportunity.findMany({
    where: { slug: { in: opportunities.map((opportunity) => opportunity.slug) } },
    include: { interests: { select: { key: true } } },
  });
  const existingBySlug = new Map(existing.map((opportunity) => [opportunity.slug, opportunity]));

  const toCreate: Prisma.OpportunityCreateManyInput[] = [];
  const changedIds: number[] = [];
  const confirmedAsGiven = new Set<number>();
  for (const opportunity of opportunities) {
    const data = opportunityColumns(opportunity, organisationIds, districtIds);
    const row = existingBySlug.get(opportunity.slug);
    if (row === undefined) {
      const confirmedAt = opportunity.confirmedAt === undefined ? confirm.now : startOfCalendarDay(opportunity.confirmedAt, confirm.timeZone);
      toCreate.push({ slug: opportunity.slug, ...data, confirmedAt });
      continue;
    }
    const changed = changedColumns(canonicalListColumns(row), data);
    const interestsChanged = !sameSet(
      row.interests.map((interest) => interest.key),
      opportunity.interests,
    );
    const contentChanged = Object.keys(changed).length > 0 || interestsChanged;
    const confirmedOn = opportunity.confirmedAt;
    const confirmationGiven = confirmedOn !== undefined && calendarDayIn(row.confirmedAt, confirm.timeZone) !== confirmedOn;
    if (!contentChanged && !confirmationGiven) continue;
    if (contentChanged) changedIds.push(row.id);
    if (confirmationGiven) confirmedAsGiven.add(row.id);
    await tx.opportunity.update({
      where: { id: row.id },
      data: {
        ...changed,
        ...(interestsChanged ? { interests: { set: opportunity.interests.map((key) => ({ key })) } } : {}),
        ...(confirmationGiven ? confirmation(startOfCalendarDay(confirmedOn, confirm.timeZone)) : {}),
      },
    });
  }

  const created = await insertNew(tx, "Opportunity", toCreate);
  // New opportunities are linked to their interests in the link table directly (A: interest key,
  // B: opportunity id): Prisma's connect is one statement per interest and slice of offers.
  const createdIds = new Map(created.map((opportunity) => [opportunity.slug, opportunity.id]));
  const links: { A: InterestKey; B: number }[] = [];
  for (const opportunity of opportunities) {
    const id = createdIds.get(opportunity.slug);
    if (id === undefined) continue;
    for (const key of opportunity.interests) links.push({ A: key, B: id });
  }
  await insertRows(tx, "_InterestToOpportunity", links);
  return {
    ids: new Map([...existing.map((row): [string, number] => [row.slug, row.id]), ...createdIds]),
    changed: changedIds,
    confirmedAsGiven,
    created: new Set(createdIds.values()),
  };
}

/**
 * Translations of organisation descriptions and opportunity texts, per locale. Like entries,
 * they are written only where new or changed and never deleted: a file without them (German
 * only) leaves the translations in the database as they are. Returns the opportunities whose
 * translations changed.
 */
async function importTranslations(
  tx: Transaction,
  file: NetworkFile,
  organisationIds: ReadonlyMap<string, number>,
  opportunityIds: ReadonlyMap<string, number>,
  created: ReadonlySet<number>,
): Promise<number[]> {
  const wantedOrganisations = file.organisations.flatMap((organisation) =>
    Object.entries(organisation.translations).map(([locale, texts]) => ({
      organisationId: idOf(organisationIds, organisation.slug, "organisation"),
      locale,
      description: texts!.description,
    })),
  );
  const existingOrganisations = new Map(
    (await tx.organisationTranslation.findMany({ where: { organisationId: { in: [...new Set(wantedOrganisations.map((row) => row.organisationId))] } } })).map(
      (row) => [`${row.organisationId}:${row.locale}`, row],
    ),
  );
  const newOrganisations = [];
  for (const wanted of wantedOrganisations) {
    const row = existingOrganisations.get(`${wanted.organisationId}:${wanted.locale}`);
    if (!row) newOrganisations.push(wanted);
    else if (row.description !== wanted.description) {
      await tx.organisationTranslation.update({ where: { organisationId_locale: { organisationId: wanted.organisationId, locale: wanted.locale } }, data: { description: wanted.description } });
    }
  }
  await insertRows(tx, "OrganisationTranslation", newOrganisations);

  const wantedOpportunities = file.opportunities.flatMap((opportunity) => {
    const translations = { ...(opportunity.en ? { en: opportunity.en } : {}), ...opportunity.translations };
    return Object.entries(translations).map(([locale, texts]) => ({
      opportunityId: idOf(opportunityIds, opportunity.slug, "opportunity"),
      locale,
      title: texts!.title,
      summary: texts!.summary,
      description: texts!.description ?? null,
    }));
  });
  const existingOpportunities = new Map(
    // Offers created by this import have none yet.
    (await tx.opportunityTranslation.findMany({ where: { opportunityId: { in: [...opportunityIds.values()].filter((id) => !created.has(id)) } } })).map((row) => [
      `${row.opportunityId}:${row.locale}`,
      row,
    ]),
  );
  const newOpportunities = [];
  const retranslated: number[] = [];
  for (const wanted of wantedOpportunities) {
    const row = existingOpportunities.get(`${wanted.opportunityId}:${wanted.locale}`);
    if (!row) {
      newOpportunities.push(wanted);
      retranslated.push(wanted.opportunityId);
      continue;
    }
    const { opportunityId, locale, ...texts } = wanted;
    const changed = changedColumns(row, texts);
    if (Object.keys(changed).length > 0) {
      await tx.opportunityTranslation.update({ where: { opportunityId_locale: { opportunityId, locale } }, data: changed });
      retranslated.push(opportunityId);
    }
  }
  await insertRows(tx, "OpportunityTranslation", newOpportunities);
  return retranslated;
}

/** The opportunity's columns, except slug and interests. */
function opportunityColumns(
  opportunity: OpportunityEntry,
  organisationIds: ReadonlyMap<string, number>,
  districtIds: ReadonlyMap<string, number>,
): Omit<Prisma.OpportunityCreateManyInput, "slug"> {
  const location = opportunity.location;
  return {
    organisationId: idOf(organisationIds, opportunity.organisation, "organisation"),
    title: opportunity.title,
    summary: opportunity.summary,
    description: opportunity.description,
    littleGerman: opportunity.littleGerman,
    locationKind: typeof location === "object" ? "district" : location,
    districtId: typeof location === "object" ? idOf(districtIds, location.district, "district") : null,
    hoursPerWeek: opportunity.hoursPerWeek,
    frequency: opportunity.frequency,
    minCommitmentMonths: opportunity.minCommitmentMonths ?? null,
    minAge: opportunity.minAge ?? null,
    capacity: opportunity.capacity ?? null,
    validUntil: opportunity.validUntil === undefined ? null : startOfDayUtc(opportunity.validUntil),
    active: opportunity.active,
    ...listColumns(opportunity),
  };
}

/**
 * The JSON-text list columns. They are written through src/db/codecs.ts, the one place that
 * knows their encoding. A flexible schedule is stored as the empty list.
 */
function listColumns(opportunity: OpportunityEntry) {
  return {
    schedule: scheduleCodec.encode(inVocabularyOrder(opportunity.schedule === "flexible" ? [] : opportunity.schedule, OPPORTUNITY_SLOTS)),
    languagesHelpful: languagesCodec.encode(inVocabularyOrder(opportunity.languages.helpful, LANGUAGE_CODES)),
    languagesRequired: languagesCodec.encode(inVocabularyOrder(opportunity.languages.required, LANGUAGE_CODES)),
    requirements: requirementsCodec.encode(inVocabularyOrder(opportunity.requirements, REQUIREMENT_KEYS)),
  };
}

/**
 * The lists are sets: they are stored in vocabulary order, so that the same set written in
 * another order (a spreadsheet, an older import) is not a change.
 */
function inVocabularyOrder<Value extends string>(values: readonly Value[], vocabulary: readonly Value[]): Value[] {
  return [...values].sort((a, b) => vocabulary.indexOf(a) - vocabulary.indexOf(b));
}

/** The row's list columns as listColumns would write them, for comparing. */
function canonicalListColumns<Row extends { schedule: string; languagesHelpful: string; languagesRequired: string; requirements: string }>(row: Row): Row {
  return {
    ...row,
    schedule: scheduleCodec.encode(inVocabularyOrder(scheduleCodec.decode(row.schedule), OPPORTUNITY_SLOTS)),
    languagesHelpful: languagesCodec.encode(inVocabularyOrder(languagesCodec.decode(row.languagesHelpful), LANGUAGE_CODES)),
    languagesRequired: languagesCodec.encode(inVocabularyOrder(languagesCodec.decode(row.languagesRequired), LANGUAGE_CODES)),
    requirements: requirementsCodec.encode(inVocabularyOrder(requirementsCodec.decode(row.requirements), REQUIREMENT_KEYS)),
  };
}

/**
 * `validUntil` names the last day an opportunity is offered. It is stored as midnight UTC of that
 * day (how Prisma stores date-only values), so formatting it in Europe/Berlin shows the same day;
 * whoever compares it with "now" has to treat it as valid through the end of that day.
 */
function startOfDayUtc(calendarDay: string): Date {
  return new Date(`${calendarDay}T00:00:00.000Z`);
}

/**
 * Neighbourhood is symmetric: if the file says Süd borders Auenhain, Auenhain borders Süd, even
 * when only one of the two entries lists the other. Every district of the file gets an entry.
 */
export function symmetricNeighbours(districts: readonly DistrictEntry[]): Map<string, Set<string>> {
  const neighbours = new Map(districts.map((district) => [district.slug, new Set<string>()]));
  for (const district of districts) {
    for (const neighbour of district.neighbours) {
      neighbours.get(district.slug)?.add(neighbour);
      neighbours.get(neighbour)?.add(district.slug);
    }
  }
  return neighbours;
}

/**
 * The entries of `data` whose value differs from the row's. Only these are written, so that an
 * unchanged entry is not touched and keeps its `updatedAt`.
 */
function changedColumns<Data extends Record<string, unknown>>(row: Record<string, unknown>, data: Data): Partial<Data> {
  const changed: Partial<Data> = {};
  for (const key of Object.keys(data) as (keyof Data & string)[]) {
    const before = row[key];
    const after = data[key];
    const same =
      before instanceof Date && after instanceof Date ? before.getTime() === after.getTime() : before === after;
    if (!same) changed[key] = after;
  }
  return changed;
}

function sameSet(current: readonly string[], wanted: Iterable<string>): boolean {
  const wantedSet = new Set(wanted);
  return current.length === wantedSet.size && current.every((value) => wantedSet.has(value));
}

/** Cross-references were checked when the file was validated; a miss here is a programming error. */
function idOf(ids: ReadonlyMap<string, number>, slug: string, kind: string): number {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`importNetwork: ${kind} "${slug}" is neither in the file nor in the database (was the file validated?)`);
  return id;
}
