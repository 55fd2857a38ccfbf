// `npm run bench` — runs the benchmarks, prints their figures and appends them to
// bench/RESULTS.md (with date, commit and machine). Without names it runs every bench; with names
// only those: `npm run bench -- e2e outbox` (or `--only=e2e,outbox`).
// Sizes can be changed for one run, e.g. `npm run bench -- matching --opportunities=20000 --profiles=200 --seed=7`,
// `npm run bench -- e2e --e2e-residents=1,10 --e2e-modes=polling`,
// `npm run bench -- recommend --reco-sizes=1000,10000 --reco-calls=2000`, `npm run bench -- memory --memory-residents=1000`,
// `npm run bench -- import --import-rows=2000`. `--no-record` leaves RESULTS.md alone; `--help` lists every option.
import { parseArgs } from "node:util";
import { formatColdStartBench, runColdStartBench, type ColdStartBenchOptions, type ColdStartCommand } from "./cold-start.bench";
import { DEFAULT_E2E_BENCH, formatE2eBench, runE2eBench, type E2eBenchOptions, type E2eMode } from "./e2e.bench";
import { formatMatchingBench, runMatchingBench, type MatchingBenchOptions } from "./matching.bench";
import { formatOutboxBench, runOutboxBench, type OutboxBenchOptions } from "./outbox.bench";
import { formatImportBench, runImportBench, type ImportBenchOptions } from "./import.bench";
import { formatMemoryBench, runMemoryBench, type MemoryBenchOptions } from "./memory.bench";
import { formatRecommendBench, runRecommendBench, type RecommendBenchOptions } from "./recommend.bench";
import { appendResults, machineFacts } from "./support/bench-results";

const OPTIONS = {
    help: { type: "boolean" },
    only: { type: "string" },
    "no-record": { type: "boolean" },
    // matching
    opportunities: { type: "string" },
    profiles: { type: "string" },
    districts: { type: "string" },
    organisations: { type: "string" },
    warmup: { type: "string" },
    seed: { type: "string" },
    // e2e
    "e2e-residents": { type: "string" },
    "e2e-modes": { type: "string" },
    "e2e-journeys": { type: "string" },
    "e2e-min-journeys": { type: "string" },
    "e2e-warmup": { type: "string" },
    "e2e-rounds": { type: "string" },
    "e2e-production-residents": { type: "string" },
    "e2e-production-seconds": { type: "string" },
    "e2e-log-level": { type: "string" },
    "e2e-profile": { type: "string" },
    // outbox
    "outbox-notifications": { type: "string" },
    // cold start
    "cold-runs": { type: "string" },
    "cold-commands": { type: "string" },
    // recommendation incl. database
    "reco-sizes": { type: "string" },
    "reco-residents": { type: "string" },
    "reco-calls": { type: "string" },
    "reco-reference": { type: "string" },
    "reco-seed": { type: "string" },
    // memory
    "memory-residents": { type: "string" },
    "memory-steps": { type: "string" },
    "memory-offers": { type: "string" },
    "memory-runtime": { type: "string" },
    // import
    "import-rows": { type: "string" },
} as const;

type Parsed = ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof OPTIONS }>>;
// Read once the benches below are known (their names go into the usage); they read it when they run.
let values!: Parsed["values"];

function wholeNumber(name: string, text: string | undefined, minimum: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) usageError(`--${name} must be a whole number ≥ ${minimum}, got "${text}"`);
  return value;
}

function list(text: string | undefined): string[] | undefined {
  return text === undefined ? undefined : text.split(",").map((item) => item.trim()).filter(Boolean);
}

/** The options given on the command line, leaving out those that were not. */
function defined<T extends object>(options: { [K in keyof T]?: T[K] | undefined }): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

interface Bench {
  name: string;
  title: string;
  run(log: (line: string) => void): Promise<string>;
}

