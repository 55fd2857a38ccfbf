// A workbook → one table per sheet whose name names an entity ("Angebote", "Opportunities");
// other sheets ("Hinweise") are left alone. Every cell becomes the text the manager sees, not
// the number or date Excel may have made of it. Row numbers are Excel's.
import ExcelJS from "exceljs";
import { SHEET_NAMES, type NetworkTables, type SheetEntity, type SheetRow } from "../sheet/tables";
import { unprotectCell } from "./cell-escape";
import { ACCEPTED_ENTITY_NAMES, entityFromName } from "./entity-names";
import { SourceFileError } from "./source-file-error";
import { checkDuplicateColumns, columnLetter, isBlank } from "./table-shape";

export async function readXlsxTables(bytes: Uint8Array, file: string, displayName: string): Promise<NetworkTables> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types want a Node Buffer of the old generic shape.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new SourceFileError(file, "bad-structure", { where: displayName, line: 0, detail: "not an Excel workbook (.xlsx)" });
  }

  const tables: NetworkTables = {};
  const sheetsOf = new Map<SheetEntity, string>();
  for (const worksheet of workbook.worksheets) {
    const match = entityFromName(worksheet.name);
    if (match.kind === "none") continue;
    if (match.kind === "ambiguous") {
      throw new SourceFileError(file, "ambiguous-entity", {
        name: worksheet.name,
        entities: match.entities.map((entity) => SHEET_NAMES[entity].de).join(", "),
      });
    }
    const earlier = sheetsOf.get(match.entity);
    if (earlier !== undefined) {
      throw new SourceFileError(file, "duplicate-entity", {
        entity: SHEET_NAMES[match.entity].de,
        sheets: `${earlier}, ${worksheet.name}`,
      });
    }
    sheetsOf.set(match.entity, worksheet.name);
    tables[match.entity] = readSheet(worksheet, match.entity, file, `${displayName} › ${worksheet.name}`);
  }
  if (sheetsOf.size === 0) {
    throw new SourceFileError(file, "no-known-sheet", {
      sheets: workbook.worksheets.map((worksheet) => worksheet.name).join(", "),
      accepted: ACCEPTED_ENTITY_NAMES.join(", "),
    });
  }
  return tables;
}

function readSheet(worksheet: ExcelJS.Worksheet, entity: SheetEntity, file: string, where: string) {
  let header: Map<number, string> | undefined;
  const rows: SheetRow[] = [];
  let columnsInOrder: { name: string; column: number }[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const texts = new Map<number, string>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      texts.set(column, cellText(cell.value));
    });
    if ([...texts.values()].every(isBlank)) return;
    if (header === undefined) {
      header = new Map();
      for (const [column, text] of texts) {
        const name = unprotectCell(text.trim());
        if (name !== "") header.set(column, name);
      }
      columnsInOrder = [...header].sort(([a], [b]) => a - b).map(([column, name]) => ({ name, column }));
      checkDuplicateColumns(file, where, columnsInOrder.map(({ name }) => name));
      return;
    }
    for (const [column, text] of texts) {
      if (!isBlank(text) && !header.has(column)) {
        throw new SourceFileError(file, "unnamed-column", { where, column: columnLetter(column), row: rowNumber });
      }
    }
    const cells: Record<string, string> = {};
    for (const { name, column } of columnsInOrder) cells[name] = unprotectCell(texts.get(column) ?? "");
    rows.push({ row: rowNumber, cells });
  });
  return { entity, source: where, columns: columnsInOrder.map(({ name }) => name), rows };
}

/** A cell's value as the text the manager meant. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (value instanceof Date) return dateText(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result as ExcelJS.CellValue | undefined);
  if ("error" in value) return value.error;
  return "";
}

/** 2.5 → "2.5", 3 → "3": no thousands separator, no locale; 15 significant digits, as Excel keeps. */
function numberText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

/**
 * exceljs gives a date cell as the UTC instant of its wall-clock value. A date → "2026-05-01";
 * with a time of day → "2026-05-01 14:30"; a time alone (Excel's day 0, 1899-12-30) → "14:30".
 */
function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return "";
  const pad = (part: number) => String(part).padStart(2, "0");
  const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  const seconds = value.getUTCHours() * 3600 + value.getUTCMinutes() * 60 + value.getUTCSeconds();
  if (seconds === 0) return date;
  const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  return date === "1899-12-30" ? time : `${date} ${time}`;
}
