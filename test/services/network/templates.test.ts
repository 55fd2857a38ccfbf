// The committed templates (prisma/templates/) are what `npm run templates` generates from the
// example network through the export code, and they import cleanly into an empty database.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { templateFiles, TEMPLATES_DIR } from "../../../src/cli/write-templates";
import type { ExportFile } from "../../../src/services/network/export/export-files";
import { readNetworkSource } from "../../../src/services/network/formats/read-network-source";
import { checkImport } from "../../../src/services/network/import/import-network-source";
import { SHEET_ENTITIES } from "../../../src/services/network/sheet/tables";
import { loadVocabularyLabels, vocabulariesOf } from "../../../src/services/network/sheet/vocabulary-labels";
import { createTestDatabase } from "../../support/db";

let generated: ExportFile[];
let dir: string;
beforeAll(async () => {
  generated = await templateFiles();
  dir = mkdtempSync(path.join(tmpdir(), "lotse-templates-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REGENERATE = "the committed template differs from what the script generates: run `npm run templates`";

describe("the import templates", () => {
  it("are one CSV file per table and one workbook", () => {
    expect(generated.map((file) => file.name).sort()).toEqual([
      "netzwerk-vorlage-angebote.csv",
      "netzwerk-vorlage-koordinatoren.csv",
      "netzwerk-vorlage-organisationen.csv",
      "netzwerk-vorlage-stadtteile.csv",
      "netzwerk-vorlage.xlsx",
    ]);
  });

  it("are committed as generated (CSV byte for byte, the workbook's tables cell for cell)", async () => {
    for (const file of generated) {
      const committed = path.join(TEMPLATES_DIR, file.name);
      if (file.name.endsWith(".csv")) {
        expect(readFileSync(committed).toString("utf8"), `${file.name}: ${REGENERATE}`).toBe(file.content.toString("utf8"));
      } else {
        const fresh = path.join(dir, file.name);
        writeFileSync(fresh, file.content);
        const [ours, theirs] = await Promise.all([readNetworkSource(fresh), readNetworkSource(committed)]);
        expect(theirs, `${file.name}: ${REGENERATE}`).toEqual({ ...ours, file: committed });
      }
    }
  });

  it("hold two example rows per table and import cleanly into an empty database", async () => {
    const db = await createTestDatabase();
    try {
      for (const files of [generated.filter((file) => file.name.endsWith(".csv")), generated.filter((file) => file.name.endsWith(".xlsx"))]) {
        const sources = await Promise.all(files.map((file) => readNetworkSource(path.join(TEMPLATES_DIR, file.name))));
        for (const source of sources) {
          if (source.kind !== "tables") throw new Error("expected tables");
          for (const table of Object.values(source.tables)) expect(table.rows, table.source).toHaveLength(2);
        }
        const checked = await checkImport(db.prisma, sources, { vocabularies: vocabulariesOf(loadVocabularyLabels()) });
        if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
        expect(checked.plan.entities).toEqual([...SHEET_ENTITIES]);
        expect(new Set(checked.plan.items.map((item) => item.status))).toEqual(new Set(["created"]));
      }
    } finally {
      await db.close();
    }
  });
});
