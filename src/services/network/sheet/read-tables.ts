// Spreadsheet tables → network entries, with every problem of the whole file. Each cell is read
// by its column's rules (cells.ts: yes/no, decimal commas, German dates, vocabulary names); each
// row is then validated with the network file's zod schemas (network-file-schema.ts), whose issues
// become problem codes too; finally the rows are checked against each other (duplicate keys) and
// against the database (references to organisations and districts the file does not contain).
// Nothing stops at the first problem: the manager gets the complete list at once.
import type { z } from "zod";
import type { InterestKey, RequirementKey } from "../../../domain/vocabulary";
import {
  coordinatorEntrySchema,
  districtEntrySchema,
  opportunityEntrySchema,
  organisationEntrySchema,
  type CoordinatorEntry,
  type DistrictEntry,
  type NetworkFile,
  type OpportunityEntry,
  type OrganisationEntry,
} from "../network-file-schema";
import { fold, nearest, parseBoolean, parseDate, parseNumber, slugify, splitListKnowing, type Vocabulary } from "./cells";
import { COLUMNS, columnForHeader, suggestColumn, TRANSLATION_LOCALES, type ColumnDefinition } from "./columns";
import type { ImportProblem, ProblemCode, ProblemPlace } from "./problems";
import { SHEET_ENTITIES, type SheetEntity, type SheetRow, type SheetTable } from "./tables";
import { readSchedule, type TimePhraseParser } from "./times";
import type { Vocabularies } from "./vocabulary-labels";

export interface InputTable {
  table: SheetTable;
  /**
   * Set for tables made from a JSON/YAML network file (document-tables.ts): a row is an entry of
   * `section`, its `row` the entry's index, and problems name field paths instead of cells.
   */
  document?: { section: string };
}

/** Slug and name of the rows the database already has, for references a file does not resolve itself. */
export interface StoredNames {
  districts: readonly { slug: string; name: string }[];
  organisations: readonly { slug: string; name: string }[];
}

export interface ReadContext {
  vocabularies: Vocabularies;
  parseTimes: TimePhraseParser;
  stored: StoredNames;
}

/** Where an entry came from, for the import plan ("angebote.csv, Zeile 7"). */
export interface RowOrigin {
  source: string;
  place: ProblemPlace;
}

export interface ReadNetworkResult {
  /** The entries that read cleanly; complete only when there are no problems. */
  network: NetworkFile;
  problems: ImportProblem[];
  /** By `${entity}:${key}` (slug, or the Slack user id of a coordinator). */
  origins: Map<string, RowOrigin>;
  /** Which entities the file holds (a partial file holds only some). */
  entities: SheetEntity[];
  rowCount: number;
}

export type ProgressListener = (done: number, total: number) => void;

export function entryKey(entity: SheetEntity, key: string): string {
  return `${entity}:${key}`;
}

