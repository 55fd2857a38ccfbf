import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readNetworkSource, type NetworkSource } from "../../../../src/services/network/formats/read-network-source";
import { SourceFileError, type SourceFileErrorCode } from "../../../../src/services/network/formats/source-file-error";
import type { NetworkTables, SheetTable } from "../../../../src/services/network/sheet/tables";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/sheets");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lotse-formats-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, content: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

function tablesOf(source: NetworkSource): NetworkTables {
  if (source.kind !== "tables") throw new Error(`expected tables, got ${source.kind}`);
  return source.tables;
}

async function readTable(path: string, options?: Parameters<typeof readNetworkSource>[1]): Promise<SheetTable> {
  const tables = tablesOf(await readNetworkSource(path, options));
  const [table, ...more] = Object.values(tables);
  expect(more).toHaveLength(0);
  return table!;
}

async function failure(path: string, options?: Parameters<typeof readNetworkSource>[1]): Promise<SourceFileError> {
  const error: unknown = await readNetworkSource(path, options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SourceFileError);
  return error as SourceFileError;
}

async function expectCode(path: string, code: SourceFileErrorCode, params?: Record<string, unknown>) {
  const error = await failure(path);
  expect(error.code).toBe(code);
  expect(error.file).toBe(path);
  expect(error.message.startsWith(`${path}: `)).toBe(true);
  expect(error.message).not.toContain("\n    at ");
  if (params) expect(error.params).toMatchObject(params);
  return error;
}

// ---------------------------------------------------------------- CSV: encodings and separators

/** Windows-1252 as German Excel writes it: umlauts are single bytes (ä = 0xE4), – is 0x96, € 0x80. */
function windows1252(text: string): Buffer {
  const special: Record<string, number> = { "€": 0x80, "„": 0x84, "–": 0x96, "“": 0x93 };
  return Buffer.from(
    [...text].map((char) => {
      const byte = special[char] ?? char.charCodeAt(0);
      if (byte > 0xff) throw new Error(`not in Windows-1252: ${char}`);
      return byte;
    }),
  );
}

const HEADER = ["slug", "Titel", "Zeiten", "Beschreibung"];
const ROWS = [
  ["lesepaten-nord", "Lesepatin – Grundschule", "Mo–Fr vormittags", "Kinder lesen vor; 5 € Fahrgeld, Nähe Bahnhof"],
  ["cafe-treff", "Café für Ältere", "Sa 10-12 Uhr", 'Größere Runde, "gemütlich"'],
  ["ausflug", "Ausflüge „ins Grüne“", "", "Straße\r\nzweite Zeile"],
];
const EXPECTED_ROWS = ROWS.map((cells, index) => ({
  row: index + 2,
  cells: Object.fromEntries(HEADER.map((column, column_) => [column, cells[column_]!])),
}));

