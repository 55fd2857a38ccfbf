// /lotse export: the signups of a coordinator's organisations as CSV, with what the resident
// agreed to share and nothing more. The first name and the Telegram username appear only where
// the resident consented to being contacted and has not erased their data; no message, no
// languages, no chat ids.
import { stringify } from "csv-stringify/sync";
import type { PrismaClient } from "../../generated/prisma/client";
import { signupStatusSchema, type SignupStatus } from "../../domain/vocabulary";
import { DEFAULT_TIME_ZONE } from "../../domain/working-days";
import { scopeOrganisationIds, type CoordinatorScope } from "./find-coordinator-scope";

export const EXPORT_COLUMNS = [
  "signupId",
  "createdAt",
  "status",
  "statusChangedAt",
  "opportunitySlug",
  "opportunityTitle",
  "organisation",
  "firstName",
  "telegramUsername",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export interface ExportLabels {
  /** Header line, in the coordinators' language. */
  headers: Record<ExportColumn, string>;
  status: Record<SignupStatus, string>;
}

export interface ExportSignupsOptions {
  prisma: PrismaClient;
  scope: CoordinatorScope;
  labels: ExportLabels;
  /** Dates are written as local time of the city (CITY_TIME_ZONE). */
  timeZone?: string;
}

/**
 * Semicolons, as German spreadsheet programs expect them when the file is opened with a double
 * click; a byte-order mark so that they read the umlauts as UTF-8.
 */
const CSV_OPTIONS = { delimiter: ";", bom: true, record_delimiter: "windows" } as const;

export async function exportSignups(options: ExportSignupsOptions): Promise<{ csv: string; rows: number }> {
  const { prisma, scope, labels } = options;
  const signups = await prisma.signup.findMany({
    where: { opportunity: { organisationId: { in: scopeOrganisationIds(scope) } } },
    select: {
      id: true,
      createdAt: true,
      status: true,
      statusChangedAt: true,
      contactConsentAt: true,
      anonymisedAt: true,
      resident: { select: { firstName: true, telegramUsername: true } },
      opportunity: { select: { slug: true, title: true, organisation: { select: { name: true } } } },
    },
    orderBy: { id: "asc" },
  });
  const formatDate = dateFormatter(options.timeZone ?? DEFAULT_TIME_ZONE);
  const records = signups.map((signup) => {
    const shared = signup.resident !== null && signup.anonymisedAt === null && signup.contactConsentAt !== null ? signup.resident : null;
    const status = signupStatusSchema.safeParse(signup.status);
    const row: Record<ExportColumn, string> = {
      signupId: String(signup.id),
      createdAt: formatDate(signup.createdAt),
      status: status.success ? labels.status[status.data] : signup.status,
      statusChangedAt: formatDate(signup.statusChangedAt),
      opportunitySlug: signup.opportunity.slug,
      opportunityTitle: signup.opportunity.title,
      organisation: signup.opportunity.organisation.name,
      firstName: shared?.firstName ?? "",
      // Without "@": a cell starting with it would be taken for a formula.
      telegramUsername: shared?.telegramUsername?.replace(/^@/, "") ?? "",
    };
    return EXPORT_COLUMNS.map((column) => neutraliseFormula(row[column]));
  });
  const header = EXPORT_COLUMNS.map((column) => neutraliseFormula(labels.headers[column]));
  return { csv: stringify([header, ...records], CSV_OPTIONS), rows: records.length };
}

/**
 * A spreadsheet runs a cell that starts with =, +, - or @ (or a tab or carriage return before
 * one) as a formula, and names and titles come from outside (residents, the network file):
 * such a cell gets a leading apostrophe, so it is shown as text (OWASP "CSV injection").
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** "2026-11-03 14:05" in the given zone. */
function dateFormatter(timeZone: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return (date) => {
    const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  };
}