/** Reads every table; problems are collected, never thrown. */
export function readNetworkTables(inputs: readonly InputTable[], context: ReadContext, onProgress?: ProgressListener): ReadNetworkResult {
  const problems: ImportProblem[] = [];
  const network: NetworkFile = { districts: [], organisations: [], coordinators: [], opportunities: [] };
  const origins = new Map<string, RowOrigin>();
  const references = referenceIndex(inputs, context.stored);
  const total = inputs.reduce((sum, input) => sum + input.table.rows.length, 0);
  let done = 0;

  const ordered = [...inputs].sort((a, b) => SHEET_ENTITIES.indexOf(a.table.entity) - SHEET_ENTITIES.indexOf(b.table.entity));
  for (const input of ordered) {
    const headers = readHeaders(input, problems);
    const firstRowOfKey = new Map<string, RowOrigin>();
    for (const row of input.table.rows) {
      done++;
      if (onProgress !== undefined && (done % 50 === 0 || done === total)) onProgress(done, total);
      if (Object.values(row.cells).every((cell) => cell.trim() === "")) continue;
      const reader = new RowReader(input, row, headers, problems, context, references);
      const entry = readEntry(reader);
      if (entry === undefined) continue;
      const key = entry.kind === "coordinators" ? entry.entry.slackUserId : entry.entry.slug;
      const origin: RowOrigin = { source: input.table.source, place: reader.rowPlace() };
      const earlier = firstRowOfKey.get(key);
      if (earlier !== undefined) {
        const keyColumn = entry.kind === "coordinators" ? "slack_user_id" : "kuerzel";
        if (earlier.place.kind === "path") reader.report(keyColumn, "duplicate-key-at-path", { value: key, first: earlier.place.path });
        else reader.report(keyColumn, "duplicate-key", { value: key, first: "row" in earlier.place ? earlier.place.row : 0 });
        continue;
      }
      firstRowOfKey.set(key, origin);
      origins.set(entryKey(entry.kind, key), origin);
      switch (entry.kind) {
        case "districts":
          network.districts.push(entry.entry);
          break;
        case "organisations":
          network.organisations.push(entry.entry);
          break;
        case "coordinators":
          network.coordinators.push(entry.entry);
          break;
        case "opportunities":
          network.opportunities.push(entry.entry);
          break;
      }
    }
  }
  return { network, problems, origins, entities: [...new Set(ordered.map((input) => input.table.entity))], rowCount: total };
}

/** Maps the table's headers to columns; unknown, repeated and missing columns are problems. */
function readHeaders(input: InputTable, problems: ImportProblem[]): Headers {
  const { table } = input;
  const headerOf = new Map<string, string>();
  for (const header of table.columns) {
    if (header.trim() === "") continue;
    const definition = columnForHeader(table.entity, header);
    if (definition === undefined) {
      if (input.document !== undefined) continue; // document-tables.ts reported unknown fields already
      problems.push({
        source: table.source,
        place: { kind: "cell", row: 1, column: header },
        code: "unknown-column",
        params: { column: header },
        ...optional("suggestion", suggestColumn(table.entity, header)),
      });
    } else if (headerOf.has(definition.name)) {
      problems.push({ source: table.source, place: { kind: "cell", row: 1, column: header }, code: "duplicate-column", params: { column: definition.name } });
    } else {
      headerOf.set(definition.name, header);
    }
  }
  const missing = new Set<string>();
  for (const definition of COLUMNS[table.entity]) {
    if (definition.required && !headerOf.has(definition.name)) {
      missing.add(definition.name);
      problems.push({ source: table.source, place: { kind: "table" }, code: "missing-column", params: { column: definition.name } });
    }
  }
  return { headerOf, missing };
}

interface Headers {
  /** Column name → the header as the file writes it. */
  headerOf: Map<string, string>;
  /** Required columns the table lacks: reported once, not in every row. */
  missing: Set<string>;
}

type ReadEntry =
  | { kind: "districts"; entry: DistrictEntry }
  | { kind: "organisations"; entry: OrganisationEntry }
  | { kind: "coordinators"; entry: CoordinatorEntry }
  | { kind: "opportunities"; entry: OpportunityEntry };