const benches: Bench[] = [
  {
    name: "matching",
    title: "Matching (pure ranking, no database)",
    async run() {
      const overrides = defined<MatchingBenchOptions>({
        opportunities: wholeNumber("opportunities", values.opportunities, 1),
        profiles: wholeNumber("profiles", values.profiles, 1),
        districts: wholeNumber("districts", values.districts, 1),
        organisations: wholeNumber("organisations", values.organisations, 1),
        warmupProfiles: wholeNumber("warmup", values.warmup, 0),
        seed: wholeNumber("seed", values.seed, 0),
      });
      return formatMatchingBench(runMatchingBench(overrides));
    },
  },
  {
    name: "e2e",
    title: "End-to-end throughput (Telegram → app → Slack)",
    async run(log) {
      const productionResidents = wholeNumber("e2e-production-residents", values["e2e-production-residents"], 0);
      const productionSeconds = wholeNumber("e2e-production-seconds", values["e2e-production-seconds"], 0);
      const overrides = defined<E2eBenchOptions>({
        residents: list(values["e2e-residents"])?.map((value) => wholeNumber("e2e-residents", value, 1)!),
        modes: list(values["e2e-modes"]) as E2eMode[] | undefined,
        journeysPerResident: wholeNumber("e2e-journeys", values["e2e-journeys"], 1),
        minJourneysPerPhase: wholeNumber("e2e-min-journeys", values["e2e-min-journeys"], 1),
        warmupJourneys: wholeNumber("e2e-warmup", values["e2e-warmup"], 0),
        rounds: wholeNumber("e2e-rounds", values["e2e-rounds"], 1),
        logLevel: values["e2e-log-level"],
        profileDir: values["e2e-profile"],
      });
      for (const mode of overrides.modes ?? []) if (mode !== "webhook" && mode !== "polling") throw new Error(`--e2e-modes: "${mode}" is neither webhook nor polling`);
      if (productionResidents !== undefined || productionSeconds !== undefined) {
        overrides.productionThrottle = { ...DEFAULT_E2E_BENCH.productionThrottle, ...defined({ residents: productionResidents, seconds: productionSeconds }) };
      }
      return formatE2eBench(await runE2eBench(overrides, log));
    },
  },
  {
    name: "outbox",
    title: "Outbox drain (queued notifications → Slack)",
    async run() {
      const overrides = defined<OutboxBenchOptions>({ notifications: wholeNumber("outbox-notifications", values["outbox-notifications"], 1) });
      return formatOutboxBench(await runOutboxBench(overrides));
    },
  },
  {
    name: "cold-start",
    title: "Cold start (process start → first update answered)",
    async run() {
      const overrides = defined<ColdStartBenchOptions>({
        runs: wholeNumber("cold-runs", values["cold-runs"], 1),
        commands: list(values["cold-commands"]) as ColdStartCommand[] | undefined,
      });
      return formatColdStartBench(await runColdStartBench(overrides));
    },
  },
  {
    name: "recommend",
    title: "Recommendation latency incl. database (1,000 / 10,000 / 100,000 offers)",
    async run(log) {
      const overrides = defined<RecommendBenchOptions>({
        sizes: list(values["reco-sizes"])?.map((value) => wholeNumber("reco-sizes", value, 1)!),
        residents: wholeNumber("reco-residents", values["reco-residents"], 1),
        calls: wholeNumber("reco-calls", values["reco-calls"], 1),
        referenceCalls: wholeNumber("reco-reference", values["reco-reference"], 0),
        seed: wholeNumber("reco-seed", values["reco-seed"], 0),
      });
      return formatRecommendBench(await runRecommendBench(overrides, log));
    },
  },
  {
    name: "memory",
    title: "Memory (idle, residents mid-flow, offers in the index)",
    async run(log) {
      const overrides = defined<MemoryBenchOptions>({
        residents: wholeNumber("memory-residents", values["memory-residents"], 1),
        steps: wholeNumber("memory-steps", values["memory-steps"], 1),
        offers: wholeNumber("memory-offers", values["memory-offers"], 1),
        runtime: values["memory-runtime"] as MemoryBenchOptions["runtime"] | undefined,
      });
      if (overrides.runtime !== undefined && overrides.runtime !== "dist" && overrides.runtime !== "tsx") throw new Error("--memory-runtime is dist or tsx");
      if (overrides.steps !== undefined && overrides.steps > 3) throw new Error("--memory-steps is 1, 2 or 3");
      return formatMemoryBench(await runMemoryBench(overrides, log));
    },
  },
  {
    name: "import",
    title: "Import (lotse import of a 10,000-offer CSV network)",
    async run(log) {
      const overrides = defined<ImportBenchOptions>({ offers: wholeNumber("import-rows", values["import-rows"], 1) });
      return formatImportBench(await runImportBench(overrides, log));
    },
  },
];

const USAGE = [
  "usage: npm run bench -- [name …] [--no-record] [--option=value …]",
  `names (all without any): ${benches.map((bench) => bench.name).join(", ")}`,
  `options: ${Object.entries(OPTIONS)
    .map(([name, option]) => (option.type === "boolean" ? `--${name}` : `--${name}=…`))
    .join(" ")}`,
  "(sizes and their defaults: the top of bench/run.ts and each bench's DEFAULT_… options)",
].join("\n");

/** A wrong command line ends with one line and the usage, not a stack trace. */
function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let parsed: Parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: OPTIONS });
} catch (error) {
  usageError(error instanceof Error ? error.message.split("\n")[0]! : String(error));
}
values = parsed.values;
const positionals = parsed.positionals;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const wanted = [...positionals, ...(list(values.only) ?? [])];
for (const name of wanted) {
  if (!benches.some((bench) => bench.name === name)) usageError(`unknown bench "${name}"`);
}
const selected = wanted.length === 0 ? benches : benches.filter((bench) => wanted.includes(bench.name));
const started = Date.now();
for (const bench of selected) {
  // The machine as it was when this bench began (before it adds its own load).
  const facts = await machineFacts();
  console.log(`\n## ${bench.title}\n\n${facts.load}\n`);
  const text = await bench.run((line) => console.log(line));
  console.log(text);
  if (!values["no-record"]) appendResults(bench.title, text, facts);
}
console.log(`\n${selected.length} bench(es) in ${Math.round((Date.now() - started) / 1000)} s${values["no-record"] ? "" : "; figures appended to bench/RESULTS.md"}.`);
