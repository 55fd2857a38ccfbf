// Smoke run of the recommendation, memory and import benches (bench/) with tiny sizes, so that
// they keep compiling and working. No timing is asserted: that is what `npm run bench` is for.
// The memory and import benches start processes of their own (seconds each); here their reports
// are formatted from made-up figures, and the import's generated files go through `lotse import`
// in this process.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatImportBench, type ImportBenchResult } from "../../bench/import.bench";
import { formatMemoryBench, type MemoryBenchResult } from "../../bench/memory.bench";
import { formatRecommendBench, runRecommendBench } from "../../bench/recommend.bench";
import { syntheticNetworkFile } from "../../bench/support/synthetic-network";
import { runLotse } from "../../src/cli/lotse";
import { networkFiles } from "../../src/services/network/export/export-files";
import { networkFileSchema } from "../../src/services/network/network-file-schema";

describe("benchmarks (smoke run)", () => {
  it("recommend: times the indexed service on two tiny networks, with pages identical to the reference", async () => {
    const result = await runRecommendBench({ sizes: [40, 120], residents: 20, calls: 20, warmup: 2, referenceCalls: 2, afterWrite: 1, districts: 5 });
    expect(result.sizes.map((size) => size.offers)).toEqual([40, 120]);
    for (const size of result.sizes) {
      expect(size.reference?.identical).toBe(true);
      // Built once by the first call; afterwards the writes of the bench reload single offers.
      expect(size.indexStats).toMatchObject({ fullLoads: 1, partialLoads: 2 });
    }
    expect(formatRecommendBench(result)).toContain("| 120 |");
  });

  it("import: the generated CSV files are a valid network that lotse import takes", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "lotse-smoke-import-"));
    try {
      const network = networkFileSchema.parse(syntheticNetworkFile({ seed: 1, districts: 4, organisations: 3, offers: 30, now: new Date() }));
      const files: string[] = [];
      for (const file of await networkFiles(network, "csv", "netzwerk")) {
        if (file.name.includes("koordinatoren")) continue;
        files.push(path.join(dir, file.name));
        await writeFile(files.at(-1)!, file.content);
      }
      const output: string[] = [];
      const io = { out: (line: string) => output.push(line), err: (line: string) => output.push(line), isTTY: false };
      expect(await runLotse(["import", ...files], { DATABASE_URL: `file:${path.join(dir, "lotse.db")}` }, { io })).toBe(0);
      expect(output.join("\n")).toContain("30");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const run = { ms: 2_000, processMs: 3_000, rowsPerSecond: 5_000, maxRss: 300 * 1_048_576, startupMaxRss: 150 * 1_048_576, exitCode: 0 };
    const result: ImportBenchResult = { options: { offers: 10_000, districts: 60, offersPerOrganisation: 25, seed: 1 }, rows: { districts: 60, organisations: 400, offers: 10_000, total: 10_460 }, bytes: 3_000_000, first: run, again: run, stored: 10_000 };
    expect(formatImportBench(result)).toContain("5 000 rows/s — met");
  });

  it("memory: formats what it measured", () => {
    const figures = (mb: number) => ({ rss: mb * 1_048_576, heapUsed: (mb / 4) * 1_048_576, heapTotal: (mb / 3) * 1_048_576, external: 1_048_576, arrayBuffers: 0, maxRss: mb * 1_048_576 });
    const result: MemoryBenchResult = {
      options: { residents: 10_000, steps: 1, concurrency: 200, offers: 100_000, seed: 1, runtime: "dist" },
      runtime: "dist",
      buildMs: null,
      idle: figures(200),
      residents: figures(260),
      offers: figures(320),
      conversations: 10_000,
      residentUpdatesPerSecond: 150,
      indexedOffers: 97_000,
      indexBuildMs: 1_200,
    };
    expect(formatMemoryBench(result)).toContain("| 10 000 residents mid-flow (10 000 conversations) | 260.0 |");
  });
});
