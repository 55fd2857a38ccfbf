// The peak resident memory of this process, in bytes. On Linux from VmHWM in /proc/self/status:
// resourceUsage().maxRSS (getrusage) survives fork and exec, so a child started by a big bench
// process would report the parent's size as its own peak. Elsewhere getrusage it is.
import { readFileSync } from "node:fs";

export function peakRss(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}
