// Starts a worker thread on a TypeScript module: Node 20 does not hand tsx's loader (given to
// the main thread with --import) to worker threads, so the worker registers it itself first.
// new Worker(new URL("./ts-worker.mjs", import.meta.url), { workerData: { entry: <file URL of the .ts>, … } })
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
