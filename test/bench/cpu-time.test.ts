// The benches' CPU readings (bench/support/cpu-time.ts), on Linux where CI runs.
import { describe, expect, it } from "vitest";
import { machineCpuTime, machineUseBetween, threadCpuMs } from "../../bench/support/cpu-time";

const onLinux = process.platform === "linux";

describe.runIf(onLinux)("bench CPU time", () => {
  it("counts this thread's own CPU time, which grows while it computes", () => {
    const before = threadCpuMs();
    const until = performance.now() + 60;
    let spin = 0;
    while (performance.now() < until) spin += 1;
    const after = threadCpuMs();
    expect(spin).toBeGreaterThan(0);
    expect(before).not.toBeNull();
    // 60 ms of computing, counted in 10 ms ticks (and a busy machine may give the thread less).
    expect(after! - before!).toBeGreaterThanOrEqual(10);
  });

  it("tells how busy the machine's cores were between two readings, as a share of all of them", () => {
    const before = machineCpuTime();
    const until = performance.now() + 60;
    while (performance.now() < until);
    const use = machineUseBetween(before, machineCpuTime());
    expect(use).not.toBeNull();
    expect(use!.cores).toBeGreaterThanOrEqual(1);
    expect(use!.busyPercent).toBeGreaterThan(0);
    expect(use!.busyPercent).toBeLessThanOrEqual(100);
    expect(use!.stealPercent).toBeGreaterThanOrEqual(0);
  });
});

describe("bench CPU time without two readings", () => {
  it("has nothing to say", () => {
    expect(machineUseBetween(null, null)).toBeNull();
    const reading = { busy: 10, steal: 0, all: 20, cores: 2 };
    expect(machineUseBetween(reading, reading)).toBeNull();
  });
});
