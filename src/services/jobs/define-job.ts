// A job: work the process does on its own, on a schedule, rather than in answer to someone
// (after documenso's jobs: a name, a schedule, checked definitions, and a run that may be
// repeated without harm). A run gets the time it runs at and returns counts, which the runner
// logs; it never gets or returns personal data.
import { z } from "zod";
import type { Logger } from "../../logger";

/** What a run did, as numbers only ("reminded: 2"): the runner logs them. */
export type JobCounts = Record<string, number>;

export interface JobRunContext {
  /** The time this run works with (the app's clock, so tests can move it). */
  now: Date;
  logger: Logger;
}

export interface Job {
  /** Unique among the app's jobs; lower-case words with "-", used in logs and by runJobNow. */
  readonly name: string;
  /** Pause between the end of one run and the start of the next. */
  readonly everyMs: number;
  /**
   * Does the work. Must be idempotent: a run can be cut off by a stop or a crash and is then
   * simply done again, and two processes may run the same job (see markOnce).
   */
  run(context: JobRunContext): Promise<JobCounts>;
}

const definitionSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "job names are lower-case words joined by -"),
  // At least a second: a job is not a busy loop. At most a week, so a typo in hours shows.
  everyMs: z.number().int().min(1_000).max(7 * 24 * 60 * 60 * 1000),
});

/** A job definition, checked when it is made (at start-up), not when it first runs. */
export function defineJob(definition: Job): Job {
  const checked = definitionSchema.safeParse(definition);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new Error(`job ${String(definition.name)}: ${issue.path.join(".")} ${issue.message}`);
  }
  return Object.freeze({ name: checked.data.name, everyMs: checked.data.everyMs, run: definition.run });
}
