// Where benchmark figures go besides the console: bench/RESULTS.md, one section per run of a
// bench, with the date, the commit and the machine (cores, CPU model, Node version, load), so
// that figures from different machines and days are never compared without knowing it.
import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";

export const RESULTS_FILE = fileURLToPath(new URL("../RESULTS.md", import.meta.url));

export interface MachineFacts {
  date: string;
  commit: string;
  cores: number;
  cpu: string;
  node: string;
  /** 1-minute load average at the time of the call, and what it means on this many cores. */
  load: string;
}

/**
 * The machine now. Whether it is otherwise busy: the share of all cores that other processes used
 * during the second before (Linux: /proc/stat minus this process), which unlike the load average
 * does not count the previous bench of the same run; the load average is given as well.
 */
export async function machineFacts(): Promise<MachineFacts> {
  const cpus = os.cpus();
  const cores = cpus.length;
  const others = await othersCpuShare(1000);
  const [one, five] = os.loadavg();
  const busy =
    others === null
      ? (one ?? 0) > cores * 0.5
        ? "probably busy"
        : "probably quiet"
      : `other processes used ${Math.round(100 * others)} % of the cores in the second before (${others > 0.1 ? "busy" : "quiet"})`;
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    commit: gitCommit(),
    cores,
    cpu: cpus[0]?.model.trim() ?? "unknown",
    node: process.version,
    load: `loadavg ${one?.toFixed(2)} / ${five?.toFixed(2)} (1 / 5 min) on ${cores} cores; ${busy}`,
  };
}

/** Busy jiffies of all cores from /proc/stat (user … steal), or null off Linux. */
function busyJiffies(): { busy: number; total: number } | null {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

async function othersCpuShare(windowMs: number): Promise<number | null> {
  const before = busyJiffies();
  const ownBefore = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const after = busyJiffies();
  const own = process.cpuUsage(ownBefore);
  if (!before || !after || after.total <= before.total) return null;
  // Jiffies are 1/100 s on Linux; cpuUsage is in microseconds.
  const ownJiffies = (own.user + own.system) / 10_000;
  return Math.max(0, Math.min(1, (after.busy - before.busy - ownJiffies) / (after.total - before.total)));
}

function gitCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown (not a git checkout)";
  }
}

/** Appends one section: a heading with the bench's name, the machine, then `body` (Markdown). */
export function appendResults(bench: string, body: string, facts: MachineFacts): void {
  if (!existsSync(RESULTS_FILE)) writeFileSync(RESULTS_FILE, "# Benchmark results\n\nAppended by `npm run bench`; newest last.\n");
  const header =
    `\n## ${bench} — ${facts.date}\n\n` +
    `commit ${facts.commit} · ${facts.cores} × ${facts.cpu} · Node ${facts.node} · ${facts.load}\n\n`;
  appendFileSync(RESULTS_FILE, `${header}${body.trimEnd()}\n`);
}
