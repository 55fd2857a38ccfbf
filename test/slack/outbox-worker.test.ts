import { afterEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { createSilentLogger } from "../../src/logger";
import type { DeliveryReport } from "../../src/services/notification/deliver-pending-notifications";
import { startOutboxWorker, type OutboxWorker } from "../../src/services/notification/start-outbox-worker";

const prisma = {} as PrismaClient; // never touched: deliver is replaced
const logger = createSilentLogger();
const idle: DeliveryReport = { sent: 0, failed: 0, parked: 0, deferred: 0 };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

let worker: OutboxWorker | undefined;
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

describe("startOutboxWorker", () => {
  it("runs at once, then every interval", async () => {
    const deliver = vi.fn(async () => idle);
    worker = startOutboxWorker({ prisma, senders: {}, logger, intervalMs: 40, deliver });
    expect(deliver).not.toHaveBeenCalled(); // soon, not synchronously inside startOutboxWorker
    await vi.waitFor(() => expect(deliver).toHaveBeenCalled());
    await vi.waitFor(() => expect(deliver.mock.calls.length).toBeGreaterThanOrEqual(3), { timeout: 2000 });
  });

  it("never overlaps runs; a kick during a run leads to exactly one more run", async () => {
    let active = 0;
    let maxActive = 0;
    const gates = [deferred<void>()];
    const deliver = vi.fn(async () => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      await gates[deliver.mock.calls.length - 1]?.promise;
      active -= 1;
      return idle;
    });
    worker = startOutboxWorker({ prisma, senders: {}, logger, intervalMs: 60_000, deliver });
    await vi.waitFor(() => expect(deliver).toHaveBeenCalledTimes(1));
    worker.kick();
    worker.kick();
    worker.kick();
    gates[0]!.resolve();
    await vi.waitFor(() => expect(deliver).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 50));
    expect(deliver).toHaveBeenCalledTimes(2);
    expect(maxActive).toBe(1);
  });

  it("kick runs soon instead of waiting for the interval", async () => {
    const deliver = vi.fn(async () => idle);
    worker = startOutboxWorker({ prisma, senders: {}, logger, intervalMs: 60_000, deliver });
    await vi.waitFor(() => expect(deliver).toHaveBeenCalledTimes(1));
    worker.kick();
    await vi.waitFor(() => expect(deliver).toHaveBeenCalledTimes(2), { timeout: 500 });
  });

  it("logs a failing run and keeps going", async () => {
    const errors: unknown[] = [];
    const spyLogger = Object.assign(createSilentLogger(), { error: (obj: unknown) => errors.push(obj) });
    const deliver = vi.fn(async () => {
      if (deliver.mock.calls.length === 1) throw Object.assign(new Error("SQLITE_BUSY: database is locked"), { code: "SQLITE_BUSY" });
      return idle;
    });
    worker = startOutboxWorker({ prisma, senders: {}, logger: spyLogger, intervalMs: 20, deliver });
    await vi.waitFor(() => expect(deliver.mock.calls.length).toBeGreaterThanOrEqual(2));
    expect(errors).toEqual([{ err: expect.objectContaining({ type: "Error", code: "SQLITE_BUSY", reason: "SQLITE_BUSY: database is locked" }) }]);
  });

  it("runs again right away after a full batch", async () => {
    const deliver = vi.fn(async () => (deliver.mock.calls.length < 3 ? { sent: 2, failed: 0, parked: 0, deferred: 0 } : idle));
    worker = startOutboxWorker({ prisma, senders: {}, logger, intervalMs: 60_000, batchSize: 2, deliver });
    await vi.waitFor(() => expect(deliver).toHaveBeenCalledTimes(3), { timeout: 500 });
  });

  it("stop waits for the running delivery and prevents further runs", async () => {
    const gate = deferred<void>();
    let finished = false;
    const deliver = vi.fn(async () => {
      await gate.promise;
      finished = true;
      return idle;
    });
    worker = startOutboxWorker({ prisma, senders: {}, logger, intervalMs: 10, deliver });
    await vi.waitFor(() => expect(deliver).toHaveBeenCalledTimes(1));
    const stopping = worker.stop();
    worker.kick();
    gate.resolve();
    await stopping;
    expect(finished).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(deliver).toHaveBeenCalledTimes(1);
  });

  it("stop with flushWithinMs keeps delivering what is due, then returns", async () => {
    const reports: DeliveryReport[] = [
      { sent: 3, failed: 0, parked: 0, deferred: 0 },
      { sent: 1, failed: 0, parked: 0, deferred: 0 },
      idle,
    ];
    const deliver = vi.fn(async () => reports.shift() ?? idle);
    worker = startOutboxWorker({ prisma, senders: {}, logger, intervalMs: 60_000, deliver });
    await vi.waitFor(() => expect(deliver).toHaveBeenCalledTimes(1));
    await worker.stop({ flushWithinMs: 5_000 });
    // One more run after each run that delivered something; the idle run ends the flush.
    expect(deliver).toHaveBeenCalledTimes(3);
  });

  it("stop with flushWithinMs gives up when the time is up", async () => {
    const hang = deferred<DeliveryReport>();
    const deliver = vi.fn(async () => (deliver.mock.calls.length === 1 ? idle : hang.promise));
    worker = startOutboxWorker({ prisma, senders: {}, logger, intervalMs: 60_000, deliver });
    await vi.waitFor(() => expect(deliver).toHaveBeenCalledTimes(1));
    await worker.stop({ flushWithinMs: 50 });
    expect(deliver).toHaveBeenCalledTimes(2);
    hang.resolve(idle);
  });
});
