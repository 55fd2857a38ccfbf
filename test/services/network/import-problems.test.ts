// A file with many kinds of mistakes reports every one of them, at the right row and column, in
// German (or English), with suggestions for near misses, and nothing is written. Partial files may
// refer to organisations and districts that are only in the database.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadTranslator } from "../../../src/i18n/translator";
import { readNetworkSource } from "../../../src/services/network/formats/read-network-source";
import { writeXlsx } from "../../../src/services/network/formats/write-tables";
import { applyImport, checkImport, type ImportSource } from "../../../src/services/network/import/import-network-source";
import { importNetwork } from "../../../src/services/network/import-network";
import { parseNetworkFile } from "../../../src/services/network/parse-network-file";
import { renderProblem } from "../../../src/services/network/sheet/problems";
import { loadVocabularyLabels, vocabulariesOf } from "../../../src/services/network/sheet/vocabulary-labels";
import { createTestDatabase, type TestDatabase } from "../../support/db";

const NOW = new Date("2026-11-20T10:00:00.000Z");
const translator = loadTranslator(fileURLToPath(new URL("../../../locales", import.meta.url)));
const vocabularies = vocabulariesOf(loadVocabularyLabels());
const german = (key: string, args?: Record<string, string | number>) => translator.t("de", key, args);
const english = (key: string, args?: Record<string, string | number>) => translator.t("en", key, args);

const SMALL_NETWORK = `
districts:
  - { slug: altstadt, name: Altstadt, neighbours: [nord] }
  - { slug: nord, name: Nord }
  - { slug: sued, name: Süd }
organisations:
  - slug: mgh-altstadt
    name: Mehrgenerationenhaus Altstadt
    description: Offenes Haus.
    address: Markt 1
opportunities:
  - slug: sprachcafe
    organisation: mgh-altstadt
    title: Sprachcafé
    summary: Plaudern auf Deutsch.
    description: Donnerstags im Treff.
    interests: [integration]
    location: { district: altstadt }
    schedule: [thu-afternoon]
    hoursPerWeek: 2
    frequency: regular
`;

let db: TestDatabase;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "lotse-problems-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  db = await createTestDatabase();
  await importNetwork(db.prisma, parseNetworkFile(SMALL_NETWORK, "small.yaml"), { now: NOW });
});
afterEach(async () => {
  await db.close();
});

async function csvSource(name: string, lines: readonly string[]): Promise<ImportSource> {
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join("\r\n")}\r\n`, "utf8");
  return readNetworkSource(file);
}

async function counts() {
  const [districts, organisations, opportunities] = await Promise.all([db.prisma.district.count(), db.prisma.organisation.count(), db.prisma.opportunity.count()]);
  return { districts, organisations, opportunities };
}

const HEADER = "kuerzel;organisation;titel;kurzbeschreibung;beschreibung;interessen;ort;zeiten;stunden_pro_woche;gueltig_bis;titell";

describe("a file with many kinds of mistakes", () => {
  it("reports all of them with row, column, value and suggestion, and writes nothing", async () => {
    const source = await csvSource("angebote.csv", [
      HEADER,
      "lesepaten;mgh-altstadt;Lesepaten;Vorlesen in der Kita.;Einmal die Woche.;kinder;altstadt;Sa vormittags;2;;",
      "leihoma;mgh-altstadt;Leih-Oma;Zeit mit Kindern.;Für Familien.;kindr;nord;mittwochs nachmittags;2;;",
      "mittagstisch;Mehrgenerationenhaus Altstadt;Mittagstisch;Kochen.;Für alle.;essen-kochen;altstadt;Mittagstisch;3;;",
      "garten;mgh-altstadt;Garten;Gärtnern.;Im Hof.;umwelt;Altstadt;Sa vormittags;2;31.02.2027;",
      "lesepaten;mgh-altstadt;Lesepaten Nord;Vorlesen.;In Nord.;kinder;nord;Sa vormittags;2;;",
      "fahrdienst;mgh-altstad;Fahrdienst;Fahren.;Zum Arzt.;begleitung-fahrdienste;stadtweit;Mo-Fr vormittags;2;;",
      "bastelnachmittag;mgh-altstadt;;Basteln.;Mit Kindern.;kinder;sued;Di nachmittags;2;;",
    ]);

    const checked = await checkImport(db.prisma, [source], { vocabularies });

    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((problem) => renderProblem(problem, german))).toEqual([
      "angebote.csv, Zeile 1, Spalte titell: unbekannte Spalte „titell“ – meinten Sie „titel“?",
      "angebote.csv, Zeile 3, Spalte interessen: „kindr“ ist kein bekanntes Interesse – meinten Sie „kinder“?",
      "angebote.csv, Zeile 4, Spalte zeiten: „Mittagstisch“ ist keine verständliche Zeitangabe: „Mittagstisch“ ist unbekannt (Beispiele: „Mo-Fr vormittags“, „Sa 10-12 Uhr“, „flexibel“)",
      "angebote.csv, Zeile 5, Spalte gueltig_bis: „31.02.2027“ ist kein Datum (z. B. 30.06.2027 oder 2027-06-30)",
      "angebote.csv, Zeile 6, Spalte kuerzel: „lesepaten“ steht schon in Zeile 2",
      "angebote.csv, Zeile 7, Spalte organisation: „mgh-altstad“ ist keine bekannte Organisation (weder in der Datei noch in der Datenbank) – meinten Sie „mgh-altstadt“?",
      "angebote.csv, Zeile 8, Spalte titel: „titel“ ist leer, muss aber ausgefüllt sein",
    ]);
    expect(renderProblem(checked.problems[1]!, english)).toBe('angebote.csv, row 3, column interessen: "kindr" is not a known interest – did you mean "kinder"?');
    expect(await counts()).toEqual({ districts: 3, organisations: 1, opportunities: 1 });
  });

  it("names the sheet of a workbook and the fields of a YAML file", async () => {
    const yamlFile = path.join(dir, "netzwerk.yaml");
    writeFileSync(
      yamlFile,
      `opportunities:
  - slug: garten
    organisation: mgh-altstadt
    title: Garten
    summary: Gärtnern.
    description: Im Hof.
    interests: [umwelt, sportt]
    location: { district: altstadt }
    schedule: [sat-morning]
    hoursPerWeek: 50
    frequency: regular
    colour: green
