// The app in a process of its own for bench/memory.bench.ts, so that its memory is measured
// without the bench's fakes and simulated residents. Plain JavaScript, so that it can run the app
// as production does: from the compiled build (dist/, `npm run build`), without TypeScript
// compiling at run time. With LOTSE_BENCH_RUNTIME=tsx (and node --import tsx) it runs src/ instead.
// Started with --expose-gc; messages (bench/support/memory-protocol.ts) over the IPC channel.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const fromSource = process.env.LOTSE_BENCH_RUNTIME === "tsx";
const load = (module) => import(new URL(fromSource ? `../../src/${module}.ts` : `../../dist/${module}.js`, import.meta.url).href);
const [{ startApp }, { parseConfig }, { createSilentLogger }, { offerIndex }] = await Promise.all([
  load("app"),
  load("config"),
  load("logger"),
  load("services/opportunity/offer-index"),
]);

const send = (message) => process.send(message);

/** Peak RSS of this process (as bench/support/peak-rss.ts: VmHWM on Linux, getrusage elsewhere). */
function peakRss() {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

function measure() {
  globalThis.gc?.();
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return {
    rss: usage.rss,
    heapUsed: usage.heapUsed,
    heapTotal: usage.heapTotal,
    external: usage.external,
    arrayBuffers: usage.arrayBuffers,
    maxRss: peakRss(),
  };
}

// Settled updates go to the bench in batches, once per turn of the event loop.
let settledBatch = [];
function settled(updateId) {
  if (settledBatch.length === 0) {
    setImmediate(() => {
      const updateIds = settledBatch;
      settledBatch = [];
      send({ type: "settled", updateIds });
    });
  }
  settledBatch.push(updateId);
}

try {
  const app = await startApp(parseConfig(process.env), {
    logger: createSilentLogger(),
    outboxIntervalMs: 1_000,
    telegram: {
      onUpdateSettled: settled,
      // No outgoing rate limit (ours, not Telegram's) and no flood limit: the bench sends fast.
      throttle: {
        global: { reservoir: 1_000_000, reservoirRefreshAmount: 1_000_000, reservoirRefreshInterval: 1000 },
        group: { maxConcurrent: 1 },
        out: { maxConcurrent: 1 },
      },
      floodLimit: { updates: 1_000_000, windowMs: 60_000 },
    },
  });
  process.on("message", (request) => {
    (async () => {
      switch (request.type) {
        case "measure":
          send({ type: "measured", label: request.label, memory: measure() });
          return;
        case "build-index": {
          const start = performance.now();
          const snapshot = await offerIndex(app.deps.prisma);
          send({ type: "index-built", offers: snapshot.index.size, ms: performance.now() - start });
          return;
        }
        case "stop":
          await app.stop();
          send({ type: "stopped" });
          process.disconnect();
          return;
      }
    })().catch((error) => send({ type: "failed", error: String(error?.stack ?? error) }));
  });
  send({ type: "ready" });
} catch (error) {
  send({ type: "failed", error: String(error?.stack ?? error) });
}
