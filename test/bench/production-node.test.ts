// The benches run the bot with the options of the production start command (bench/support/production-node.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ProductionCommandError, productionNodeOptions, productionWorkerLimits } from "../../bench/support/production-node";

const scripts = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> }).scripts;

describe("production Node options", () => {
  it("reads them from start:prod, and npm start uses the same", () => {
    const options = productionNodeOptions();
    expect(scripts["start:prod"]).toBe(["node", ...options, "dist/main.js"].join(" "));
    expect(scripts.start).toBe(["node", ...options, "scripts/start.mjs"].join(" "));
  });

  it("gives a worker thread the same young generation: three semi-spaces", () => {
    expect(productionWorkerLimits(["--max-semi-space-size=32"])).toEqual({ maxYoungGenerationSizeMb: 96 });
    expect(productionWorkerLimits(["--max-old-space-size=512"])).toEqual({ maxOldGenerationSizeMb: 512 });
    expect(productionWorkerLimits([])).toEqual({});
  });

  it("says in one line what it can not mirror", () => {
    expect(() => productionWorkerLimits(["--jitless"])).toThrow(ProductionCommandError);
    expect(() => productionNodeOptions({ "start:prod": "tsx src/main.ts" })).toThrow('package.json "start:prod": expected "node [options] dist/main.js", got "tsx src/main.ts"');
    expect(() => productionNodeOptions({ "start:prod": "node -r x dist/main.js" })).toThrow(/"-r"/);
    expect(() => productionNodeOptions({})).toThrow('package.json "start:prod": missing');
  });
});
