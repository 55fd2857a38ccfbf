// The loop that drains the outbox: one delivery run at a time, every intervalMs, and right
// away when kicked (after a signup, so coordinators hear of it within seconds, not minutes).
import {
  DEFAULT_BATCH_SIZE,
  deliverPendingNotifications,
  type DeliverPendingNotificationsOptions,
  type DeliveryReport,
} from "./deliver-pending-notifications";
import { safeError } from "../../logger";

export interface StartOutboxWorkerOptions extends DeliverPendingNotificationsOptions {
  /** Pause between runs when nothing is kicked. Default 15 s. */
  intervalMs?: number;
  /** Replaceable for tests. */
  deliver?: (options: DeliverPendingNotificationsOptions) => Promise<DeliveryReport>;
}

export interface OutboxWorker {
  /**
   * No run starts afterwards. Waits for a running delivery; with flushWithinMs, keeps
   * delivering what is due until nothing is left or the time is up (at shutdown: what was
   * queued by the last updates goes out before the process exits, if Slack answers in time).
   */
  stop(options?: { flushWithinMs?: number }): Promise<void>;
  /** Run a delivery soon; if one is running, run once more after it. */
  kick(): void;
}

export function startOutboxWorker(options: StartOutboxWorkerOptions): OutboxWorker {
  const { intervalMs = 15_000, deliver = deliverPendingNotifications, logger } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  function schedule(delayMs: number): void {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, delayMs);
  }

  function run(): void {
    timer = undefined;
    // Never two runs at once: their claims would not clash, but one Slack client at a time
    // keeps within rate limits and keeps the logs readable.
    if (running) {
      again = true;
      return;
    }
    running = runOnce().then(() => undefined).finally(() => {
      running = undefined;
      if (again) {
        again = false;
        schedule(0);
      } else {
        schedule(intervalMs);
      }
    });
  }

  async function runOnce(): Promise<DeliveryReport | null> {
    try {
      const report = await deliver(options);
      // A full batch means more may be due right now.
      if (report.sent + report.failed + report.parked >= batchSize) again = true;
      return report;
    } catch (error) {
      // The loop must survive a broken database connection or a bug in a sender; the next
      // run tries again.
      logger.error({ err: safeError(error) }, "outbox delivery run failed");
      return null;
    }
  }

  schedule(0);

  return {
    kick() {
      if (stopped) return;
      if (running) again = true;
      else schedule(0);
    },
    async stop(stopOptions = {}) {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await running;
      const flushWithinMs = stopOptions.flushWithinMs ?? 0;
      if (flushWithinMs <= 0) return;
      const deadline = Date.now() + flushWithinMs;
      let timeout: NodeJS.Timeout | undefined;
      const timeUp = new Promise<"time-up">((resolve) => {
        timeout = setTimeout(() => resolve("time-up"), flushWithinMs);
      });
      try {
        while (Date.now() < deadline) {
          const report = await Promise.race([runOnce(), timeUp]);
          if (report === "time-up" || report === null || report.sent + report.failed + report.parked === 0) break;
        }
      } finally {
        clearTimeout(timeout);
      }
    },
  };
}
