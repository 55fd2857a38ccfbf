// Small helpers shared by the CSV and XLSX readers.
import { SourceFileError } from "./source-file-error";

/** A cell that holds nothing a person could mean: empty or only blanks. */
export function isBlank(cell: string): boolean {
  return cell.trim() === "";
}

/** The spreadsheet's name for a column: 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** "Titel" and "titel" count as the same column, so that matching headers without case stays unambiguous. */
export function checkDuplicateColumns(file: string, where: string, columns: readonly string[]): void {
  const seen = new Set<string>();
  for (const column of columns) {
    const key = column.toLowerCase();
    if (seen.has(key)) throw new SourceFileError(file, "duplicate-column", { where, column });
    seen.add(key);
  }
}
