// One offer as the signup flow shows it (details, deep links), read on every "Mehr dazu" tap: one
// statement straight to SQLite (src/db/direct.ts) where Prisma made seven queries (offer,
// organisation, district, interests, translation, open signups, the resident's own signup).
// test/services/opportunity/get-opportunity-details.test.ts compares it with Prisma's reading.
import { directly, storedFlag, storedWhole, type StoredWhole } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";
import { languagesCodec, requirementsCodec, scheduleCodec } from "../../db/codecs";
import { isAvailable } from "../../domain/availability";
import type { OpportunityTextSource } from "../../domain/opportunity-texts";
import { OPEN_SIGNUP_STATUSES } from "../../domain/signup-status";
import type { BotLocale, LanguageCode, OpportunitySlot, RequirementKey } from "../../domain/vocabulary";
import { AVAILABILITY_COLUMNS, storedAvailability, type StoredAvailability } from "./stored-availability";

/** Everything the signup flow shows about one offer, and whether it still takes signups. */
export interface OpportunityDetails extends OpportunityTextSource {
  id: number;
  slug: string;
  /** "district", "citywide" or "remote". */
  locationKind: string;
  district: { slug: string; name: string } | null;
  organisation: { name: string; active: boolean };
  schedule: OpportunitySlot[];
  hoursPerWeek: number;
  frequency: string;
  minCommitmentMonths: number | null;
  languagesHelpful: LanguageCode[];
  languagesRequired: LanguageCode[];
  littleGerman: boolean;
  requirements: RequirementKey[];
  minAge: number | null;
  capacity: number | null;
  isAvailable: boolean;
  /** The resident has a signup for it that they did not withdraw. */
  alreadySignedUp: boolean;
}

const DETAILS = `
  SELECT o.id, o.slug, o.title, o.summary, o.description, o.locationKind, o.schedule, o.hoursPerWeek, o.frequency,
         o.minCommitmentMonths, o.languagesHelpful, o.languagesRequired, o.littleGerman, o.requirements, o.minAge,
         ${AVAILABILITY_COLUMNS}, g.name AS organisationName,
         d.slug AS districtSlug, d.name AS districtName,
         t.title AS translatedTitle, t.summary AS translatedSummary, t.description AS translatedDescription,
         (SELECT COUNT(*) FROM Signup s WHERE s.opportunityId = o.id AND s.status IN (${OPEN_SIGNUP_STATUSES.map(() => "?").join(", ")})) AS openSignups,
         (SELECT s.status FROM Signup s WHERE s.opportunityId = o.id AND s.residentId = ?) AS ownStatus
  FROM Opportunity o
  JOIN Organisation g ON g.id = o.organisationId
  LEFT JOIN District d ON d.id = o.districtId
  LEFT JOIN OpportunityTranslation t ON t.opportunityId = o.id AND t.locale = ?
  WHERE o.id = ?`;

interface DetailsRow extends StoredAvailability {
  id: StoredWhole;
  slug: string;
  title: string;
  summary: string;
  description: string;
  locationKind: string;
  schedule: string;
  hoursPerWeek: number;
  frequency: string;
  minCommitmentMonths: StoredWhole | null;
  languagesHelpful: string;
  languagesRequired: string;
  littleGerman: StoredWhole;
  requirements: string;
  minAge: StoredWhole | null;
  organisationName: string;
  districtSlug: string | null;
  districtName: string | null;
  translatedTitle: string | null;
  translatedSummary: string | null;
  translatedDescription: string | null;
  openSignups: StoredWhole;
  ownStatus: string | null;
}

export async function getOpportunityDetails(options: {
  prisma: PrismaClient;
  opportunityId: number;
  residentId: number;
  now: Date;
  locale: BotLocale;
}): Promise<OpportunityDetails | null> {
  const { prisma, opportunityId, residentId, now, locale } = options;
  const row = await directly(
    prisma,
    (database) => database.prepare(DETAILS).get(...OPEN_SIGNUP_STATUSES, residentId, locale, opportunityId) as DetailsRow | undefined,
  );
  if (!row) return null;
  const facts = storedAvailability(row, Number(row.openSignups));
  return {
    id: Number(row.id),
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    description: row.description,
    translations:
      row.translatedTitle === null || row.translatedSummary === null
        ? []
        : [{ locale, title: row.translatedTitle, summary: row.translatedSummary, description: row.translatedDescription }],
    locationKind: row.locationKind,
    district: row.districtSlug === null || row.districtName === null ? null : { slug: row.districtSlug, name: row.districtName },
    organisation: { name: row.organisationName, active: facts.organisationActive === true },
    schedule: scheduleCodec.decode(row.schedule),
    hoursPerWeek: row.hoursPerWeek,
    frequency: row.frequency,
    minCommitmentMonths: storedWhole(row.minCommitmentMonths),
    languagesHelpful: languagesCodec.decode(row.languagesHelpful),
    languagesRequired: languagesCodec.decode(row.languagesRequired),
    littleGerman: storedFlag(row.littleGerman),
    requirements: requirementsCodec.decode(row.requirements),
    minAge: storedWhole(row.minAge),
    capacity: facts.capacity,
    isAvailable: isAvailable(facts, now),
    alreadySignedUp: row.ownStatus !== null && row.ownStatus !== "withdrawn",
  };
}
