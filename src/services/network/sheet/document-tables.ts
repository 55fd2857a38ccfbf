// A JSON/YAML network file (the shape of prisma/seed/network.yaml) → the same tables a spreadsheet
// gives, so that both are read by one set of column rules and report problems the same way, in
// German: a list becomes "a, b", true "ja", a location { district: altstadt } "altstadt". Sections
// may be missing (a partial file). Fields the file format does not know are problems here; the
// values themselves are judged by read-tables.ts, which names them by their path
// ("opportunities[3].interests").
import { nearest, fold } from "./cells";
import { COLUMNS } from "./columns";
import type { ImportProblem } from "./problems";
import type { InputTable } from "./read-tables";
import { SHEET_ENTITIES, type SheetEntity, type SheetRow } from "./tables";

export function documentToTables(source: string, document: unknown): { inputs: InputTable[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const problem = (path: string, code: ImportProblem["code"], params: ImportProblem["params"], suggestion?: string) =>
    problems.push({ source, place: { kind: "path", path }, code, params, ...(suggestion === undefined ? {} : { suggestion }) });

  if (!isMapping(document)) {
    problems.push({ source, place: { kind: "table" }, code: "not-a-network-file", params: {} });
    return { inputs: [], problems };
  }
  const inputs: InputTable[] = [];
  for (const [section, value] of Object.entries(document)) {
    if (!(SHEET_ENTITIES as readonly string[]).includes(section)) {
      problem(section, "unknown-field", { field: section }, nearest(section, SHEET_ENTITIES.map((entity) => ({ folded: fold(entity), shown: entity }))));
      continue;
    }
    const entity = section as SheetEntity;
    if (value === null || value === undefined) continue;
    if (!Array.isArray(value)) {
      problem(section, "not-a-list", { field: section });
      continue;
    }
    const rows: SheetRow[] = [];
    value.forEach((entry: unknown, index) => {
      const path = `${section}[${index}]`;
      if (!isMapping(entry)) {
        problem(path, "invalid-value", { value: describe(entry) });
        return;
      }
      reportUnknownFields(entity, entry, path, problem);
      rows.push({ row: index, cells: cellsOf(entity, entry) });
    });
    inputs.push({
      table: { entity, source, columns: COLUMNS[entity].map((definition) => definition.name), rows },
      document: { section },
    });
  }
  return { inputs, problems };
}

/** The cells of one entry, column by column. */
function cellsOf(entity: SheetEntity, entry: Record<string, unknown>): Record<string, string> {
  const cells: Record<string, string> = {};
  // The English block of earlier files counts as translations.en, which wins where both exist.
  const legacyEnglish = entity === "opportunities" && isMapping(entry.en) ? entry.en : undefined;
  for (const definition of COLUMNS[entity]) {
    let value = valueAt(entry, definition.field.split("."));
    if (value === undefined && legacyEnglish !== undefined && definition.field.startsWith("translations.en.")) {
      value = legacyEnglish[definition.field.slice("translations.en.".length)];
    }
    if (definition.field === "location" && isMapping(value) && "district" in value) value = value.district;
    cells[definition.name] = cellText(value);
  }
  return cells;
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (typeof value === "number") return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(cellText).join(", ");
  // A mapping where a value belongs: the reader reports the cell as it is shown here.
  return JSON.stringify(value);
}

/** Fields the network file format does not have, at any depth; each with the nearest known name. */
function reportUnknownFields(
  entity: SheetEntity,
  entry: Record<string, unknown>,
  path: string,
  problem: (path: string, code: ImportProblem["code"], params: ImportProblem["params"], suggestion?: string) => void,
): void {
  const fields = COLUMNS[entity].map((definition) => definition.field.split("."));
  if (entity === "opportunities") {
    for (const part of ["title", "summary", "description"]) fields.push(["en", part]);
  }
  const check = (value: Record<string, unknown>, prefix: string[]) => {
    const known = new Set(fields.filter((field) => startsWith(field, prefix) && field.length > prefix.length).map((field) => field[prefix.length]!));
    for (const [key, inner] of Object.entries(value)) {
      const fieldPath = [...prefix, key];
      if (!known.has(key)) {
        const where = `${path}.${fieldPath.join(".")}`;
        problem(where, "unknown-field", { field: key }, nearest(key, [...known].map((name) => ({ folded: fold(name), shown: name }))));
        continue;
      }
      if (isMapping(inner) && fields.some((field) => startsWith(field, fieldPath) && field.length > fieldPath.length)) {
        check(inner, fieldPath);
      }
    }
  };
  check(entry, []);
}

function startsWith(field: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((part, index) => field[index] === part);
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (!isMapping(current)) return undefined;
    current = current[segment];
  }
  return current;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}

function describe(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
}
