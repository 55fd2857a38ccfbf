// One CSV file → one table. Row numbers are the rows Excel shows when it opens the file: every
// record counts, blank lines too, and a cell with a line break inside quotes does not add a row.
import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import type { SheetEntity, SheetRow, SheetTable } from "../sheet/tables";
import { unprotectCell } from "./cell-escape";
import { decodeText } from "./decode-text";
import { SourceFileError } from "./source-file-error";
import { checkDuplicateColumns, columnLetter, isBlank } from "./table-shape";

const SEPARATORS = [";", ",", "\t"] as const;
type Separator = (typeof SEPARATORS)[number];

/**
 * The separator is the one that splits the header line into the most columns (quotes respected);
 * on a tie, or a header of one column, the semicolon German Excel writes.
 */
export function detectSeparator(text: string): Separator {
  const counts = new Map<string, number>();
  let quoted = false;
  let seenContent = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      if (seenContent) break; // blank lines before the header do not count
    } else if (!quoted) {
      if (char.trim() !== "") seenContent = true;
      counts.set(char, (counts.get(char) ?? 0) + 1);
    }
  }
  let best: Separator = ";";
  for (const separator of SEPARATORS) {
    if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  }
  return best;
}

/** Excel writes and honours a first line "sep=;" that names the separator. */
const SEP_LINE = /^sep=(.)\r?\n/i;

/** `displayName` names the file in the table's source and in errors (the file name, no directory). */
export function readCsvTable(bytes: Uint8Array, file: string, displayName: string, entity: SheetEntity): SheetTable {
  const decoded = decodeText(bytes);
  if (decoded === undefined) throw new SourceFileError(file, "encoding", { detail: "binary" });
  let text = decoded.text;
  if (text.trim() === "") throw new SourceFileError(file, "empty", {});

  let separator: string;
  const sepLine = SEP_LINE.exec(text);
  if (sepLine) {
    separator = sepLine[1]!;
    text = text.slice(sepLine[0].length);
  } else {
    separator = detectSeparator(text);
  }

  let records: string[][];
  try {
    records = parse(text, { delimiter: separator, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === "number" ? error.lines : 0;
      throw new SourceFileError(file, "bad-structure", { where: displayName, line, detail: error.message });
    }
    throw error;
  }

  const headerIndex = records.findIndex((record) => !record.every(isBlank));
  if (headerIndex < 0) throw new SourceFileError(file, "empty", {});
  const header = records[headerIndex]!.map((cell) => unprotectCell(cell.trim()));
  // Empty header cells at the end are Excel's way of saying "nothing here"; drop them. One in the
  // middle is allowed while nothing is written below it.
  let width = header.length;
  while (width > 0 && header[width - 1] === "") width--;
  const named = header.slice(0, width).flatMap((name, index) => (name === "" ? [] : [{ name, index }]));
  checkDuplicateColumns(file, displayName, named.map((column) => column.name));

  const rows: SheetRow[] = [];
  for (let index = headerIndex + 1; index < records.length; index++) {
    const record = records[index]!;
    const row = index + 1;
    if (record.every(isBlank)) continue;
    // Excel writes every row as wide as the header; a longer or shorter one means a separator was
    // lost or added by hand, and the values would land under the wrong headers.
    const tooLong = record.length > header.length && !record.slice(header.length).every(isBlank);
    if (tooLong || record.length < width) {
      throw new SourceFileError(file, "ragged-row", { where: displayName, row, cells: record.length, expected: width });
    }
    record.forEach((cell, column) => {
      if (!isBlank(cell) && (column >= width || header[column] === "")) {
        throw new SourceFileError(file, "unnamed-column", { where: displayName, column: columnLetter(column + 1), row });
      }
    });
    const cells: Record<string, string> = {};
    for (const { name, index: column } of named) cells[name] = unprotectCell(record[column] ?? "");
    rows.push({ row, cells });
  }

  return { entity, source: displayName, columns: named.map((column) => column.name), rows };
}
