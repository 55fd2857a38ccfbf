// Waiting for a quiet moment of this process: work that can wait (loading Slack after Telegram is
// up) starts when the event loop has had little to do for a short while, so that it does not
// hold up the replies to the residents whose messages came in with the start.
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

export interface QuietMomentOptions {
  /** Give up waiting after this long and go ahead (default 2 s). */
  maxWaitMs?: number;
  /** Length of one look at the event loop (default 25 ms). */
  windowMs?: number;
  /** Busy below this share of a window counts as quiet (default 0.3). */
  quietBelow?: number;
}

/** Resolves at the end of the first window in which the event loop was busy less than `quietBelow`, or after `maxWaitMs`. */
export async function quietMoment(options: QuietMomentOptions = {}): Promise<void> {
  const { maxWaitMs = 2_000, windowMs = 25, quietBelow = 0.3 } = options;
  const deadline = performance.now() + maxWaitMs;
  let before = performance.eventLoopUtilization();
  while (performance.now() < deadline) {
    await sleep(windowMs);
    const now = performance.eventLoopUtilization();
    if (performance.eventLoopUtilization(now, before).utilization < quietBelow) return;
    before = now;
  }
}