function csvText(separator: string): string {
  const quote = (cell: string) => (/[;,"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return [HEADER, ...ROWS].map((cells) => cells.map(quote).join(separator)).join("\r\n") + "\r\n";
}

describe("readNetworkSource: CSV encodings and separators", () => {
  const variants: [string, () => Buffer][] = [
    ["UTF-8 with BOM, ;", () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(";"))])],
    ["UTF-8 without BOM, ;", () => Buffer.from(csvText(";"))],
    ["Windows-1252, ;", () => windows1252(csvText(";"))],
    ["UTF-8 with BOM, ,", () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(","))])],
    ["UTF-8 without BOM, ,", () => Buffer.from(csvText(","))],
    ["Windows-1252, ,", () => windows1252(csvText(","))],
    ["UTF-8, tab", () => Buffer.from(csvText("\t"))],
    ["UTF-16 LE with BOM, ;", () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText(";"), "utf16le")])],
  ];

  it("the Windows-1252 bytes are the ones Excel writes", () => {
    const bytes = windows1252(csvText(";"));
    expect(windows1252("ä–€")).toEqual(Buffer.from([0xe4, 0x96, 0x80]));
    expect(bytes.includes(0xe4)).toBe(true);
    expect(bytes.includes(0x96)).toBe(true);
    expect(bytes.includes(0x80)).toBe(true);
  });

  it.each(variants)("reads %s to the same table", async (name, bytes) => {
    const path = await fileWith(`angebote-${name.replace(/\W+/g, "-")}.csv`, bytes());
    const table = await readTable(path);
    expect(table.entity).toBe("opportunities");
    expect(table.columns).toEqual(HEADER);
    expect(table.rows).toEqual(EXPECTED_ROWS);
  });

  it("reads what German Excel saves as CSV (Trennzeichen-getrennt): Windows-1252, empty columns at the end", async () => {
    const table = await readTable(join(FIXTURES, "Stadtteile (Excel Windows-1252).csv"));
    expect(table).toEqual({
      entity: "districts",
      source: "Stadtteile (Excel Windows-1252).csv",
      columns: ["slug", "Name", "Nachbarn"],
      rows: [
        { row: 2, cells: { slug: "altstadt", Name: "Altstadt", Nachbarn: "nord, süd" } },
        { row: 3, cells: { slug: "süd", Name: "Süd – Auenhain", Nachbarn: "altstadt" } },
        // row 4 is ";;;;": skipped, and the next row keeps its number
        { row: 5, cells: { slug: "gruenau", Name: "„Grünau“ (ehem. Dorf)", Nachbarn: "altstadt" } },
      ],
    });
  });

  it("reads what German Excel saves as CSV UTF-8: quoted cells with ; and line breaks, an apostrophe before -", async () => {
    const table = await readTable(join(FIXTURES, "Angebote (Excel UTF-8).csv"));
    expect(table.columns).toEqual(["slug", "Titel", "Zeiten", "Beschreibung"]);
    expect(table.rows.map((row) => [row.row, row.cells.Beschreibung])).toEqual([
      [2, "Kinder lesen vor; 5 € Fahrgeld"],
      [3, 'Größere Runde,\r\n"gemütlich"'],
      [4, "-Telefon vorher"],
    ]);
  });

  it("counts rows as Excel shows them: blank lines count, a line break inside a cell does not", async () => {
    const text = ["", " Titel ; Ort ", "a;b", "", "\"zwei\nZeilen\";c", ";", "  ;  ", "d;e", ""].join("\n");
    const table = await readTable(await fileWith("angebote-zeilen.csv", text));
    expect(table.columns).toEqual(["Titel", "Ort"]);
    expect(table.rows).toEqual([
      { row: 3, cells: { Titel: "a", Ort: "b" } },
      { row: 5, cells: { Titel: "zwei\nZeilen", Ort: "c" } },
      { row: 8, cells: { Titel: "d", Ort: "e" } },
    ]);
  });

  it("honours Excel's sep= line and a header of one column", async () => {
    expect((await readTable(await fileWith("angebote-sep.csv", "sep=,\r\nA,B\r\n1,2\r\n"))).rows).toEqual([
      { row: 2, cells: { A: "1", B: "2" } },
    ]);
    expect((await readTable(await fileWith("angebote-eine-spalte.csv", "slug\r\nx\r\n"))).rows).toEqual([
      { row: 2, cells: { slug: "x" } },
    ]);
  });

  it("keeps an unnamed column in the middle while it is empty", async () => {
    const table = await readTable(await fileWith("angebote-luecke.csv", "a;;c\n1;;3\n"));
    expect(table.columns).toEqual(["a", "c"]);
    expect(table.rows).toEqual([{ row: 2, cells: { a: "1", c: "3" } }]);
  });
});

