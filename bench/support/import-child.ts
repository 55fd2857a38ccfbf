// `lotse import FILE…` in a process of its own for bench/import.bench.ts, so that its peak memory
// (VmHWM, see peak-rss.ts) is the import's alone. Runs the CLI's own entry point (runLotse, as
// `npx lotse import` does) with DATABASE_URL from the environment, and reports over IPC:
//   → { type: "imported", exitCode, ms, startupMaxRss, maxRss, heapUsed, output }
import { performance } from "node:perf_hooks";
import { runLotse } from "../../src/cli/lotse";
import { peakRss } from "./peak-rss";

export interface ImportChildReport {
  type: "imported";
  exitCode: number;
  /** From calling runLotse to its end: read, check, plan and write. */
  ms: number;
  /** Peak RSS before the import (the process with its modules loaded), bytes. */
  startupMaxRss: number;
  /** Peak RSS at the end: the peak of the whole process, bytes. */
  maxRss: number;
  heapUsed: number;
  /** Lines the CLI printed (stdout and stderr), the last few. */
  output: string[];
}

async function main(): Promise<void> {
  const startupMaxRss = peakRss();
  const lines: string[] = [];
  const keep = (line: string) => {
    lines.push(line);
    if (lines.length > 20) lines.shift();
  };
  const start = performance.now();
  const exitCode = await runLotse(["import", ...process.argv.slice(2)], process.env, { io: { out: keep, err: keep, isTTY: false } });
  const ms = performance.now() - start;
  const report: ImportChildReport = {
    type: "imported",
    exitCode,
    ms,
    startupMaxRss,
    maxRss: peakRss(),
    heapUsed: process.memoryUsage().heapUsed,
    output: lines,
  };
  process.send!(report, () => process.disconnect());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
  process.disconnect?.();
});
