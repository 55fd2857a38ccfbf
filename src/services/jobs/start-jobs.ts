// Runs the app's jobs on timers: the first run of each soon after start, then every `everyMs`
// after the previous run ended; never two runs of one job at a time. A failing run is logged
// and the job runs again next time: a job never takes the process down.
import { safeError, type Logger, type SafeError } from "../../logger";
import type { Job, JobCounts } from "./define-job";

export interface StartJobsOptions {
  logger: Logger;
  /** The app's clock; each run gets its time from here. */
  now?: () => Date;
  /** Delay before the first run of every job (default 1 s: after start-up, not during it). */
  firstRunAfterMs?: number;
}

export type JobRunResult = { ok: true; counts: JobCounts } | { ok: false; error: SafeError };

export interface JobRunner {
  /** Runs the job now (after a run in progress, if any) and returns what it did. For tests and tools. */
  runJobNow(name: string): Promise<JobRunResult>;
  /** No run starts afterwards; waits for the runs in progress. */
  stop(): Promise<void>;
}

const DEFAULT_FIRST_RUN_AFTER_MS = 1_000;

interface JobState {
  job: Job;
  timer: NodeJS.Timeout | undefined;
  running: Promise<JobRunResult> | undefined;
}

export function startJobs(jobs: readonly Job[], options: StartJobsOptions): JobRunner {
  const { logger } = options;
  const now = options.now ?? (() => new Date());
  const states = new Map<string, JobState>();
  for (const job of jobs) {
    if (states.has(job.name)) throw new Error(`two jobs are called ${job.name}`);
    states.set(job.name, { job, timer: undefined, running: undefined });
  }
  let stopped = false;

  function schedule(state: JobState, delayMs: number): void {
    if (stopped) return;
    if (state.timer !== undefined) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      // A run in progress (started by runJobNow) schedules the next one when it ends.
      if (!state.running) void execute(state);
    }, delayMs);
    // Timers alone never keep the process alive: stopping is up to main.ts.
    state.timer.unref();
  }

  async function execute(state: JobState): Promise<JobRunResult> {
    // One run at a time; a caller who arrives meanwhile gets a run of their own afterwards.
    while (state.running) await state.running;
    const run = runOnce(state.job);
    state.running = run;
    try {
      return await run;
    } finally {
      state.running = undefined;
      schedule(state, state.job.everyMs);
    }
  }

  async function runOnce(job: Job): Promise<JobRunResult> {
    const startedAt = performance.now();
    try {
      const counts = await job.run({ now: now(), logger: logger.child({ job: job.name }) });
      const durationMs = Math.round(performance.now() - startedAt);
      // A run that found nothing to do is routine every few minutes: it is logged at debug,
      // so the info log shows the runs that did something.
      const level = Object.values(counts).some((count) => count !== 0) ? "info" : "debug";
      logger[level]({ job: job.name, counts, durationMs }, "job run");
      return { ok: true, counts };
    } catch (error) {
      const safe = safeError(error);
      logger.error({ job: job.name, err: safe }, "job run failed");
      return { ok: false, error: safe };
    }
  }

  for (const state of states.values()) schedule(state, options.firstRunAfterMs ?? DEFAULT_FIRST_RUN_AFTER_MS);

  return {
    runJobNow(name) {
      const state = states.get(name);
      if (!state) return Promise.reject(new Error(`no job called ${name}`));
      if (stopped) return Promise.reject(new Error("the jobs have been stopped"));
      return execute(state);
    },
    async stop() {
      stopped = true;
      for (const state of states.values()) {
        if (state.timer !== undefined) clearTimeout(state.timer);
        state.timer = undefined;
      }
      // Runs asked for before the stop may still start after the one in progress; all are awaited.
      while ([...states.values()].some((state) => state.running)) {
        await Promise.all([...states.values()].map((state) => state.running));
      }
    },
  };
}
