// Import speed: `lotse import` of a generated network as CSV files — Stadtteile, Organisationen and
// a 10,000-row Angebote table (bench/support/synthetic-network.ts, written by the export code, so
// the files look exactly like what a manager exports and edits) — through the CLI's real code
// path (read, check every row, plan, write in one transaction), each run in a process of its own
// (bench/support/import-child.ts) for a clean peak memory. Two runs on one database:
//   1. first import: every entry new;
//   2. the same files again: every entry unchanged, nothing written (the check and the plan).
import { fork } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "../src/db/client";
import { applyMigrations } from "../src/db/migrate";
import { networkFiles } from "../src/services/network/export/export-files";
import { networkFileSchema } from "../src/services/network/network-file-schema";
import type { ImportChildReport } from "./support/import-child";
import { syntheticNetworkFile } from "./support/synthetic-network";
import { ms, whole } from "./support/stats";

const CHILD = fileURLToPath(new URL("./support/import-child.ts", import.meta.url));

export interface ImportBenchOptions {
  offers: number;
  districts: number;
  offersPerOrganisation: number;
  seed: number;
}

export const DEFAULT_IMPORT_BENCH: ImportBenchOptions = { offers: 10_000, districts: 60, offersPerOrganisation: 25, seed: 20_261_126 };

export interface ImportRun {
  ms: number;
  /** Spawn to exit, including Node and module start-up. */
  processMs: number;
  rowsPerSecond: number;
  maxRss: number;
  startupMaxRss: number;
  exitCode: number;
}

export interface ImportBenchResult {
  options: ImportBenchOptions;
  rows: { districts: number; organisations: number; offers: number; total: number };
  bytes: number;
  first: ImportRun;
  again: ImportRun;
  stored: number;
}

function runChild(files: readonly string[], databaseUrl: string, rows: number): Promise<ImportRun> {
  const started = performance.now();
  const child = fork(CHILD, [...files], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let report: ImportChildReport | undefined;
    child.on("message", (message: ImportChildReport) => {
      report = message;
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (!report) return reject(new Error(`import child exited (${code}) without a report`));
      if (report.exitCode !== 0) return reject(new Error(`lotse import failed (exit ${report.exitCode}):\n${report.output.join("\n")}`));
      resolve({
        ms: report.ms,
        processMs: performance.now() - started,
        rowsPerSecond: rows / (report.ms / 1000),
        maxRss: report.maxRss,
        startupMaxRss: report.startupMaxRss,
        exitCode: report.exitCode,
      });
    });
  });
}

export async function runImportBench(overrides: Partial<ImportBenchOptions> = {}, log: (line: string) => void = () => {}): Promise<ImportBenchResult> {
  const options = { ...DEFAULT_IMPORT_BENCH, ...overrides };
  const dir = await mkdtemp(path.join(tmpdir(), "lotse-bench-import-"));
  try {
    const network = networkFileSchema.parse(
      syntheticNetworkFile({
        seed: options.seed,
        districts: options.districts,
        organisations: Math.max(1, Math.round(options.offers / options.offersPerOrganisation)),
        offers: options.offers,
        now: new Date(),
      }),
    );
    const files: string[] = [];
    let bytes = 0;
    for (const file of await networkFiles(network, "csv", "netzwerk")) {
      if (file.name.includes("koordinatoren")) continue; // no coordinators in this network
      const filePath = path.join(dir, file.name);
      await writeFile(filePath, file.content);
      files.push(filePath);
      bytes += file.content.length;
    }
    const rows = { districts: network.districts.length, organisations: network.organisations.length, offers: network.opportunities.length, total: 0 };
    rows.total = rows.districts + rows.organisations + rows.offers;
    // The bot's database exists already: migrated, with nothing in it yet.
    const databaseUrl = `file:${path.join(dir, "lotse.db")}`;
    await applyMigrations({ databaseUrl });

    const first = await runChild(files, databaseUrl, rows.total);
    log(`  first import: ${whole(rows.total)} rows in ${ms(first.ms / 1000, 2)} s`);
    const again = await runChild(files, databaseUrl, rows.total);
    log(`  same files again: ${ms(again.ms / 1000, 2)} s`);
    const prisma = createPrismaClient(databaseUrl);
    let stored: number;
    try {
      stored = await prisma.opportunity.count();
    } finally {
      await prisma.$disconnect();
    }
    if (stored !== rows.offers) throw new Error(`import bench: ${stored} offers stored, expected ${rows.offers}`);
    return { options, rows, bytes, first, again, stored };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function formatImportBench(result: ImportBenchResult): string {
  const { rows } = result;
  const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
  const line = (label: string, run: ImportRun) =>
    `| ${label} | ${ms(run.ms / 1000, 2)} | ${whole(run.rowsPerSecond)} | ${ms(run.processMs / 1000, 2)} | ${mb(run.maxRss)} | ${mb(run.startupMaxRss)} |`;
  return [
    `import: lotse import of ${whole(rows.total)} CSV rows (${whole(rows.offers)} offers, ${whole(rows.organisations)} organisations, ${whole(rows.districts)} districts; ${mb(result.bytes)} MB) into a migrated database`,
    "",
    "| run | import s | rows/s | process s (with start-up) | peak RSS MB | RSS before the import MB |",
    "|---|---:|---:|---:|---:|---:|",
    line("first import (all new)", result.first),
    line("same files again (all unchanged)", result.again),
    "",
    `target ≥ 2,000 rows/s for the first import: ${whole(result.first.rowsPerSecond)} rows/s — ${result.first.rowsPerSecond >= 2_000 ? "met" : "MISSED"}`,
  ].join("\n");
}
