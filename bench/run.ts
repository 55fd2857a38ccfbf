// `npm run bench` — runs the benchmarks and prints their figures. Sizes can be changed
// for one run, e.g. `npm run bench -- --opportunities=20000 --profiles=200 --seed=7`.
import { parseArgs } from "node:util";
import { formatMatchingBench, runMatchingBench, type MatchingBenchOptions } from "./matching.bench";

const { values } = parseArgs({
  options: {
    opportunities: { type: "string" },
    profiles: { type: "string" },
    districts: { type: "string" },
    organisations: { type: "string" },
    warmup: { type: "string" },
    seed: { type: "string" },
  },
});

function wholeNumber(name: string, text: string | undefined, minimum: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) throw new Error(`--${name} must be a whole number ≥ ${minimum}, got "${text}"`);
  return value;
}

const overrides: Partial<MatchingBenchOptions> = {};
const sizes = {
  opportunities: wholeNumber("opportunities", values.opportunities, 1),
  profiles: wholeNumber("profiles", values.profiles, 1),
  districts: wholeNumber("districts", values.districts, 1),
  organisations: wholeNumber("organisations", values.organisations, 1),
  warmupProfiles: wholeNumber("warmup", values.warmup, 0),
  seed: wholeNumber("seed", values.seed, 0),
};
for (const [key, value] of Object.entries(sizes) as [keyof MatchingBenchOptions, number | undefined][]) {
  if (value !== undefined) overrides[key] = value;
}

console.log(formatMatchingBench(runMatchingBench(overrides)));
