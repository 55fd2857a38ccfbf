// Messages between bench/memory.bench.ts and its app process (bench/support/memory-child.mjs).

export interface MemoryFigures {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** Peak RSS of the process so far (VmHWM, bench/support/peak-rss.ts), bytes. */
  maxRss: number;
}

/** Bench → app. */
export type ChildRequest = { type: "measure"; label: string } | { type: "build-index" } | { type: "stop" };

/** App → bench. */
export type ChildMessage =
  | { type: "ready" }
  | { type: "settled"; updateIds: number[] }
  | { type: "measured"; label: string; memory: MemoryFigures }
  | { type: "index-built"; offers: number; ms: number }
  | { type: "stopped" }
  | { type: "failed"; error: string };
