// The files of an export (or a template): one CSV per entity, one XLSX workbook, or one JSON or
// YAML network file. Shared by `lotse export` and the template script, so that templates are
// exactly what an export looks like.
import { writeCsv, writeXlsx } from "../formats/write-tables";
import type { NetworkFile } from "../network-file-schema";
import { networkToTables } from "../sheet/entries-to-tables";
import { SHEET_ENTITIES, type SheetEntity } from "../sheet/tables";
import { networkToJson, networkToYaml } from "./network-document";

export const EXPORT_FORMATS = ["xlsx", "csv", "json", "yaml", "odi"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The word a CSV file name carries so that import knows its table ("netzwerk-angebote.csv"). */
export const CSV_FILE_WORDS: Readonly<Record<SheetEntity, string>> = {
  districts: "stadtteile",
  organisations: "organisationen",
  coordinators: "koordinatoren",
  opportunities: "angebote",
};

export interface ExportFile {
  name: string;
  content: Buffer;
}

/**
 * The network as files named after `baseName` (without extension): `<base>-<table>.csv` per
 * entity, `<base>.xlsx`, `<base>.json` or `<base>.yaml`.
 */
export async function networkFiles(
  network: NetworkFile,
  format: Exclude<ExportFormat, "odi">,
  baseName: string,
  options: { notes?: { title: string; lines: string[] } } = {},
): Promise<ExportFile[]> {
  switch (format) {
    case "csv": {
      const nameOf = (entity: SheetEntity) => `${baseName}-${CSV_FILE_WORDS[entity]}.csv`;
      const tables = networkToTables(network, { sourceOf: nameOf });
      return SHEET_ENTITIES.map((entity) => ({ name: nameOf(entity), content: writeCsv(tables[entity]!) }));
    }
    case "xlsx":
      return [{ name: `${baseName}.xlsx`, content: await writeXlsx(networkToTables(network), options.notes === undefined ? {} : { notes: options.notes }) }];
    case "json":
      return [{ name: `${baseName}.json`, content: Buffer.from(networkToJson(network), "utf8") }];
    case "yaml":
      return [{ name: `${baseName}.yaml`, content: Buffer.from(networkToYaml(network), "utf8") }];
  }
}
