// Import → export → import changes nothing, for every file format: the sample network goes into
// a database, out as CSV/XLSX/JSON/YAML, into a fresh database, and out again identically; and
// importing the export into the database it came from plans no change at all.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportNetwork } from "../../../src/services/network/export/export-network";
import { networkFiles } from "../../../src/services/network/export/export-files";
import { readNetworkSource } from "../../../src/services/network/formats/read-network-source";
import { applyImport, checkImport } from "../../../src/services/network/import/import-network-source";
import { importNetwork } from "../../../src/services/network/import-network";
import type { NetworkFile } from "../../../src/services/network/network-file-schema";
import { readNetworkFile } from "../../../src/services/network/read-network-file";
import { SAMPLE_NETWORK_FILE } from "../../../src/services/network/seed-if-empty";
import { loadVocabularyLabels, vocabulariesOf } from "../../../src/services/network/sheet/vocabulary-labels";
import { createTestDatabase, type TestDatabase } from "../../support/db";

const NOW = new Date("2026-11-20T10:00:00.000Z");
const vocabularies = vocabulariesOf(loadVocabularyLabels());

let original: TestDatabase;
let exported: NetworkFile;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "lotse-round-trip-"));
  original = await createTestDatabase();
  await importNetwork(original.prisma, readNetworkFile(SAMPLE_NETWORK_FILE), { now: NOW });
  // One offer confirmed on another day, so that the dates are not all the same.
  await original.prisma.opportunity.update({ where: { slug: "leih-oma-auenhain" }, data: { confirmedAt: new Date("2026-08-03T22:30:00.000Z") } });
  exported = await exportNetwork(original.prisma);
});

afterAll(async () => {
  await original.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(["csv", "xlsx", "json", "yaml"] as const)("round trip through %s", (format) => {
  it("imports into a fresh database and exports identically; the original plans no change", async () => {
    const files = await networkFiles(exported, format, path.join(dir, `netzwerk-${format}`));
    for (const file of files) writeFileSync(file.name, file.content);
    const sources = await Promise.all(files.map((file) => readNetworkSource(file.name)));

    const fresh = await createTestDatabase();
    try {
      const checked = await checkImport(fresh.prisma, sources, { vocabularies });
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems.slice(0, 5), null, 2));
      expect(new Set(checked.plan.items.map((item) => item.status))).toEqual(new Set(["created"]));
      await applyImport(fresh.prisma, checked.network, { now: NOW });
      expect(await exportNetwork(fresh.prisma)).toEqual(exported);
    } finally {
      await fresh.close();
    }

    const again = await checkImport(original.prisma, sources, { vocabularies });
    if (!again.ok) throw new Error(JSON.stringify(again.problems.slice(0, 5), null, 2));
    expect(again.plan.items.filter((item) => item.status !== "unchanged")).toEqual([]);
    expect(again.plan.items).toHaveLength(exported.districts.length + exported.organisations.length + exported.coordinators.length + exported.opportunities.length);

    // Applying it anyway writes nothing: no offer is touched or counts as confirmed again.
    const stamps = async () => (await original.prisma.opportunity.findMany({ orderBy: { id: "asc" }, select: { updatedAt: true, confirmedAt: true } })).map((row) => [row.updatedAt.getTime(), row.confirmedAt.getTime()]);
    const before = await stamps();
    await applyImport(original.prisma, again.network, { now: new Date("2026-12-01T10:00:00.000Z") });
    expect(await stamps()).toEqual(before);
  });
});