describe("readNetworkSource: which table a CSV file holds", () => {
  it.each([
    ["Angebote.csv", "opportunities"],
    ["netzwerk-angebote-2026.csv", "opportunities"],
    ["angebot.csv", "opportunities"],
    ["Opportunities.CSV", "opportunities"],
    ["organisationen.csv", "organisations"],
    ["Organisation.csv", "organisations"],
    ["organizations.csv", "organisations"],
    ["Koordinator_innen.csv", "coordinators"],
    ["coordinators.csv", "coordinators"],
    ["STADTTEILE.csv", "districts"],
    ["stadtteil.csv", "districts"],
    ["districts.csv", "districts"],
  ])("%s → %s", async (name, entity) => {
    const table = await readTable(await fileWith(name, "a;b\n1;2\n"));
    expect(table.entity).toBe(entity);
    expect(table.source).toBe(name);
  });

  it("takes the table from the options when the name does not say", async () => {
    const path = await fileWith("liste.csv", "a;b\n1;2\n");
    expect((await readTable(path, { entity: "districts" })).entity).toBe("districts");
    const error = await expectCode(path, "unknown-entity", { name: "liste.csv" });
    expect(error.params).toMatchObject({ accepted: expect.stringContaining("angebote") });
  });

  it("refuses a name that names two tables", async () => {
    await expectCode(await fileWith("koordinatoren-der-organisationen.csv", "a\n1\n"), "ambiguous-entity");
  });

  it("takes the format from the options over the extension", async () => {
    const path = await fileWith("angebote-export.txt", "a;b\n1;2\n");
    expect((await readTable(path, { format: "csv" })).rows).toEqual([{ row: 2, cells: { a: "1", b: "2" } }]);
  });
});

describe("readNetworkSource: files that cannot be read", () => {
  it("a ragged row names the row", async () => {
    await expectCode(await fileWith("angebote-lang.csv", "a;b\n1;2\n\n3;4;5\n"), "ragged-row", {
      where: "angebote-lang.csv",
      row: 4,
      cells: 3,
      expected: 2,
    });
    await expectCode(await fileWith("angebote-kurz.csv", "a;b;c\n1;2;3\n4;5\n"), "ragged-row", { row: 3, cells: 2 });
  });

  it("trailing empty cells are no ragged row", async () => {
    const table = await readTable(await fileWith("angebote-semikolons.csv", "a;b\n1;2;;;\n"));
    expect(table.rows).toEqual([{ row: 2, cells: { a: "1", b: "2" } }]);
  });

  it("a value under an empty header cell names its column", async () => {
    await expectCode(await fileWith("angebote-ohne-kopf.csv", "a;;c;\n1;2;3;\n"), "unnamed-column", { column: "B", row: 2 });
    await expectCode(await fileWith("angebote-ohne-kopf2.csv", "a;b;\n1;2;\n1;2;3\n"), "unnamed-column", { column: "C", row: 3 });
  });

  it("a duplicate header", async () => {
    await expectCode(await fileWith("angebote-doppelt.csv", "slug;Titel;titel \n1;2;3\n"), "duplicate-column", { column: "titel" });
  });

  it("an empty file", async () => {
    await expectCode(await fileWith("angebote-leer.csv", ""), "empty");
    await expectCode(await fileWith("angebote-leer2.csv", Buffer.from([0xef, 0xbb, 0xbf, 0x0d, 0x0a, 0x20])), "empty");
    await expectCode(await fileWith("angebote-leer3.csv", ";;\r\n;;\r\n"), "empty");
  });

  it("an unknown file type", async () => {
    await expectCode(await fileWith("angebote.txt", "a;b\n"), "unknown-format", { extension: ".txt" });
    await expectCode(await fileWith("angebote.xls", "a;b\n"), "unknown-format", { extension: ".xls" });
  });

  it("a missing file or a directory", async () => {
    await expectCode(join(dir, "gibt-es-nicht.csv"), "unreadable", { reason: "ENOENT" });
    await mkdir(join(dir, "angebote.csv.d.csv"));
    await expectCode(join(dir, "angebote.csv.d.csv"), "unreadable", { reason: "EISDIR" });
  });

  it("a workbook saved under a .csv name", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Angebote").getCell("A1").value = "slug";
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    await expectCode(await fileWith("angebote-eigentlich-excel.csv", bytes), "encoding", { detail: "binary" });
  });

  it("an unclosed quote", async () => {
    await expectCode(await fileWith("angebote-quote.csv", 'a;b\n1;"offen\n2;3\n'), "bad-structure");
  });

  it("a text file under an .xlsx name", async () => {
    await expectCode(await fileWith("netzwerk.xlsx", "slug;Titel\n"), "bad-structure", { where: "netzwerk.xlsx" });
  });
});

