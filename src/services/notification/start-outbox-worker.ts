// The loop that drains the outbox: one delivery run at a time, every intervalMs, and right
// away when kicked (after a signup, so coordinators hear of it within seconds, not minutes).
import {
  DEFAULT_BATCH_SIZE,
  deliverPendingNotifications,
  type DeliverPendingNotificationsOptions,
  type DeliveryReport,
} from "./deliver-pending-notifications";

export interface StartOutboxWorkerOptions extends DeliverPendingNotificationsOptions {
  /** Pause between runs when nothing is kicked. Default 15 s. */
  intervalMs?: number;
  /** Replaceable for tests. */
  deliver?: (options: DeliverPendingNotificationsOptions) => Promise<DeliveryReport>;
}

export interface OutboxWorker {
  /** Waits for a running delivery to finish; no run starts afterwards. */
  stop(): Promise<void>;
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
    running = runOnce().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        schedule(0);
      } else {
        schedule(intervalMs);
      }
    });
  }

  async function runOnce(): Promise<void> {
    try {
      const report = await deliver(options);
      // A full batch means more may be due right now.
      if (report.sent + report.failed >= batchSize) again = true;
    } catch (error) {
      // The loop must survive a broken database connection or a bug in a sender; the next
      // run tries again. Only the error's name: messages may quote the data involved.
      const name = error instanceof Error ? error.name : "unknown";
      const code = (error as { code?: unknown } | null)?.code;
      logger.error({ error: name, code: typeof code === "string" ? code : undefined }, "outbox delivery run failed");
    }
  }

  schedule(0);

  return {
    kick() {
      if (stopped) return;
      if (running) again = true;
      else schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