function readEntry(reader: RowReader): ReadEntry | undefined {
  switch (reader.entity) {
    case "districts": {
      const entry = reader.validate(districtEntrySchema, {
        slug: reader.text("kuerzel"),
        name: reader.text("name"),
        neighbours: reader.districts("nachbarn"),
      });
      if (entry?.neighbours.includes(entry.slug)) reader.report("nachbarn", "own-neighbour", { value: entry.slug });
      return entry === undefined ? undefined : { kind: "districts", entry };
    }
    case "organisations": {
      const contact = { name: reader.text("kontakt_name"), email: reader.text("kontakt_email"), phone: reader.text("kontakt_telefon") };
      const translations = Object.fromEntries(
        TRANSLATION_LOCALES.flatMap((locale) => {
          const description = reader.text(reader.translationColumn(locale, "description"));
          return description === undefined ? [] : [[locale, { description }]];
        }),
      );
      const entry = reader.validate(organisationEntrySchema, {
        slug: reader.text("kuerzel"),
        name: reader.text("name"),
        description: reader.text("beschreibung"),
        address: reader.text("adresse"),
        website: reader.text("website"),
        contact: Object.values(contact).some((value) => value !== undefined) ? contact : undefined,
        slackChannel: reader.text("slack_kanal"),
        active: reader.boolean("aktiv", true),
        translations,
      });
      return entry === undefined ? undefined : { kind: "organisations", entry };
    }
    case "coordinators": {
      const entry = reader.validate(coordinatorEntrySchema, {
        name: reader.text("name"),
        slackUserId: reader.text("slack_user_id"),
        organisation: reader.organisation("organisation"),
      });
      return entry === undefined ? undefined : { kind: "coordinators", entry };
    }
    case "opportunities": {
      const translations = Object.fromEntries(
        TRANSLATION_LOCALES.flatMap((locale) => {
          const texts = {
            title: reader.text(reader.translationColumn(locale, "title")),
            summary: reader.text(reader.translationColumn(locale, "summary")),
            description: reader.text(reader.translationColumn(locale, "description")),
          };
          return Object.values(texts).every((text) => text === undefined) ? [] : [[locale, texts]];
        }),
      );
      const helpful = reader.vocabularyList("sprachen_hilfreich", reader.vocabularies.language, "unknown-language");
      const required = reader.vocabularyList("sprachen_noetig", reader.vocabularies.language, "unknown-language");
      const entry = reader.validate(opportunityEntrySchema, {
        slug: reader.text("kuerzel"),
        organisation: reader.organisation("organisation"),
        title: reader.text("titel"),
        summary: reader.text("kurzbeschreibung"),
        description: reader.text("beschreibung"),
        translations,
        littleGerman: reader.boolean("wenig_deutsch", false),
        interests: reader.vocabularyList<InterestKey>("interessen", reader.vocabularies.interest, "unknown-interest"),
        location: reader.location("ort"),
        schedule: reader.schedule("zeiten"),
        hoursPerWeek: reader.number("stunden_pro_woche"),
        frequency: reader.frequency("haeufigkeit"),
        minCommitmentMonths: reader.number("mindestdauer_monate"),
        languages: { helpful: helpful ?? [], required: required ?? [] },
        requirements: reader.vocabularyList<RequirementKey>("voraussetzungen", reader.vocabularies.requirement, "unknown-requirement"),
        minAge: reader.number("mindestalter"),
        capacity: reader.number("plaetze"),
        validUntil: reader.date("gueltig_bis"),
        active: reader.boolean("aktiv", true),
        confirmedAt: reader.date("bestaetigt_am"),
      });
      if (entry !== undefined) {
        for (const code of entry.languages.required) {
          if (entry.languages.helpful.includes(code)) reader.report("sprachen_hilfreich", "required-and-helpful", { value: code });
        }
      }
      return entry === undefined ? undefined : { kind: "opportunities", entry };
    }
  }
}

/** Slugs and names of districts and organisations, from the file and the database, for references. */
interface ReferenceIndex {
  districts: Map<string, string>;
  organisations: Map<string, string>;
  districtCandidates: { folded: string; shown: string }[];
  organisationCandidates: { folded: string; shown: string }[];
}

