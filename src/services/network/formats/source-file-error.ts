// Why a spreadsheet or network file cannot be read at all (before any row is looked at). The
// CLI renders these in German or English from `code` and `params`, so the message of the error
// itself is only the English fallback for logs and tests. Params are flat strings and numbers
// because Fluent takes nothing else; lists are joined with ", ".

/** Per code, the params it always carries. */
export interface SourceFileErrorParams {
  /** The file cannot be opened; reason is the system's code, e.g. "ENOENT", "EISDIR". */
  unreadable: { reason: string };
  /** The extension (".txt", or "" when there is none) is none of `accepted`. */
  "unknown-format": { extension: string; accepted: string };
  /** A CSV file name that names no table; `accepted` lists the words that would. */
  "unknown-entity": { name: string; accepted: string };
  /** A file or sheet name that names more than one table ("koordinatoren-organisationen.csv"). */
  "ambiguous-entity": { name: string; entities: string };
  /** A workbook none of whose sheets is a table. */
  "no-known-sheet": { sheets: string; accepted: string };
  /** Two sheets of one workbook hold the same table. */
  "duplicate-entity": { entity: string; sheets: string };
  /** "binary": not a text file (an .xlsx renamed to .csv); "not-utf8": JSON/YAML that is not UTF-8. */
  encoding: { detail: "binary" | "not-utf8" };
  /** Nothing but blanks. */
  empty: Record<string, never>;
  /** `where` is the table's source ("angebote.csv", "netzwerk.xlsx › Angebote"). */
  "duplicate-column": { where: string; column: string };
  /** Values under a header cell that is empty; `column` is the spreadsheet's column letter. */
  "unnamed-column": { where: string; column: string; row: number };
  /** A CSV row with more or fewer cells than the header. */
  "ragged-row": { where: string; row: number; cells: number; expected: number };
  /** A file that is not what its extension says (an unclosed quote in a CSV, not a workbook). */
  "bad-structure": { where: string; line: number; detail: string };
  /** JSON or YAML that does not parse; line and column start at 1 (0 when unknown). */
  syntax: { line: number; column: number; detail: string };
}

export type SourceFileErrorCode = keyof SourceFileErrorParams;

export const SOURCE_FILE_ERROR_CODES = [
  "unreadable",
  "unknown-format",
  "unknown-entity",
  "ambiguous-entity",
  "no-known-sheet",
  "duplicate-entity",
  "encoding",
  "empty",
  "duplicate-column",
  "unnamed-column",
  "ragged-row",
  "bad-structure",
  "syntax",
] as const satisfies readonly SourceFileErrorCode[];

type Fallback = { [C in SourceFileErrorCode]: (params: SourceFileErrorParams[C]) => string };

const englishFallback: Fallback = {
  unreadable: ({ reason }) => `cannot read the file (${reason})`,
  "unknown-format": ({ extension, accepted }) =>
    `unknown file type ${JSON.stringify(extension)} (expected ${accepted})`,
  "unknown-entity": ({ name, accepted }) =>
    `cannot tell which table ${JSON.stringify(name)} holds (the name must contain one of: ${accepted})`,
  "ambiguous-entity": ({ name, entities }) => `${JSON.stringify(name)} names several tables (${entities})`,
  "no-known-sheet": ({ sheets, accepted }) => `no sheet is a known table (sheets: ${sheets}; expected: ${accepted})`,
  "duplicate-entity": ({ entity, sheets }) => `several sheets hold ${entity}: ${sheets}`,
  encoding: ({ detail }) => (detail === "binary" ? "not a text file" : "not UTF-8 text"),
  empty: () => "the file is empty",
  "duplicate-column": ({ where, column }) => `${where}: column ${JSON.stringify(column)} appears twice`,
  "unnamed-column": ({ where, column, row }) => `${where}: row ${row} has a value in column ${column}, which has no header`,
  "ragged-row": ({ where, row, cells, expected }) => `${where}: row ${row} has ${cells} cells, the header has ${expected}`,
  "bad-structure": ({ where, line, detail }) => `${where}${line > 0 ? ` (line ${line})` : ""}: ${detail}`,
  syntax: ({ line, column, detail }) => `${line > 0 ? `line ${line}, column ${column}: ` : ""}${detail}`,
};

/** The file as a whole cannot be used. `file` is the path as given. */
export class SourceFileError<C extends SourceFileErrorCode = SourceFileErrorCode> extends Error {
  readonly file: string;
  readonly code: C;
  readonly params: SourceFileErrorParams[C];

  constructor(file: string, code: C, params: SourceFileErrorParams[C]) {
    super(`${file}: ${(englishFallback[code] as (params: SourceFileErrorParams[C]) => string)(params)}`);
    this.name = "SourceFileError";
    this.file = file;
    this.code = code;
    this.params = params;
  }

  /** Narrows `error.params` by code: `if (error.is("ragged-row")) error.params.row`. */
  is<K extends SourceFileErrorCode>(code: K): this is SourceFileError<K> {
    return (this.code as SourceFileErrorCode) === code;
  }
}
