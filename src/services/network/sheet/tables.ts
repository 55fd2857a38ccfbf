// A network in spreadsheet form: one table per entity, rows of text cells under named columns,
// as CSV files (one per entity) or an XLSX workbook (one sheet per entity) hold it. The file
// formats (formats/) read and write these; the columns and their meaning (columns.ts) turn them
// into network entries and back. Row numbers are the ones a spreadsheet shows (the header is 1),
// so that an error message leads the network manager to the right line.

export const SHEET_ENTITIES = ["districts", "organisations", "coordinators", "opportunities"] as const;
export type SheetEntity = (typeof SHEET_ENTITIES)[number];

/** Sheet and file names per entity: the German ones are written, both are read. */
export const SHEET_NAMES: Readonly<Record<SheetEntity, { de: string; en: string }>> = {
  districts: { de: "Stadtteile", en: "Districts" },
  organisations: { de: "Organisationen", en: "Organisations" },
  coordinators: { de: "Koordinatoren", en: "Coordinators" },
  opportunities: { de: "Angebote", en: "Opportunities" },
};

export interface SheetRow {
  /** The row number as the spreadsheet shows it; the header row is 1. */
  row: number;
  /** Cell text by column name (header cell, trimmed); empty cells are "". */
  cells: Record<string, string>;
}

export interface SheetTable {
  entity: SheetEntity;
  /** Where the table came from, as the manager knows it: "angebote.csv", "netzwerk.xlsx › Angebote". */
  source: string;
  /** The header cells in file order. */
  columns: string[];
  rows: SheetRow[];
}

/** A file may hold only some entities. */
export type NetworkTables = Partial<Record<SheetEntity, SheetTable>>;