function referenceIndex(inputs: readonly InputTable[], stored: StoredNames): ReferenceIndex {
  const fromFile = (entity: SheetEntity) =>
    inputs
      .filter((input) => input.table.entity === entity)
      .flatMap((input) => {
        const slugHeader = input.table.columns.find((header) => columnForHeader(entity, header)?.name === "kuerzel");
        const nameHeader = input.table.columns.find((header) => columnForHeader(entity, header)?.name === "name");
        return input.table.rows.flatMap((row) => {
          const slug = slugHeader === undefined ? "" : (row.cells[slugHeader] ?? "").trim();
          return slug === "" ? [] : [{ slug, name: nameHeader === undefined ? "" : (row.cells[nameHeader] ?? "").trim() }];
        });
      });
  const index = (rows: readonly { slug: string; name: string }[]) => {
    const bySpelling = new Map<string, string>();
    // Slugs first, so that a name never hides another row's slug.
    for (const row of rows) if (!bySpelling.has(fold(row.slug))) bySpelling.set(fold(row.slug), row.slug);
    for (const row of rows) if (row.name !== "" && !bySpelling.has(fold(row.name))) bySpelling.set(fold(row.name), row.slug);
    const candidates = rows.flatMap((row) => [
      { folded: fold(row.slug), shown: row.slug },
      ...(row.name === "" ? [] : [{ folded: fold(row.name), shown: row.slug }]),
    ]);
    return { bySpelling, candidates };
  };
  const districts = index([...fromFile("districts"), ...stored.districts]);
  const organisations = index([...fromFile("organisations"), ...stored.organisations]);
  return {
    districts: districts.bySpelling,
    organisations: organisations.bySpelling,
    districtCandidates: districts.candidates,
    organisationCandidates: organisations.candidates,
  };
}

const CITYWIDE = ["stadtweit", "citywide", "ganze stadt", "ueberall", "überall", "gesamte stadt"];
const REMOTE = ["online", "remote", "von zu hause", "von zuhause", "zuhause", "zu hause", "digital", "home"];
const FREQUENCIES: Readonly<Record<string, "regular" | "once">> = {
  regelmaessig: "regular",
  regelmäßig: "regular",
  regular: "regular",
  laufend: "regular",
  einmalig: "once",
  einmal: "once",
  once: "once",
};

/** One row being read: cell access, the column readers, and problems at the right place. */
const translationColumnsByEntity = new Map<SheetEntity, ReadonlyMap<string, string>>();

/** Field ("translations.en.title") → column name of an entity's translation columns; asked for every row. */
function translationColumns(entity: SheetEntity): ReadonlyMap<string, string> {
  let columns = translationColumnsByEntity.get(entity);
  if (columns === undefined) {
    const byField = new Map<string, string>();
    for (const definition of COLUMNS[entity]) {
      if (definition.field.startsWith("translations.") && !byField.has(definition.field)) byField.set(definition.field, definition.name);
    }
    columns = byField;
    translationColumnsByEntity.set(entity, columns);
  }
  return columns;
}

class RowReader {
  readonly entity: SheetEntity;
  readonly vocabularies: Vocabularies;
  private readonly reported = new Set<string>();
  private readonly fieldColumns: { field: string; name: string }[];

  constructor(
    private readonly input: InputTable,
    private readonly row: SheetRow,
    private readonly headers: Headers,
    private readonly problems: ImportProblem[],
    private readonly context: ReadContext,
    private readonly references: ReferenceIndex,
  ) {
    this.entity = input.table.entity;
    this.vocabularies = context.vocabularies;
    // Longest field first, so that "translations.en.title" wins over "translations".
    this.fieldColumns = COLUMNS[this.entity]
      .map((definition) => ({ field: definition.field, name: definition.name }))
      .sort((a, b) => b.field.length - a.field.length);
  }

  /** The trimmed cell text ("" when empty or when the table lacks the column). */
  raw(name: string): string {
    const header = this.headers.headerOf.get(name);
    return header === undefined ? "" : (this.row.cells[header] ?? "").trim();
  }

  rowPlace(): ProblemPlace {
    return this.input.document === undefined
      ? { kind: "row", row: this.row.row }
      : { kind: "path", path: `${this.input.document.section}[${this.row.row}]` };
  }

  place(name: string): ProblemPlace {
    if (this.input.document !== undefined) {
      return { kind: "path", path: `${this.input.document.section}[${this.row.row}].${this.definition(name).field}` };
    }
    return { kind: "cell", row: this.row.row, column: this.headers.headerOf.get(name) ?? name };
  }

  report(name: string, code: ProblemCode, params: Record<string, string | number>, suggestion?: string): void {
    if (this.reported.has(name)) return;
    this.reported.add(name);
    this.problems.push({ source: this.input.table.source, place: this.place(name), code, params, ...optional("suggestion", suggestion) });
  }

