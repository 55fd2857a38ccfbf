// lotse import and lotse export: exit codes and messages, in German and English; --dry-run
// writes nothing; a file with problems writes nothing; export writes what import reads.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SAMPLE_NETWORK_FILE } from "../../src/services/network/seed-if-empty";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { runLotseOn } from "./lotse-harness";

const NOW = new Date("2026-11-20T10:00:00.000Z");

let db: TestDatabase;
let dir: string;
beforeEach(async () => {
  db = await createTestDatabase();
  dir = path.join(path.dirname(db.filePath), `import-${randomUUID()}`);
  await mkdir(dir, { recursive: true });
});
afterEach(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const run = (args: readonly string[]) => runLotseOn(db, args, { now: NOW });

async function counts() {
  const [districts, organisations, coordinators, opportunities] = await Promise.all([
    db.prisma.district.count(),
    db.prisma.organisation.count(),
    db.prisma.coordinator.count(),
    db.prisma.opportunity.count(),
  ]);
  return { districts, organisations, coordinators, opportunities };
}

const NOTHING = { districts: 0, organisations: 0, coordinators: 0, opportunities: 0 };

describe("lotse import", () => {
  it("--dry-run shows the plan and writes nothing; without it the network is imported", async () => {
    const dryRun = await run(["import", SAMPLE_NETWORK_FILE, "--dry-run"]);

    expect(dryRun.code).toBe(0);
    expect(dryRun.err).toBe("");
    expect(dryRun.out.split("\n")).toEqual(
      expect.arrayContaining([
        "Stadtteile: 6 neu, 0 geändert, 0 deaktiviert, 0 unverändert",
        "  neu: altstadt (network.yaml, districts[0])",
        "Angebote: 71 neu, 0 geändert, 0 deaktiviert, 0 unverändert",
        "Probelauf: es wurde nichts gespeichert. Zum Übernehmen denselben Befehl ohne --dry-run aufrufen.",
      ]),
    );
    expect(await counts()).toEqual(NOTHING);

    const applied = await run(["import", SAMPLE_NETWORK_FILE]);
    expect(applied.code).toBe(0);
    expect(applied.out).toContain("Übernommen: 99 Einträge neu oder geändert.");
    expect(await counts()).toEqual({ districts: 6, organisations: 10, coordinators: 12, opportunities: 71 });

    const again = await run(["import", SAMPLE_NETWORK_FILE]);
    expect(again.out.split("\n").at(-1)).toBe("Die Datenbank ist schon auf diesem Stand; es gibt nichts zu ändern.");
  });

  it("lists every problem on stderr, one line each, exits with 1 and writes nothing", async () => {
    const file = path.join(dir, "angebote.csv");
    await writeFile(
      file,
      [
        "kuerzel;organisation;titel;kurzbeschreibung;beschreibung;interessen;ort;zeiten;stunden_pro_woche",
        "lesepaten;gibt-es-nicht;Lesepaten;Vorlesen.;In der Kita.;kindr;altstadt;Sa vormittags;2",
        "garten;gibt-es-nicht;Garten;Gärtnern.;Im Hof.;umwelt;altstadt;irgendwann;zwei",
      ].join("\n"),
    );

    const result = await run(["import", file]);

    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err.split("\n")).toEqual([
      "angebote.csv, Zeile 2, Spalte organisation: „gibt-es-nicht“ ist keine bekannte Organisation (weder in der Datei noch in der Datenbank)",
      "angebote.csv, Zeile 2, Spalte interessen: „kindr“ ist kein bekanntes Interesse – meinten Sie „kinder“?",
      "angebote.csv, Zeile 2, Spalte ort: „altstadt“ ist kein bekannter Stadtteil (weder in der Datei noch in der Datenbank)",
      "angebote.csv, Zeile 3, Spalte organisation: „gibt-es-nicht“ ist keine bekannte Organisation (weder in der Datei noch in der Datenbank)",
      "angebote.csv, Zeile 3, Spalte ort: „altstadt“ ist kein bekannter Stadtteil (weder in der Datei noch in der Datenbank)",
      "angebote.csv, Zeile 3, Spalte zeiten: „irgendwann“ ist keine verständliche Zeitangabe: „irgendwann“ ist unbekannt (Beispiele: „Mo-Fr vormittags“, „Sa 10-12 Uhr“, „flexibel“)",
      "angebote.csv, Zeile 3, Spalte stunden_pro_woche: „zwei“ ist keine Zahl (z. B. 2 oder 1,5)",
      "7 Probleme gefunden. Es wurde nichts gespeichert; bitte korrigieren Sie die Datei und rufen Sie den Befehl noch einmal auf.",
    ]);
    expect(await counts()).toEqual(NOTHING);
  });

  it("speaks English with --lang en", async () => {
    const file = path.join(dir, "stadtteile.csv");
    await writeFile(file, "kuerzel;name;nachbarn\naltstadt;Altstadt;nordd\nnord;Nord;\n");

    const result = await run(["--lang", "en", "import", file]);

    expect(result).toEqual({
      code: 1,
      out: "",
      err: [
        'stadtteile.csv, row 2, column nachbarn: "nordd" is not a known district (neither in the file nor in the database) – did you mean "nord"?',
        "1 problem found. Nothing was saved; please correct the file and run the command again.",
      ].join("\n"),
    });
  });

  it("reports its progress on large files in plain lines when not on a terminal", async () => {
    const file = path.join(dir, "stadtteile.csv");
    const rows = Array.from({ length: 250 }, (_, index) => `bezirk-${index + 1};Bezirk ${index + 1};`);
    await writeFile(file, ["kuerzel;name;nachbarn", ...rows].join("\n"));

    const result = await run(["import", file, "--dry-run"]);

    expect(result.code).toBe(0);
    expect(result.err.split("\n")).toEqual(["Geprüft: 200 von 250 Zeilen", "Geprüft: 250 von 250 Zeilen"]);
    expect(result.out.split("\n")[0]).toBe("Stadtteile: 250 neu, 0 geändert, 0 deaktiviert, 0 unverändert");
    expect(await counts()).toEqual(NOTHING);
  });

  it("says why a file cannot be read at all, and exits with 2 on wrong usage", async () => {
    const file = path.join(dir, "netzwerk.txt");
    await writeFile(file, "kuerzel;name\n");
    expect(await run(["import", file])).toEqual({
      code: 1,
      out: "",
      err: [
        "netzwerk.txt: Unbekannter Dateityp „.txt“ (möglich: .csv, .xlsx, .json, .yaml, .yml). Mit --format lässt sich der Typ angeben.",
        "1 Problem gefunden. Es wurde nichts gespeichert; bitte korrigieren Sie die Datei und rufen Sie den Befehl noch einmal auf.",
      ].join("\n"),
    });
    expect((await run(["import"])).code).toBe(2);
    expect((await run(["import", file, "--format", "pdf"])).code).toBe(2);
  });
});

