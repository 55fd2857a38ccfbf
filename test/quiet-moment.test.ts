// quietMoment: what can wait (Slack's start) waits until the event loop has little to do.
import { afterEach, describe, expect, it } from "vitest";
import { quietMoment } from "../src/quiet-moment";

/** Keeps the event loop busy: 20 ms of work in every 22 ms, until stopped. */
function busyLoop(): { stop(): void; readonly running: boolean } {
  let running = true;
  const timer = setInterval(() => {
    const until = performance.now() + 20;
    while (performance.now() < until) {
      // busy
    }
  }, 2);
  return {
    stop() {
      running = false;
      clearInterval(timer);
    },
    get running() {
      return running;
    },
  };
}

describe("quietMoment", () => {
  let busy: ReturnType<typeof busyLoop> | null = null;
  afterEach(() => busy?.stop());

  it("waits while the loop is busy and goes on once it is quiet", async () => {
    busy = busyLoop();
    const stopper = setTimeout(() => busy!.stop(), 300);
    await quietMoment({ maxWaitMs: 10_000 });
    clearTimeout(stopper);
    expect(busy.running).toBe(false);
  });

  it("goes on after the longest wait even if the loop stays busy", async () => {
    busy = busyLoop();
    await quietMoment({ maxWaitMs: 200 });
    expect(busy.running).toBe(true);
  });
});