  translationColumn(locale: string, field: "title" | "summary" | "description"): string {
    const name = translationColumns(this.entity).get(`translations.${locale}.${field}`);
    if (name === undefined) throw new Error(`no ${field} translation column for ${locale}`);
    return name;
  }

  text(name: string): string | undefined {
    const value = this.raw(name);
    return value === "" ? undefined : value;
  }

  boolean(name: string, empty: boolean): boolean | undefined {
    const value = parseBoolean(this.raw(name), empty);
    if (value === undefined) this.report(name, "bad-boolean", { value: this.raw(name) });
    return value;
  }

  number(name: string): number | undefined {
    const text = this.raw(name);
    if (text === "") return undefined;
    const value = parseNumber(text);
    if (value === undefined) this.report(name, this.definition(name).kind === "whole-number" ? "bad-whole-number" : "bad-number", { value: text });
    return value;
  }

  date(name: string): string | undefined {
    const text = this.raw(name);
    if (text === "") return undefined;
    const value = parseDate(text);
    if (value === undefined) this.report(name, "bad-date", { value: text });
    return value;
  }

  frequency(name: string): "regular" | "once" | undefined {
    const text = this.raw(name);
    if (text === "") return "regular";
    const value = FREQUENCIES[fold(text)] ?? FREQUENCIES[text.toLowerCase()];
    if (value === undefined) this.report(name, "bad-frequency", { value: text });
    return value;
  }

  schedule(name: string): unknown {
    const text = this.raw(name);
    if (text === "") return undefined;
    const result = readSchedule(text, this.context.parseTimes);
    if (!result.ok) {
      this.report(name, "bad-times", { value: text, reason: result.reason, word: result.word ?? "" });
      return undefined;
    }
    return result.value;
  }

  location(name: string): unknown {
    const text = this.raw(name);
    if (text === "") return undefined;
    const folded = fold(text);
    if (CITYWIDE.some((word) => fold(word) === folded)) return "citywide";
    if (REMOTE.some((word) => fold(word) === folded)) return "remote";
    const district = this.references.districts.get(folded);
    if (district !== undefined) return { district };
    this.report(
      name,
      "unknown-district",
      { value: text },
      nearest(text, [...this.references.districtCandidates, ...["stadtweit", "online"].map((word) => ({ folded: word, shown: word }))]),
    );
    return undefined;
  }

  districts(name: string): string[] | undefined {
    const items = splitListKnowing(this.raw(name), (candidate) => this.references.districts.has(fold(candidate)));
    const slugs: string[] = [];
    for (const item of items) {
      const slug = this.references.districts.get(fold(item));
      if (slug === undefined) {
        this.report(name, "unknown-district", { value: item }, nearest(item, this.references.districtCandidates));
        return undefined;
      }
      slugs.push(slug);
    }
    return this.withoutRepeats(name, slugs);
  }

  organisation(name: string): string | undefined {
    const text = this.raw(name);
    if (text === "") return undefined;
    const slug = this.references.organisations.get(fold(text));
    if (slug === undefined) this.report(name, "unknown-organisation", { value: text }, nearest(text, this.references.organisationCandidates));
    return slug;
  }

  vocabularyList<Key extends string>(name: string, vocabulary: Vocabulary<Key>, unknown: ProblemCode): Key[] | undefined {
    const items = splitListKnowing(this.raw(name), (candidate) => vocabulary.has(candidate));
    const keys: Key[] = [];
    for (const item of items) {
      const key = vocabulary.find(item);
      if (key === undefined) {
        this.report(name, unknown, { value: item }, vocabulary.suggest(item));
        return undefined;
      }
      keys.push(key);
    }
    return this.withoutRepeats(name, keys);
  }

  /** The same value twice in one cell is almost always a copy-and-paste slip. */
  private withoutRepeats<Value extends string>(name: string, values: Value[]): Value[] | undefined {
    const repeated = values.find((value, index) => values.indexOf(value) !== index);
    if (repeated === undefined) return values;
    this.report(name, "listed-twice", { value: repeated });
    return undefined;
  }

