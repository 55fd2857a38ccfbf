// The benches' CPU readings (bench/support/cpu-time.ts), on Linux where CI runs.
import { describe, expect, it } from "vitest";
import { machineCpuTime, machineUseBetween, threadCpuMs } from "../../bench/support/cpu-time";

const onLinux = process.platform === "linux";

describe.runIf(onLinux)("bench CPU time", () => {
  it("counts this thread's own CPU time, which grows while it computes", () => {
    const before = threadCpuMs();
    expect(before).not.toBeNull();
    // Computes until two 10 ms ticks were counted; a machine busy with other test files may give
    // the thread a core only now and then, hence a generous bound on the wall-clock time.
    const deadline = performance.now() + 10_000;
    let spins = 0;
    while (threadCpuMs()! - before! < 20 && performance.now() < deadline) spins += 1;
    expect(spins).toBeGreaterThan(0);
    expect(threadCpuMs()! - before!).toBeGreaterThanOrEqual(20);
  });

  it("tells how busy the machine's cores were between two readings, as a share of all of them", () => {
    const before = machineCpuTime();
    expect(before).not.toBeNull();
    // Computes until the machine has counted a few ticks on its cores, this thread's among them.
    const deadline = performance.now() + 10_000;
    while (machineCpuTime()!.all - before!.all < 10 && performance.now() < deadline);
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
