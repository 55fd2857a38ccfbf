import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readNetworkSource } from "../../../../src/services/network/formats/read-network-source";
import { writeCsv, writeXlsx } from "../../../../src/services/network/formats/write-tables";
import {
  SHEET_ENTITIES,
  SHEET_NAMES,
  type NetworkTables,
  type SheetEntity,
  type SheetTable,
} from "../../../../src/services/network/sheet/tables";

let dir: string;
let fileCount = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lotse-write-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function roundTrip(name: string, bytes: Buffer): Promise<NetworkTables> {
  // A fresh directory entry per file: the name decides the table of a CSV file.
  const path = join(dir, `${fileCount++}-${name}`);
  await writeFile(path, bytes);
  const source = await readNetworkSource(path);
  if (source.kind !== "tables") throw new Error("expected tables");
  return source.tables;
}

const comparable = (table: SheetTable | undefined) => table && { entity: table.entity, columns: table.columns, rows: table.rows };

// ---------------------------------------------------------------- arbitraries

/** Characters that break naive CSV and XLSX writers, and what a German offer text holds. */
const tricky = fc.constantFrom(
  "ä", "ö", "ü", "Ä", "ß", "é", "€", "–", "„", "“", '"', "'", ";", ",", "\t", "\n", "\r\n", "\r", "=", "+", "-", "@", " ",
  "😀", "👩🏽‍🍳", "_x0041_", "_x", "_x0176", "_x00e4_", "\u0001", "\u00a0", "\ufeff", "0176", "2.5", "2026-05-01", "TRUE", "#N/A",
);
const char = fc.oneof(
  { weight: 3, arbitrary: tricky },
  { weight: 3, arbitrary: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789") },
  // any Unicode text except NUL, which no spreadsheet cell holds (and which marks a binary file)
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }).filter((text) => !text.includes("\u0000")) },
);
const cellText = fc.string({ unit: char, maxLength: 12 });
const columnName = fc
  .string({ unit: char, minLength: 1, maxLength: 8 })
  .map((name) => name.trim())
  .filter((name) => name !== "");
const columnsArb = fc.uniqueArray(columnName, { minLength: 1, maxLength: 5, selector: (name) => name.toLowerCase() });

function tableArb(entity: SheetEntity): fc.Arbitrary<SheetTable> {
  return columnsArb.chain((columns) =>
    fc
      .array(
        fc.record({
          gap: fc.nat({ max: 2 }),
          // a row that is all blank is skipped by the readers, so it is not a row of a table
          values: fc.array(cellText, { minLength: columns.length, maxLength: columns.length }).filter((values) =>
            values.some((value) => value.trim() !== ""),
          ),
        }),
        { maxLength: 8 },
      )
      .map((rows) => {
        let row = 1;
        return {
          entity,
          source: "generated",
          columns,
          rows: rows.map(({ gap, values }) => {
            row += 1 + gap;
            return { row, cells: Object.fromEntries(columns.map((column, index) => [column, values[index]!])) };
          }),
        };
      }),
  );
}

// ---------------------------------------------------------------- round trips