  /**
   * Validates the entry with its zod schema and turns the issues into problems at their columns.
   * A column whose cell could not be read is reported once, by its reader, not again here.
   */
  validate<Schema extends z.ZodType>(schema: Schema, entry: Record<string, unknown>): z.output<Schema> | undefined {
    const input = withoutUndefined(entry);
    const result = schema.safeParse(input);
    if (result.success) return this.reported.size === 0 ? result.data : undefined;
    for (const issue of result.error.issues) this.reportIssue(issue, input);
    return undefined;
  }

  private reportIssue(issue: z.core.$ZodIssue, input: Record<string, unknown>): void {
    const path = issue.path.map(String).join(".");
    const column = this.fieldColumns.find(({ field }) => path === field || path.startsWith(`${field}.`));
    if (column === undefined) {
      // Every field of the schema has a column; an issue elsewhere would be a bug in this file.
      this.report(this.fieldColumns.at(-1)!.name, "invalid-value", { value: path });
      return;
    }
    const name = column.name;
    if (this.headers.missing.has(name)) return;
    const definition = this.definition(name);
    const value = this.raw(name);
    if (value === "") {
      // Whatever zod says about a missing value (a type, a union, an empty list): the cell is empty.
      if (definition.field.startsWith("translations.")) this.report(name, "missing-translation", { column: name });
      else if (definition.field.startsWith("contact.")) this.report(name, "missing-contact", { column: name });
      else this.report(name, "missing-cell", { column: name });
      return;
    }
    switch (issue.code) {
      case "invalid_type":
        if (issue.expected === "int") {
          this.report(name, "bad-whole-number", { value });
        } else {
          this.report(name, "invalid-value", { value });
        }
        return;
      case "too_small":
      case "too_big":
        if (issue.origin === "string" && issue.code === "too_small") this.report(name, "missing-cell", { column: name });
        else if (issue.origin === "string" && issue.code === "too_big") this.report(name, "slug-too-long", { value, max: Number(issue.maximum) });
        else if (issue.origin === "array") this.report(name, "missing-cell", { column: name });
        else this.reportRange(name, value, definition);
        return;
      case "invalid_format":
        this.reportFormat(name, value, definition);
        return;
      case "custom":
        if (typeof issue.path.at(-1) === "number") {
          this.report(name, "listed-twice", { value: String(valueAt(input, issue.path) ?? value) });
          return;
        }
        this.report(name, "invalid-value", { value });
        return;
      default:
        this.report(name, "invalid-value", { value });
    }
  }

  private reportRange(name: string, value: string, definition: ColumnDefinition): void {
    const range = definition.range ?? { min: 0 };
    const bounds = range.max === undefined ? "open" : range.minExclusive === true ? "yes" : "no";
    this.report(name, "out-of-range", { value, min: range.min, max: range.max ?? "", exclusive: bounds });
  }

  private reportFormat(name: string, value: string, definition: ColumnDefinition): void {
    switch (definition.kind) {
      case "slug": {
        const suggestion = slugify(value);
        this.report(name, "bad-slug", { value }, suggestion === "" || suggestion === value ? undefined : suggestion);
        return;
      }
      case "email":
        this.report(name, "bad-email", { value });
        return;
      case "url":
        this.report(name, "bad-url", { value });
        return;
      case "slack-channel":
        this.report(name, "bad-slack-channel", { value });
        return;
      case "slack-user":
        this.report(name, "bad-slack-user", { value });
        return;
      default:
        this.report(name, "invalid-value", { value });
    }
  }

  private definition(name: string): ColumnDefinition {
    const definition = COLUMNS[this.entity].find((candidate) => candidate.name === name);
    if (definition === undefined) throw new Error(`no column "${name}" for ${this.entity}`);
    return definition;
  }
}

function withoutUndefined(entry: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function optional<Key extends string, Value>(key: Key, value: Value | undefined): Partial<Record<Key, Value>> {
  return value === undefined ? {} : ({ [key]: value } as Record<Key, Value>);
}