`,
    );
    const checked = await checkImport(db.prisma, [await readNetworkSource(yamlFile)], { vocabularies });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((problem) => renderProblem(problem, german))).toEqual([
      "netzwerk.yaml, opportunities[0].colour: unbekanntes Feld „colour“",
      "netzwerk.yaml, opportunities[0].interests: „sportt“ ist kein bekanntes Interesse – meinten Sie „sport-bewegung“?",
      "netzwerk.yaml, opportunities[0].hoursPerWeek: „50“ ist nicht erlaubt: mehr als 0 und höchstens 40",
    ]);

    const workbook = path.join(dir, "netzwerk.xlsx");
    const cells = { kuerzel: "lesepaten", organisation: "mgh-altstadt", titel: "Lesepaten", kurzbeschreibung: "Vorlesen.", beschreibung: "In der Kita.", interessen: "kinder", ort: "Altstad", zeiten: "Sa vormittags", stunden_pro_woche: "2" };
    writeFileSync(workbook, await writeXlsx({ opportunities: { entity: "opportunities", source: "Angebote", columns: Object.keys(cells), rows: [{ row: 2, cells }] } }));
    const fromWorkbook = await checkImport(db.prisma, [await readNetworkSource(workbook)], { vocabularies });
    expect(fromWorkbook.ok ? [] : fromWorkbook.problems.map((problem) => renderProblem(problem, german))).toEqual([
      "netzwerk.xlsx › Angebote, Zeile 2, Spalte ort: „Altstad“ ist kein bekannter Stadtteil (weder in der Datei noch in der Datenbank) – meinten Sie „altstadt“?",
    ]);
  });

  it("reads labels, German dates, decimal commas and yes/no in their everyday spellings", async () => {
    const source = await csvSource("angebote.csv", [
      "Kürzel;Organisation;Titel;Kurzbeschreibung;Beschreibung;Interessen;Ort;Zeiten;Stunden pro Woche;Gültig bis;Wenig Deutsch;Sprachen nötig;Voraussetzungen;aktiv",
      'repair-cafe;Mehrgenerationenhaus Altstadt;Repair-Café;Reparieren.;Jeden Samstag.;"Handy, Computer, Internet; Handwerk und Technik";Süd;Sa 10-12 Uhr;1,5;30.6.27;x;Deutsch;Führungszeugnis, Erste Hilfe;ja',
    ]);
    const checked = await checkImport(db.prisma, [source], { vocabularies });
    if (!checked.ok) throw new Error(checked.problems.map((problem) => renderProblem(problem, german)).join("\n"));
    expect(checked.network.opportunities[0]).toMatchObject({
      slug: "repair-cafe",
      organisation: "mgh-altstadt",
      interests: ["digitales", "handwerk-technik"],
      location: { district: "sued" },
      schedule: ["sat-morning"],
      hoursPerWeek: 1.5,
      validUntil: "2027-06-30",
      littleGerman: true,
      languages: { helpful: [], required: ["de"] },
      requirements: ["fuehrungszeugnis", "erste-hilfe"],
      active: true,
    });
  });
});

describe("partial files", () => {
  it("import offers that refer to an organisation and districts only the database has", async () => {
    const source = await csvSource("angebote.csv", [
      "kuerzel;organisation;titel;kurzbeschreibung;beschreibung;interessen;ort;zeiten;stunden_pro_woche;aktiv",
      "lesepaten;Mehrgenerationenhaus Altstadt;Lesepaten;Vorlesen.;In der Kita.;kinder;nord;Sa vormittags;2;ja",
      "sprachcafe;mgh-altstadt;Sprachcafé;Plaudern auf Deutsch.;Donnerstags im Treff.;integration;altstadt;Do nachmittags;2;nein",
    ]);
    const checked = await checkImport(db.prisma, [source], { vocabularies });
    if (!checked.ok) throw new Error(checked.problems.map((problem) => renderProblem(problem, german)).join("\n"));
    expect(checked.plan.entities).toEqual(["opportunities"]);
    expect(checked.plan.items.map(({ key, status, changes }) => ({ key, status, changes }))).toEqual([
      { key: "lesepaten", status: "created", changes: [] },
      { key: "sprachcafe", status: "deactivated", changes: [{ column: "aktiv", before: "ja", after: "nein" }] },
    ]);

    await applyImport(db.prisma, checked.network, { now: NOW });

    const offers = await db.prisma.opportunity.findMany({ orderBy: { slug: "asc" }, include: { district: true, organisation: true } });
    expect(offers.map((offer) => [offer.slug, offer.organisation.slug, offer.district?.slug, offer.active])).toEqual([
      ["lesepaten", "mgh-altstadt", "nord", true],
      ["sprachcafe", "mgh-altstadt", "altstadt", false],
    ]);
  });

  it("adds a district next to one only the database has, in both directions", async () => {
    const source = await csvSource("stadtteile.csv", ["kuerzel;name;nachbarn", "west;West;Altstadt"]);
    const checked = await checkImport(db.prisma, [source], { vocabularies });
    if (!checked.ok) throw new Error(checked.problems.map((problem) => renderProblem(problem, german)).join("\n"));
    await applyImport(db.prisma, checked.network, { now: NOW });
    const altstadt = await db.prisma.district.findUniqueOrThrow({ where: { slug: "altstadt" }, include: { neighbours: true, neighbourOf: true } });
    expect(altstadt.neighbours.map((district) => district.slug).sort()).toEqual(["nord", "west"]);
    expect(altstadt.neighbourOf.map((district) => district.slug).sort()).toEqual(["nord", "west"]);
  });
});

describe("confirmation", () => {
  it("counts a changed offer as confirmed now and takes a given bestaetigt_am as it is", async () => {
    const header = "kuerzel;organisation;titel;kurzbeschreibung;beschreibung;interessen;ort;zeiten;stunden_pro_woche;bestaetigt_am";
    const later = new Date("2026-12-01T09:00:00.000Z");
    await db.prisma.opportunity.update({ where: { slug: "sprachcafe" }, data: { freshnessAskedAt: NOW } });

    const changed = await checkImport(db.prisma, [await csvSource("angebote.csv", [header, "sprachcafe;mgh-altstadt;Sprachcafé;Plaudern.;Donnerstags im Treff.;integration;altstadt;Do nachmittags;2;20.11.2026"])], { vocabularies });
    if (!changed.ok) throw new Error("unexpected problems");
    expect(changed.plan.items[0]).toMatchObject({ status: "changed", changes: [{ column: "kurzbeschreibung", before: "Plaudern auf Deutsch.", after: "Plaudern." }] });
    await applyImport(db.prisma, changed.network, { now: later });
    expect(await db.prisma.opportunity.findUniqueOrThrow({ where: { slug: "sprachcafe" } })).toMatchObject({ confirmedAt: later, freshnessAskedAt: null });

    const dated = await checkImport(db.prisma, [await csvSource("angebote.csv", [header, "sprachcafe;mgh-altstadt;Sprachcafé;Plaudern.;Donnerstags im Treff.;integration;altstadt;Do nachmittags;2;2026-12-24"])], { vocabularies });
    if (!dated.ok) throw new Error("unexpected problems");
    expect(dated.plan.items[0]).toMatchObject({ status: "changed", changes: [{ column: "bestaetigt_am", before: "2026-12-01", after: "2026-12-24" }] });
    await applyImport(db.prisma, dated.network, { now: later });
    // Midnight in Saalberg.
    expect((await db.prisma.opportunity.findUniqueOrThrow({ where: { slug: "sprachcafe" } })).confirmedAt).toEqual(new Date("2026-12-23T23:00:00.000Z"));
  });
});