describe("writeCsv → readNetworkSource", () => {
  it("gives back the same table for any cell texts and row counts", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SHEET_ENTITIES).chain((entity) => tableArb(entity)),
        async (table) => {
          const tables = await roundTrip(`${SHEET_NAMES[table.entity].de.toLowerCase()}.csv`, writeCsv(table));
          expect(comparable(tables[table.entity])).toEqual(comparable(table));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("writeXlsx → readNetworkSource", () => {
  it("keeps a text that only turns into an escape once the character after it is escaped", async () => {
    // Found by the property below: "_x0176" then U+0001 came back as "Ŷx0001_".
    const texts = ["_x0176\u0001ä", "_x00e4_", "_x0041_", "a_x1234"];
    const cells = Object.fromEntries([["name", "Mitte"], ...texts.map((text) => [text, text])]) as Record<string, string>;
    const tables: NetworkTables = { districts: { entity: "districts", source: "test", columns: ["name", ...texts], rows: [{ row: 2, cells }] } };
    const read = await roundTrip("netzwerk.xlsx", await writeXlsx(tables));
    expect(comparable(read.districts)).toEqual(comparable(tables.districts));
  });

  it("gives back the same tables for any cell texts and row counts", async () => {
    const tablesArb = fc
      .subarray([...SHEET_ENTITIES], { minLength: 1 })
      .chain((entities) => fc.tuple(...entities.map((entity) => tableArb(entity))))
      .map((tables) => Object.fromEntries(tables.map((table) => [table.entity, table])) as NetworkTables);
    await fc.assert(
      fc.asyncProperty(tablesArb, fc.boolean(), async (tables, withNotes) => {
        const notes = withNotes ? { title: "Hinweise", lines: ["Eine Zeile je Angebot."] } : undefined;
        const read = await roundTrip("netzwerk.xlsx", await writeXlsx(tables, notes ? { notes } : {}));
        expect(Object.keys(read).sort()).toEqual(Object.keys(tables).sort());
        for (const entity of SHEET_ENTITIES) expect(comparable(read[entity])).toEqual(comparable(tables[entity]));
      }),
      { numRuns: 40 },
    );
  });
});

// ---------------------------------------------------------------- what the files look like

const sample: SheetTable = {
  entity: "opportunities",
  source: "test",
  columns: ["slug", "Titel", "Stunden", "Telefon", "Gültig bis", "Notiz"],
  rows: [
    { row: 2, cells: { slug: "lesen", Titel: "Lesepatin; „Grundschule“", Stunden: "2.5", Telefon: "0176 1234567", "Gültig bis": "2026-05-01", Notiz: "=HYPERLINK(\"x\")" } },
    { row: 3, cells: { slug: "kochen", Titel: "Kochen\nfür alle", Stunden: "-1", Telefon: "+49 30 1234", "Gültig bis": "", Notiz: "@home" } },
  ],
};

describe("writeCsv", () => {
  it("writes what German Excel opens: BOM, semicolons, CRLF, apostrophes before formula characters", () => {
    const bytes = writeCsv(sample);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.split("\r\n")).toEqual([
      "slug;Titel;Stunden;Telefon;Gültig bis;Notiz",
      'lesen;"Lesepatin; „Grundschule“";2.5;0176 1234567;2026-05-01;"\'=HYPERLINK(""x"")"',
      "kochen;\"Kochen\nfür alle\";'-1;'+49 30 1234;;'@home",
      "",
    ]);
  });

  it("keeps row numbers across gaps with blank lines", async () => {
    const table: SheetTable = { ...sample, rows: [{ ...sample.rows[0]!, row: 4 }, { ...sample.rows[1]!, row: 5 }] };
    const text = writeCsv(table).subarray(3).toString("utf8");
    expect(text.split("\r\n")[1]).toBe("");
    expect(text.split("\r\n")[2]).toBe("");
    const read = await roundTrip("angebote.csv", writeCsv(table));
    expect(read.opportunities!.rows.map((row) => row.row)).toEqual([4, 5]);
  });

  it("refuses columns that would not come back", () => {
    expect(() => writeCsv({ ...sample, columns: ["slug", "SLUG"] })).toThrow(/SLUG/);
    expect(() => writeCsv({ ...sample, columns: [" slug"] })).toThrow();
  });
});

describe("writeXlsx", () => {
  it("writes the notes first, then one German-named sheet per table with a bold frozen header and text cells", async () => {
    const tables: NetworkTables = {
      opportunities: sample,
      districts: { entity: "districts", source: "test", columns: ["slug", "Name"], rows: [{ row: 2, cells: { slug: "altstadt", Name: "Altstadt" } }] },
    };
    const bytes = await writeXlsx(tables, { notes: { title: "So füllen Sie die Tabelle aus", lines: ["Erste Zeile", "Zweite Zeile"] } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Hinweise", "Stadtteile", "Angebote"]);

    const notes = workbook.getWorksheet("Hinweise")!;
    expect(notes.getCell("A1").value).toBe("So füllen Sie die Tabelle aus");
    expect(notes.getCell("A1").font?.bold).toBe(true);
    expect([notes.getCell("A3").value, notes.getCell("A4").value]).toEqual(["Erste Zeile", "Zweite Zeile"]);

    const offers = workbook.getWorksheet("Angebote")!;
    expect(offers.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(offers.getCell("A1").font?.bold).toBe(true);
    expect(offers.getCell("A2").font?.bold).toBeFalsy();
    for (const address of ["C2", "D2", "E2", "C3", "D3"]) {
      expect(offers.getCell(address).type).toBe(ExcelJS.ValueType.String);
    }
    expect([offers.getCell("C2").value, offers.getCell("D2").value, offers.getCell("E2").value]).toEqual(["2.5", "0176 1234567", "2026-05-01"]);
    // In a text cell Excel shows "=HYPERLINK(…)" as text; no apostrophe needed.
    expect(offers.getCell("F2").value).toBe('=HYPERLINK("x")');
    expect(offers.getColumn(3).numFmt).toBe("@");
    const widths = [1, 2, 6].map((column) => offers.getColumn(column).width ?? 0);
    expect(widths.every((width) => width >= 10 && width <= 60)).toBe(true);
    expect(widths[1]).toBeGreaterThan(widths[0]!);
  });

  it("leaves tables out that are not given", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx({ coordinators: { entity: "coordinators", source: "t", columns: ["slack"], rows: [] } })) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Koordinatoren"]);
  });
});
