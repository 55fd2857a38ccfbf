// Network entries → spreadsheet tables, in exactly the form import reads (read-tables.ts), so
// that exporting and importing again changes nothing: keys rather than labels, lists in
// vocabulary order, numbers with a decimal comma, days as YYYY-MM-DD, every column present.
import { INTEREST_KEYS, LANGUAGE_CODES, REQUIREMENT_KEYS } from "../../../domain/vocabulary";
import type { CoordinatorEntry, DistrictEntry, NetworkFile, OpportunityEntry, OrganisationEntry } from "../network-file-schema";
import { formatNumber } from "./cells";
import { COLUMNS, TRANSLATION_LOCALES, TRANSLATION_SUFFIX } from "./columns";
import { SHEET_ENTITIES, SHEET_NAMES, type NetworkTables, type SheetEntity, type SheetTable } from "./tables";
import { formatSchedule } from "./times";

export type Cells = Record<string, string>;

/** `sources` names each table ("netzwerk-angebote.csv"); default: the German sheet name. */
export function networkToTables(
  network: NetworkFile,
  options: { entities?: readonly SheetEntity[]; sourceOf?: (entity: SheetEntity) => string } = {},
): NetworkTables {
  const tables: NetworkTables = {};
  for (const entity of options.entities ?? SHEET_ENTITIES) {
    tables[entity] = tableOf(entity, rowsOf(network, entity), options.sourceOf?.(entity) ?? SHEET_NAMES[entity].de);
  }
  return tables;
}

function rowsOf(network: NetworkFile, entity: SheetEntity): Cells[] {
  switch (entity) {
    case "districts":
      return network.districts.map(districtCells);
    case "organisations":
      return network.organisations.map(organisationCells);
    case "coordinators":
      return network.coordinators.map(coordinatorCells);
    case "opportunities":
      return network.opportunities.map(opportunityCells);
  }
}

function tableOf(entity: SheetEntity, rows: readonly Cells[], source: string): SheetTable {
  const columns = COLUMNS[entity].map((definition) => definition.name);
  return {
    entity,
    source,
    columns,
    rows: rows.map((cells, index) => ({ row: index + 2, cells: Object.fromEntries(columns.map((column) => [column, cells[column] ?? ""])) })),
  };
}

export function entryCells(entity: SheetEntity, entry: DistrictEntry | OrganisationEntry | CoordinatorEntry | OpportunityEntry): Cells {
  switch (entity) {
    case "districts":
      return districtCells(entry as DistrictEntry);
    case "organisations":
      return organisationCells(entry as OrganisationEntry);
    case "coordinators":
      return coordinatorCells(entry as CoordinatorEntry);
    case "opportunities":
      return opportunityCells(entry as OpportunityEntry);
  }
}

export function districtCells(district: DistrictEntry): Cells {
  return { kuerzel: district.slug, name: district.name, nachbarn: [...district.neighbours].sort().join(", ") };
}

export function organisationCells(organisation: OrganisationEntry): Cells {
  const cells: Cells = {
    kuerzel: organisation.slug,
    name: organisation.name,
    beschreibung: organisation.description,
    adresse: organisation.address,
    website: organisation.website ?? "",
    kontakt_name: organisation.contact?.name ?? "",
    kontakt_email: organisation.contact?.email ?? "",
    kontakt_telefon: organisation.contact?.phone ?? "",
    slack_kanal: organisation.slackChannel ?? "",
    aktiv: yesNo(organisation.active),
  };
  for (const locale of TRANSLATION_LOCALES) {
    cells[`beschreibung_${TRANSLATION_SUFFIX[locale]}`] = organisation.translations[locale]?.description ?? "";
  }
  return cells;
}

export function coordinatorCells(coordinator: CoordinatorEntry): Cells {
  return { name: coordinator.name, slack_user_id: coordinator.slackUserId, organisation: coordinator.organisation ?? "" };
}

export function opportunityCells(opportunity: OpportunityEntry): Cells {
  const location = opportunity.location;
  const cells: Cells = {
    kuerzel: opportunity.slug,
    organisation: opportunity.organisation,
    titel: opportunity.title,
    kurzbeschreibung: opportunity.summary,
    beschreibung: opportunity.description,
    interessen: inOrder(opportunity.interests, INTEREST_KEYS),
    ort: typeof location === "object" ? location.district : location === "citywide" ? "stadtweit" : "online",
    zeiten: formatSchedule(opportunity.schedule),
    stunden_pro_woche: formatNumber(opportunity.hoursPerWeek),
    haeufigkeit: opportunity.frequency === "once" ? "einmalig" : "regelmäßig",
    mindestdauer_monate: opportunity.minCommitmentMonths === undefined ? "" : String(opportunity.minCommitmentMonths),
    sprachen_hilfreich: inOrder(opportunity.languages.helpful, LANGUAGE_CODES),
    sprachen_noetig: inOrder(opportunity.languages.required, LANGUAGE_CODES),
    wenig_deutsch: yesNo(opportunity.littleGerman),
    voraussetzungen: inOrder(opportunity.requirements, REQUIREMENT_KEYS),
    mindestalter: opportunity.minAge === undefined ? "" : String(opportunity.minAge),
    plaetze: opportunity.capacity === undefined ? "" : String(opportunity.capacity),
    gueltig_bis: opportunity.validUntil ?? "",
    aktiv: yesNo(opportunity.active),
    bestaetigt_am: opportunity.confirmedAt ?? "",
  };
  const translations = { ...(opportunity.en === undefined ? {} : { en: opportunity.en }), ...opportunity.translations };
  for (const locale of TRANSLATION_LOCALES) {
    const suffix = TRANSLATION_SUFFIX[locale];
    const texts = translations[locale];
    cells[`titel_${suffix}`] = texts?.title ?? "";
    cells[`kurzbeschreibung_${suffix}`] = texts?.summary ?? "";
    cells[`beschreibung_${suffix}`] = texts?.description ?? "";
  }
  return cells;
}

function yesNo(value: boolean): string {
  return value ? "ja" : "nein";
}

function inOrder<Value extends string>(values: readonly Value[], vocabulary: readonly Value[]): string {
  return vocabulary.filter((value) => values.includes(value)).join(", ");
}
