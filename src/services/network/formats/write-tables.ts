// Tables → files the network manager opens in Excel, and that readNetworkSource reads back to the
// same tables (same columns, cell texts and row numbers). A row whose number leaves a gap after the
// previous one is written after that many blank rows, so the numbers survive; rows out of order
// are written one after the other.
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { SHEET_ENTITIES, SHEET_NAMES, type NetworkTables, type SheetTable } from "../sheet/tables";
import { escapeXlsxText, protectCsvCell, protectXlsxCell } from "./cell-escape";

/** The name of the optional first sheet with notes for the manager; readers ignore it. */
export const NOTES_SHEET_NAME = "Hinweise";

function checkColumns(table: SheetTable): void {
  const seen = new Set<string>();
  for (const column of table.columns) {
    // The readers trim header cells and compare them without case; other names would not come back.
    if (column === "" || column !== column.trim() || seen.has(column.toLowerCase())) {
      throw new Error(`${table.source}: cannot write column ${JSON.stringify(column)} (empty, untrimmed or twice)`);
    }
    seen.add(column.toLowerCase());
  }
}

/** The row number each row is written at: its own when it comes after the previous one. */
function placedRows(table: SheetTable): { at: number; values: string[] }[] {
  let previous = 1;
  return table.rows.map((row) => {
    const at = row.row > previous ? row.row : previous + 1;
    previous = at;
    return { at, values: table.columns.map((column) => row.cells[column] ?? "") };
  });
}

/**
 * CSV as German Excel opens it with a double click: semicolons, UTF-8 with a byte order mark
 * (without it Excel assumes Windows-1252 and garbles umlauts), CRLF line ends, every cell text.
 * Cells that Excel would take for a formula get a leading apostrophe (cell-escape.ts).
 */
export function writeCsv(table: SheetTable): Buffer {
  checkColumns(table);
  const records: string[][] = [table.columns.map(protectCsvCell)];
  for (const { at, values } of placedRows(table)) {
    while (records.length < at - 1) records.push([]);
    records.push(values.map(protectCsvCell));
  }
  // csv-stringify quotes a cell with the record delimiter (CRLF) but not one with a lone LF or CR,
  // which every reader would take for a new row. Quoting commas and tabs too keeps the reader's
  // separator guess on ";" for any header; quoting blanks at either end keeps tools from trimming.
  const text = stringify(records, { delimiter: ";", record_delimiter: "\r\n", quoted_match: /[\r\n,\t]|^\s|\s$/ });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
}

export interface WriteXlsxOptions {
  /** A first sheet "Hinweise": a bold title and one line per entry. */
  notes?: { title: string; lines: string[] };
}

const TEXT_FORMAT = "@";
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/**
 * One sheet per table in SHEET_ENTITIES order, named in German, with a bold frozen header.
 * Every cell is a text cell in a column formatted as text, so that Excel keeps "2.5",
 * "2026-05-01" and "0176 …" as written, also in cells the manager adds later.
 */
export async function writeXlsx(tables: NetworkTables, options: WriteXlsxOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (options.notes) {
    const notes = workbook.addWorksheet(NOTES_SHEET_NAME);
    notes.getColumn(1).width = 100;
    const title = notes.getCell(1, 1);
    title.value = escapeXlsxText(options.notes.title);
    title.font = { bold: true, size: 14 };
    options.notes.lines.forEach((line, index) => {
      const cell = notes.getCell(index + 3, 1);
      cell.value = escapeXlsxText(line);
      cell.alignment = { wrapText: true, vertical: "top" };
    });
  }

  for (const entity of SHEET_ENTITIES) {
    const table = tables[entity];
    if (table === undefined) continue;
    checkColumns(table);
    const sheet = workbook.addWorksheet(SHEET_NAMES[entity].de, { views: [{ state: "frozen", ySplit: 1 }] });
    const widths = table.columns.map((column) => column.length);
    table.columns.forEach((column, index) => {
      sheet.getCell(1, index + 1).value = escapeXlsxText(protectXlsxCell(column));
    });
    sheet.getRow(1).font = { bold: true };
    for (const { at, values } of placedRows(table)) {
      values.forEach((value, index) => {
        if (value === "") return;
        sheet.getCell(at, index + 1).value = escapeXlsxText(protectXlsxCell(value));
        const longestLine = Math.max(...value.split("\n").map((line) => line.length));
        widths[index] = Math.max(widths[index] ?? 0, longestLine);
      });
    }
    widths.forEach((width, index) => {
      const column = sheet.getColumn(index + 1);
      column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
      column.numFmt = TEXT_FORMAT;
    });
    if (table.columns.length > 0) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
