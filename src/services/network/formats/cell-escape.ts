// Formula injection: a CSV cell such as `=HYPERLINK(…)` or `-2+3` becomes a formula when Excel
// opens the file, so an offer text could run something on the network manager's computer. The
// usual defence (OWASP) is a leading apostrophe: Excel shows `'=…` as text. We write it, and
// every reader takes it off again, so that export → import changes nothing:
//
//   writing: a value that starts with = + - @ tab or CR, after any number of apostrophes,
//            gets one more apostrophe in front ("=1" → "'=1", "-1" → "'-1", "'=1" → "''=1");
//   reading: a value that starts with one or more apostrophes followed by one of those characters
//            loses one apostrophe ("'-1" → "-1"; "'Hallo" and "'" stay as they are).
//
// So a negative number written by us comes back as the same text. In XLSX all cells are text
// cells, which Excel never evaluates, so the XLSX writer adds the apostrophe only where the reader
// would otherwise take one away (a value that itself starts with "'="): "=1" is written as "=1".

const TRIGGER = "[=+\\-@\\t\\r]";
const NEEDS_PROTECTION = new RegExp(`^'*${TRIGGER}`);
const PROTECTED = new RegExp(`^'+${TRIGGER}`);

/** The cell as the CSV writer puts it into the file. */
export function protectCsvCell(value: string): string {
  return NEEDS_PROTECTION.test(value) ? `'${value}` : value;
}

/** The cell as the XLSX writer puts it into the sheet. */
export function protectXlsxCell(value: string): string {
  return PROTECTED.test(value) ? `'${value}` : value;
}

/** The value of a cell read from a file (CSV or XLSX). */
export function unprotectCell(text: string): string {
  return PROTECTED.test(text) ? text.slice(1) : text;
}

// XLSX stores text in XML, which cannot hold most control characters and turns CR into LF.
// Excel writes such characters as _xHHHH_ (and a literal "_x0041_" as "_x005F_x0041_"); exceljs
// decodes these escapes when it reads (upper-case hex only) but does not write them, so we do.
// A "_" before "xHHHH" is escaped whatever follows: the next character may itself become an
// escape ("_x0176" + U+0001 would be written "_x0176_x0001_", read back as "Ŷx0001_"), and Excel
// reads lower-case hex too.
const XML_UNSAFE = /_(?=x[0-9A-Fa-f]{4})|[\u0000-\u0008\u000B\u000C\u000E-\u001F\r\uFFFE\uFFFF]/g;

export function escapeXlsxText(value: string): string {
  return value.replace(XML_UNSAFE, (match) =>
    match === "_" ? "_x005F_" : `_x${match.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}