// ---------------------------------------------------------------- XLSX

async function xlsxFile(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return fileWith(name, Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe("readNetworkSource: XLSX", () => {
  it("reads the sheets named like tables, in German or English, and ignores the others", async () => {
    const path = await xlsxFile("netzwerk.xlsx", (workbook) => {
      workbook.addWorksheet("Hinweise").getCell("A1").value = "Bitte ausfüllen";
      const offers = workbook.addWorksheet("angebote");
      offers.addRow(["slug", "Stunden", "Gültig bis", "Wenig Deutsch", "Titel", "Summe", "Web", "Fehler", "Uhrzeit", " "]);
      offers.addRow([
        "lesen",
        2.5,
        new Date(Date.UTC(2026, 4, 1)),
        true,
        { richText: [{ text: "Lese" }, { font: { bold: true }, text: "patin" }] },
        { formula: "1+2", result: 3 },
        { text: "Website", hyperlink: "https://example.org" },
        { error: "#N/A" },
        new Date(Date.UTC(1899, 11, 30, 14, 30)),
      ]);
      offers.addRow([]);
      offers.addRow(["kochen", 3, "2026-05-01", false, "Kochen", { formula: "A1", result: "x" }, "", "", "0176 123"]);
      offers.getCell("A6").value = "'=1+1";
      workbook.addWorksheet("Districts").addRow(["slug", "Name"]);
      workbook.getWorksheet("Districts")!.addRow(["altstadt", "Altstadt"]);
    });
    const tables = tablesOf(await readNetworkSource(path));
    expect(Object.keys(tables).sort()).toEqual(["districts", "opportunities"]);
    expect(tables.districts).toEqual({
      entity: "districts",
      source: "netzwerk.xlsx › Districts",
      columns: ["slug", "Name"],
      rows: [{ row: 2, cells: { slug: "altstadt", Name: "Altstadt" } }],
    });
    const offers = tables.opportunities!;
    expect(offers.source).toBe("netzwerk.xlsx › angebote");
    expect(offers.columns).toEqual(["slug", "Stunden", "Gültig bis", "Wenig Deutsch", "Titel", "Summe", "Web", "Fehler", "Uhrzeit"]);
    expect(offers.rows).toEqual([
      {
        row: 2,
        cells: {
          slug: "lesen",
          Stunden: "2.5",
          "Gültig bis": "2026-05-01",
          "Wenig Deutsch": "ja",
          Titel: "Lesepatin",
          Summe: "3",
          Web: "Website",
          Fehler: "#N/A",
          Uhrzeit: "14:30",
        },
      },
      {
        row: 4,
        cells: {
          slug: "kochen",
          Stunden: "3",
          "Gültig bis": "2026-05-01",
          "Wenig Deutsch": "nein",
          Titel: "Kochen",
          Summe: "x",
          Web: "",
          Fehler: "",
          Uhrzeit: "0176 123",
        },
      },
      {
        row: 6,
        cells: { slug: "=1+1", Stunden: "", "Gültig bis": "", "Wenig Deutsch": "", Titel: "", Summe: "", Web: "", Fehler: "", Uhrzeit: "" },
      },
    ]);
  });

  it("a header below empty rows, and numbers without locale formatting", async () => {
    const path = await xlsxFile("zahlen.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Opportunities");
      sheet.getCell("B3").value = "Stunden";
      sheet.getCell("B4").value = 0.1 + 0.2;
      sheet.getCell("B5").value = 1234567;
      sheet.getCell("B6").value = -1.5;
    });
    const table = tablesOf(await readNetworkSource(path)).opportunities!;
    expect(table.columns).toEqual(["Stunden"]);
    expect(table.rows.map((row) => [row.row, row.cells.Stunden])).toEqual([
      [4, "0.3"],
      [5, "1234567"],
      [6, "-1.5"],
    ]);
  });

  it("a workbook without any known sheet", async () => {
    const path = await xlsxFile("leer.xlsx", (workbook) => {
      workbook.addWorksheet("Tabelle1").getCell("A1").value = "slug";
      workbook.addWorksheet("Hinweise");
    });
    await expectCode(path, "no-known-sheet", { sheets: "Tabelle1, Hinweise" });
  });

  it("two sheets for one table", async () => {
    const path = await xlsxFile("doppelt.xlsx", (workbook) => {
      workbook.addWorksheet("Angebote").getCell("A1").value = "slug";
      workbook.addWorksheet("Opportunities").getCell("A1").value = "slug";
    });
    await expectCode(path, "duplicate-entity", { sheets: "Angebote, Opportunities" });
  });

  it("a duplicate header and a value without a header", async () => {
    const duplicate = await xlsxFile("dup.xlsx", (workbook) => {
      workbook.addWorksheet("Stadtteile").addRow(["slug", "Name", "SLUG"]);
    });
    await expectCode(duplicate, "duplicate-column", { where: "dup.xlsx › Stadtteile", column: "SLUG" });
    const unnamed = await xlsxFile("unnamed.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Stadtteile");
      sheet.addRow(["slug", "Name"]);
      sheet.addRow(["a", "A"]);
      sheet.addRow(["b", "B", "?"]);
    });
    await expectCode(unnamed, "unnamed-column", { where: "unnamed.xlsx › Stadtteile", column: "C", row: 3 });
  });
});

