// The jobs runner with real timers where a start is the event, fake ones where the schedule is
// the point; jobs are plain functions that record what happened.
import { afterEach, describe, expect, it, vi } from "vitest";
import { defineJob, type JobCounts } from "../../../src/services/jobs/define-job";
import { startJobs, type JobRunner } from "../../../src/services/jobs/start-jobs";
import { captureLogs } from "../../support/app-harness";

const capture = (level = "debug") => captureLogs(level);

/** A promise with its resolve function, for runs the test lets finish. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const runners: JobRunner[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const runner of runners.splice(0)) await runner.stop();
});

function start(...args: Parameters<typeof startJobs>): JobRunner {
  const runner = startJobs(...args);
  runners.push(runner);
  return runner;
}

describe("defineJob", () => {
  it("refuses names and schedules that cannot be meant", () => {
    const run = async () => ({});
    expect(() => defineJob({ name: "Signup Reminder", everyMs: 60_000, run })).toThrow(/^job Signup Reminder: name /);
    expect(() => defineJob({ name: "busy", everyMs: 10, run })).toThrow(/^job busy: everyMs /);
    expect(defineJob({ name: "fine-job", everyMs: 60_000, run }).name).toBe("fine-job");
  });
});

describe("startJobs", () => {
  it("runs every job soon after start, with the app's clock", async () => {
    const clock = new Date("2026-12-01T08:00:00Z");
    const seen = gate();
    let runAt: Date | undefined;
    const job = defineJob({
      name: "first",
      everyMs: 60_000,
      async run({ now }) {
        runAt = now;
        seen.open();
        return {};
      },
    });
    start([job], { logger: capture().logger, now: () => clock, firstRunAfterMs: 1 });
    await seen.opened;
    expect(runAt).toEqual(clock);
  });

  it("runs again every everyMs after the previous run, never before", async () => {
    vi.useFakeTimers();
    let runs = 0;
    const job = defineJob({ name: "ticking", everyMs: 60_000, run: async () => ({ runs: ++runs }) });
    start([job], { logger: capture().logger, firstRunAfterMs: 1_000 });
    await vi.advanceTimersByTimeAsync(999);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(2);
  });

  it("logs each run with its counts only: info when it did something, debug when not", async () => {
    const { logger, records } = capture();
    let counts: JobCounts = { reminded: 2, escalated: 0 };
    const runner = start([defineJob({ name: "counting", everyMs: 60_000, run: async () => counts })], { logger, firstRunAfterMs: 3_600_000 });

    expect(await runner.runJobNow("counting")).toEqual({ ok: true, counts: { reminded: 2, escalated: 0 } });
    counts = { reminded: 0, escalated: 0 };
    await runner.runJobNow("counting");

    const runs = records.filter((record) => record.msg === "job run");
    expect(runs.map((record) => [record.level, record.job, record.counts])).toEqual([
      [30, "counting", { reminded: 2, escalated: 0 }],
      [20, "counting", { reminded: 0, escalated: 0 }],
    ]);
  });

  it("survives a throwing job: logs the error without secrets, and runs it again next time", async () => {
    const { logger, records } = capture();
    let calls = 0;
    const job = defineJob({
      name: "flaky",
      everyMs: 60_000,
      async run() {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error("Slack said no to xoxb-1234-5678-abcdefgh"), { code: "E_FLAKY" });
        return { done: 1 };
      },
    });
    const runner = start([job], { logger, firstRunAfterMs: 3_600_000 });

    const failed = await runner.runJobNow("flaky");
    expect(failed).toMatchObject({ ok: false, error: { type: "Error", code: "E_FLAKY" } });
    expect(await runner.runJobNow("flaky")).toEqual({ ok: true, counts: { done: 1 } });

    const failure = records.find((record) => record.msg === "job run failed");
    expect(failure).toMatchObject({ level: 50, job: "flaky", err: { type: "Error", code: "E_FLAKY" } });
    expect(JSON.stringify(records)).not.toContain("xoxb-1234");
  });

  it("never runs one job twice at once; a second request runs after the first", async () => {
    const release = gate();
    let active = 0;
    let most = 0;
    let runs = 0;
    const job = defineJob({
      name: "slow",
      everyMs: 60_000,
      async run() {
        active += 1;
        most = Math.max(most, active);
        runs += 1;
        if (runs === 1) await release.opened;
        active -= 1;
        return { runs };
      },
    });
    const runner = start([job], { logger: capture().logger, firstRunAfterMs: 3_600_000 });

    const first = runner.runJobNow("slow");
    const second = runner.runJobNow("slow");
    release.open();
    expect(await Promise.all([first, second])).toEqual([
      { ok: true, counts: { runs: 1 } },
      { ok: true, counts: { runs: 2 } },
    ]);
    expect(most).toBe(1);
  });

  it("stop() waits for the run in progress and starts none afterwards", async () => {
    const release = gate();
    let finished = false;
    const job = defineJob({
      name: "long",
      everyMs: 60_000,
      async run() {
        await release.opened;
        finished = true;
        return {};
      },
    });
    const runner = startJobs([job], { logger: capture().logger, firstRunAfterMs: 3_600_000 });
    const running = runner.runJobNow("long");
    const stopping = runner.stop();
    release.open();
    await stopping;
    expect(finished).toBe(true);
    await expect(running).resolves.toEqual({ ok: true, counts: {} });
    await expect(runner.runJobNow("long")).rejects.toThrow(/stopped/);
  });

  it("refuses two jobs of one name and runJobNow of an unknown one", async () => {
    const job = defineJob({ name: "twin", everyMs: 60_000, run: async () => ({}) });
    expect(() => startJobs([job, job], { logger: capture().logger })).toThrow(/two jobs are called twin/);
    const runner = start([job], { logger: capture().logger, firstRunAfterMs: 3_600_000 });
    await expect(runner.runJobNow("nobody")).rejects.toThrow(/no job called nobody/);
  });
});
