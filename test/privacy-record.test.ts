// PRIVACY.md (the Verzeichnis von Verarbeitungstätigkeiten) has one table row per stored field:
// every scalar field of every model in prisma/schema.prisma, as `Model.field` in the row's first
// cell. A field added to the schema without a row fails here, and so does a row (or a mention in
// backticks anywhere in the file) of a field that no longer exists. Relation fields are not
// stored columns and are left out; their foreign keys (e.g. Signup.residentId) are scalars.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../", import.meta.url);
const read = (file: string) => readFileSync(fileURLToPath(new URL(file, ROOT)), "utf8");

const PRISMA_SCALARS = new Set(["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"]);

/** "Model.field" for every scalar (and enum) field of every model of a Prisma schema, in schema order. */
function schemaFields(schema: string): string[] {
  const text = schema.replace(/\/\/.*$/gm, "");
  const blocks = [...text.matchAll(/^\s*(model|enum|view|type)\s+(\w+)\s*\{([^}]*)\}/gm)];
  const models = new Set(blocks.filter((block) => block[1] === "model").map((block) => block[2]!));
  const enums = new Set(blocks.filter((block) => block[1] === "enum").map((block) => block[2]!));
  return blocks
    .filter((block) => block[1] === "model")
    .flatMap(([, , model, body]) =>
      body!
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "" && !line.startsWith("@@"))
        .flatMap((line) => {
          const [name, type] = line.split(/\s+/);
          const base = (type ?? "").replace(/[?[\]]/g, "");
          if (models.has(base)) return []; // a relation field: no column of its own
          if (!PRISMA_SCALARS.has(base) && !enums.has(base) && !base.startsWith("Unsupported(")) {
            throw new Error(`prisma/schema.prisma: ${model}.${name}: unknown type ${JSON.stringify(type)}`);
          }
          return [`${model}.${name}`];
        }),
    );
}

interface RecordRow {
  /** "Model.field" */
  field: string;
  line: number;
  cells: string[];
  /** Cells of the table's header row. */
  columns: number;
}

const FIELD_CELL = /^`([A-Z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*)`$/;
const FIELD_MENTION = /`([A-Z][A-Za-z0-9]*)\.([a-z][A-Za-z0-9]*)`/g;

/** The cells of a Markdown table line, split at pipes that are not escaped. */
function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** The rows of PRIVACY.md's tables whose first cell is `Model.field`, with the table's width. */
function recordRows(markdown: string): RecordRow[] {
  const rows: RecordRow[] = [];
  let columns = 0;
  let previousWasTable = false;
  markdown.split("\n").forEach((text, index) => {
    const isTable = text.trim().startsWith("|");
    if (isTable && !previousWasTable) columns = cellsOf(text).length; // a table's first line is its header
    previousWasTable = isTable;
    if (!isTable) return;
    const cells = cellsOf(text);
    const field = FIELD_CELL.exec(cells[0] ?? "")?.[1];
    if (field) rows.push({ field, line: index + 1, cells, columns });
  });
  return rows;
}

/** Every `Model.field` in backticks anywhere in the file, with its line. */
function mentions(markdown: string): Array<{ field: string; line: number }> {
  return markdown.split("\n").flatMap((text, index) => [...text.matchAll(FIELD_MENTION)].map((match) => ({ field: `${match[1]}.${match[2]}`, line: index + 1 })));
}

describe("the parsers of this check", () => {
  it("take scalar and enum fields, leave out relation fields, block attributes and comments", () => {
    const schema = `
      // model Commented { id Int }
      enum Colour {
        red
      }
      /// A person.
      model Person {
        id       Int      @id @default(autoincrement())
        name     String?  // a comment
        colour   Colour
        tags     String   @default("[]")
        pets     Pet[]
        @@index([name])
      }
      model Pet {
        id       BigInt   @id
        ownerId  Int?
        owner    Person?  @relation(fields: [ownerId], references: [id])
      }`;
    expect(schemaFields(schema)).toEqual(["Person.id", "Person.name", "Person.colour", "Person.tags", "Pet.id", "Pet.ownerId"]);
    expect(() => schemaFields("model A {\n  x Strng\n}")).toThrow(/A\.x: unknown type "Strng"/);
  });

  it("read the first cell of every table row, with the table's width", () => {
    const markdown = ["| Feld | Zweck |", "|---|---|", "| `Person.id` | Kennung |", "| `Person.name` | a \\| b | extra |", "", "Text mit `Person.tags`."].join("\n");
    expect(recordRows(markdown)).toEqual([
      { field: "Person.id", line: 3, cells: ["`Person.id`", "Kennung"], columns: 2 },
      { field: "Person.name", line: 4, cells: ["`Person.name`", "a \\| b", "extra"], columns: 2 },
    ]);
  });
});

describe("PRIVACY.md, the record of processing activities", () => {
  const fields = schemaFields(read("prisma/schema.prisma"));
  const markdown = read("PRIVACY.md");
  const rows = recordRows(markdown);
  const known = new Set(fields);

  it("reads a schema with fields at all (the parser did not silently miss them)", () => {
    expect(fields.length).toBeGreaterThan(100);
    expect(fields).toContain("Resident.firstName");
    expect(fields).not.toContain("Resident.signups");
  });

  it("has a row for every field of every model in prisma/schema.prisma", () => {
    const listed = new Set(rows.map((row) => row.field));
    const missing = fields.filter((field) => !listed.has(field));
    expect(missing, 'fields without a row in PRIVACY.md: add "| `Model.field` | … |" to the table of the model (also when it holds no personal data: say so)').toEqual([]);
  });

  it("names no field that does not exist", () => {
    const unknown = [...rows.map((row) => ({ field: row.field, line: row.line })), ...mentions(markdown)]
      .filter((mention) => !known.has(mention.field))
      .map((mention) => `PRIVACY.md:${mention.line}: ${mention.field}`);
    expect([...new Set(unknown)], "PRIVACY.md names fields prisma/schema.prisma does not have (renamed or removed?)").toEqual([]);
  });

  it("has one row per field, each with every column filled in", () => {
    const seen = new Map<string, number>();
    const problems: string[] = [];
    for (const row of rows) {
      const earlier = seen.get(row.field);
      if (earlier !== undefined) problems.push(`PRIVACY.md:${row.line}: ${row.field} has a row already (line ${earlier})`);
      seen.set(row.field, row.line);
      if (row.cells.length !== row.columns) problems.push(`PRIVACY.md:${row.line}: ${row.field} has ${row.cells.length} cells, its table ${row.columns}`);
      if (row.cells.some((cell) => cell === "")) problems.push(`PRIVACY.md:${row.line}: ${row.field} has an empty cell`);
    }
    expect(problems).toEqual([]);
  });
});