describe("lotse export", () => {
  it("writes CSV files per table that import reads back unchanged", async () => {
    expect((await run(["import", SAMPLE_NETWORK_FILE])).code).toBe(0);

    const exported = await run(["export", "--format", "csv", "--out", `${dir}/`]);

    expect(exported.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(["netzwerk-angebote.csv", "netzwerk-koordinatoren.csv", "netzwerk-organisationen.csv", "netzwerk-stadtteile.csv"]);
    expect(exported.out.split("\n").at(-1)).toBe("6 Stadtteile, 10 Organisationen, 12 Koordinator*innen, 71 Angebote");

    const files = (await readdir(dir)).map((name) => path.join(dir, name));
    const reimport = await run(["import", ...files, "--dry-run"]);
    expect(reimport.code).toBe(0);
    expect(reimport.out.split("\n").slice(0, 4)).toEqual([
      "Stadtteile: 0 neu, 0 geändert, 0 deaktiviert, 6 unverändert",
      "Organisationen: 0 neu, 0 geändert, 0 deaktiviert, 10 unverändert",
      "Koordinator*innen: 0 neu, 0 geändert, 0 deaktiviert, 12 unverändert",
      "Angebote: 0 neu, 0 geändert, 0 deaktiviert, 71 unverändert",
    ]);
  });

  it("writes YAML to stdout, an XLSX workbook, and the offers as open-data JSON-LD", async () => {
    expect((await run(["import", SAMPLE_NETWORK_FILE])).code).toBe(0);

    const yaml = await run(["export", "--format", "yaml"]);
    expect(yaml.code).toBe(0);
    expect(yaml.out).toMatch(/^districts:\n {2}- slug: altstadt\n/);

    const workbook = path.join(dir, "netzwerk.xlsx");
    expect(await run(["--lang", "en", "export", "--out", workbook])).toMatchObject({ code: 0, out: `Written: ${workbook}\n6 districts, 10 organisations, 12 coordinators, 71 offers` });
    expect((await readFile(workbook)).subarray(0, 2).toString()).toBe("PK");

    const odi = await run(["export", "--format", "odi", "--id-base", "https://netzwerk.example.org/"]);
    expect(odi.code).toBe(0);
    const document = JSON.parse(odi.out) as { "@context": unknown[]; graph: Array<{ type: string; id: string; activity: Array<{ role: Array<Record<string, unknown>> }> }> };
    expect(document["@context"]).toEqual(["https://api.volunteeringdata.io/context/v1", { "@language": "de" }]);
    expect(document.graph[0]).toMatchObject({ type: "Organisation", id: "https://netzwerk.example.org/organisation/mgh-auenhain" });
    const leihOma = document.graph[0]!.activity.find((activity) => (activity as { id?: string }).id === "https://netzwerk.example.org/opportunity/leih-oma-auenhain");
    expect(leihOma).toMatchObject({
      title: "Leih-Oma / Leih-Opa für Familien",
      role: [{ minimumAge: "18", allowsRemoteParticipation: false, requirement: ["https://ns.volunteeringdata.io/DBSCheck"], commitment: "2 Stunden pro Woche, regelmäßig, mindestens 6 Monate" }],
      session: [{ location: { name: "Auenhain" }, time: ["https://ns.volunteeringdata.io/WednesdayAfternoon", "https://ns.volunteeringdata.io/SaturdayMorning"] }],
    });
  });
});
