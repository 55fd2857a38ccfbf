// The Node options of the production start command, read from its one home, package.json's
// "start:prod" ("node <options> dist/main.js"), so that every bench runs the bot with the heap the
// production process gets: as a process (cold start, memory) with the same options, as a worker
// thread (end to end) with the same limits, which a worker takes as resourceLimits, not options.
import { readFileSync } from "node:fs";
import type { ResourceLimits } from "node:worker_threads";

const PACKAGE_JSON = new URL("../../package.json", import.meta.url);

export class ProductionCommandError extends Error {
  constructor(detail: string) {
    super(`package.json "start:prod": ${detail}`);
    this.name = "ProductionCommandError";
  }
}

/** The options between `node` and `dist/main.js` in package.json's "start:prod". */
export function productionNodeOptions(scripts: Record<string, string> = packageScripts()): string[] {
  const command = scripts["start:prod"];
  if (command === undefined) throw new ProductionCommandError("missing");
  const words = command.trim().split(/\s+/);
  if (words[0] !== "node" || words.at(-1) !== "dist/main.js") throw new ProductionCommandError(`expected "node [options] dist/main.js", got "${command}"`);
  const options = words.slice(1, -1);
  for (const option of options) {
    if (!option.startsWith("--")) throw new ProductionCommandError(`expected options of the form --name[=value] before dist/main.js, got "${option}"`);
  }
  return options;
}

/**
 * The same heap for a worker thread. A worker's young generation is three semi-spaces (V8: two
 * semi-spaces and the large-object space beside them), so --max-semi-space-size=N is N × 3 here.
 * An option a worker can not be given fails loudly rather than being left out of the measurement.
 */
export function productionWorkerLimits(options: readonly string[] = productionNodeOptions()): ResourceLimits {
  const limits: ResourceLimits = {};
  for (const option of options) {
    const semiSpace = /^--max-semi-space-size=(\d+)$/.exec(option);
    const oldSpace = /^--max-old-space-size=(\d+)$/.exec(option);
    if (semiSpace) limits.maxYoungGenerationSizeMb = Number(semiSpace[1]) * 3;
    else if (oldSpace) limits.maxOldGenerationSizeMb = Number(oldSpace[1]);
    else throw new ProductionCommandError(`the bench can not give "${option}" to a worker thread; teach bench/support/production-node.ts how`);
  }
  return limits;
}

function packageScripts(): Record<string, string> {
  return (JSON.parse(readFileSync(PACKAGE_JSON, "utf8")) as { scripts: Record<string, string> }).scripts;
}
