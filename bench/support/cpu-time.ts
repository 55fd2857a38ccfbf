// CPU time as Linux counts it, for the benches: the calling thread's own (utime + stime in
// /proc/thread-self/stat) and the whole machine's (/proc/stat). Unlike event-loop active time, a
// thread's CPU time leaves out the moments it was ready to run while another thread had the core,
// so it stays put on a busy or shared machine; the machine's shows how much of its cores a phase
// used at all. Elsewhere (no /proc): null, and the reports say "—".
import { readFileSync } from "node:fs";

/** Linux reports these times in clock ticks of USER_HZ, which is 100 on every Linux build we meet. */
const TICK_MS = 10;

/** CPU time this thread has used since it started, ms (10 ms steps); null without /proc. */
export function threadCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    // The command name (2nd field) is in parentheses and may hold spaces; utime and stime are
    // the 14th and 15th fields, so the 12th and 13th after the closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * TICK_MS : null;
  } catch {
    return null;
  }
}

/** The machine's CPU time so far, in ticks summed over all cores. */
export interface MachineCpuTime {
  busy: number;
  /** Time the hypervisor gave this machine's cores to someone else. */
  steal: number;
  all: number;
  cores: number;
}

export function machineCpuTime(): MachineCpuTime | null {
  try {
    const stat = readFileSync("/proc/stat", "utf8");
    const lines = stat.split("\n");
    // cpu  user nice system idle iowait irq softirq steal (guest time is inside user already)
    const [user, nice, system, idle, iowait, irq, softirq, steal] = lines[0]!.trim().split(/\s+/).slice(1, 9).map(Number) as number[];
    const busy = user! + nice! + system! + irq! + softirq!;
    const all = busy + idle! + iowait! + steal!;
    const cores = lines.filter((line) => /^cpu\d+ /.test(line)).length;
    return Number.isFinite(all) && cores > 0 ? { busy, steal: steal!, all, cores } : null;
  } catch {
    return null;
  }
}

/** How busy the machine was between two readings: percent of all its cores, and stolen from it. */
export interface MachineUse {
  busyPercent: number;
  stealPercent: number;
  cores: number;
}

export function machineUseBetween(before: MachineCpuTime | null, after: MachineCpuTime | null): MachineUse | null {
  if (!before || !after || after.all <= before.all) return null;
  const all = after.all - before.all;
  return {
    busyPercent: (100 * (after.busy - before.busy)) / all,
    stealPercent: (100 * (after.steal - before.steal)) / all,
    cores: after.cores,
  };
}