// ---------------------------------------------------------------- JSON and YAML

describe("readNetworkSource: JSON and YAML", () => {
  it("reads today's network file as a YAML document", async () => {
    const source = await readNetworkSource(join(import.meta.dirname, "../../../../prisma/seed/network.yaml"));
    expect(source.kind).toBe("document");
    if (source.kind !== "document") return;
    expect(source.format).toBe("yaml");
    expect(source.document).toMatchObject({ districts: expect.any(Array), opportunities: expect.any(Array) });
  });

  it("reads JSON, with or without a byte order mark, and .yml", async () => {
    const json = '{ "districts": [{ "slug": "altstadt", "name": "Altstadt" }] }';
    for (const bytes of [Buffer.from(json), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)])]) {
      const source = await readNetworkSource(await fileWith("netz.json", bytes));
      expect(source).toEqual({ kind: "document", file: join(dir, "netz.json"), format: "json", document: JSON.parse(json) });
    }
    const yml = await readNetworkSource(await fileWith("netz.yml", "districts: []\n"));
    expect(yml).toMatchObject({ kind: "document", format: "yaml", document: { districts: [] } });
  });

  it("names line and column of a syntax error", async () => {
    await expectCode(await fileWith("kaputt.json", '{\n  "districts": [\n    { "slug": "a", }\n  ]\n}\n'), "syntax", {
      line: 3,
      column: 20, // the "}" after the trailing comma
    });
    await expectCode(await fileWith("kaputt2.json", "{\n  districts: []\n}"), "syntax", { line: 2 });
    await expectCode(await fileWith("kaputt.yaml", "districts:\n  - slug: a\n   name: b\n"), "syntax", { line: 3 });
    await expectCode(await fileWith("doppelt.yaml", "districts: []\ndistricts: []\n"), "syntax", { line: 2 });
  });

  it("an empty document and text that is not UTF-8", async () => {
    await expectCode(await fileWith("leer.yaml", "# nur ein Kommentar\n"), "empty");
    await expectCode(await fileWith("leer.json", "  \n"), "empty");
    await expectCode(await fileWith("latin.yaml", windows1252("name: Süd\n")), "encoding", { detail: "not-utf8" });
  });
});
