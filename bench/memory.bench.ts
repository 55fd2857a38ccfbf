// Memory of the running app (RSS, V8 heap), in a process of its own (bench/support/memory-child.ts,
// after two full GCs) while this process plays Telegram and Slack:
//   1. idle: started (as after a restart) on a migrated database holding the sample network,
//      polling the fake Bot API;
//   2. after 10,000 residents mid-flow: each sent /start and stands at the language question (with
//      --memory-steps=3: took the proposed language, agreed to the privacy notice and stands at the
//      interests question): a Conversation row each, plus whatever the app keeps per chat in
//      memory (throttler queues, rate-limit counters, …);
//   3. after 100,000 offers: written into the database by another process (as `lotse import` would)
//      and loaded into the offer index (src/services/opportunity/offer-index.ts) by the app.
import { fork, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "../src/db/client";
import { applyMigrations } from "../src/db/migrate";
import { SAMPLE_NETWORK_FILE, seedNetworkIfEmpty } from "../src/services/network/seed-if-empty";
import { loadTranslator } from "../src/i18n/translator";
import { startFakeSlackApi } from "../test/support/slack/fake-slack-api";
import { startFakeBotApi, type FakeBotApi } from "../test/support/telegram";
import { ensureBuild } from "./support/dist-build";
import type { ChildMessage, ChildRequest, MemoryFigures } from "./support/memory-protocol";
import { productionNodeOptions } from "./support/production-node";
import { pollingTransport, SimResident } from "./support/sim-resident";
import { seedSyntheticNetwork } from "./support/synthetic-network";
import { ms, whole } from "./support/stats";

const CHILD = fileURLToPath(new URL("./support/memory-child.mjs", import.meta.url));
const LOCALES_DIR = fileURLToPath(new URL("../locales", import.meta.url));

export interface MemoryBenchOptions {
  residents: number;
  /**
   * How far each resident gets: 1 = /start (at the language question), 2 = took the proposed
   * language (at the privacy notice), 3 = agreed to it (at the interests question).
   */
  steps: number;
  /** Residents talking to the bot at the same time. */
  concurrency: number;
  offers: number;
  seed: number;
  /**
   * "dist": the compiled build, as `npm run start:prod` runs it (built first if stale); "tsx":
   * the TypeScript sources through tsx, as `npm start` runs them (its compiler costs ~50 MB).
   */
  runtime: "dist" | "tsx";
}

export const DEFAULT_MEMORY_BENCH: MemoryBenchOptions = { residents: 10_000, steps: 1, concurrency: 200, offers: 100_000, seed: 20_261_125, runtime: "dist" };

export interface MemoryBenchResult {
  options: MemoryBenchOptions;
  /** What ran: options.runtime, or tsx when the build failed. */
  runtime: MemoryBenchOptions["runtime"];
  /** How long `npm run build` took before the run, if it had to. */
  buildMs: number | null;
  idle: MemoryFigures;
  residents: MemoryFigures;
  offers: MemoryFigures;
  conversations: number;
  residentUpdatesPerSecond: number;
  indexedOffers: number;
  indexBuildMs: number;
}

class Child {
  private readonly waiting: Array<{ accept: (message: ChildMessage) => boolean; resolve: (message: ChildMessage) => void }> = [];
  private failure: Error | undefined;

  constructor(
    readonly process: ChildProcess,
    telegram: FakeBotApi,
  ) {
    process.on("message", (message: ChildMessage) => {
      if (message.type === "settled") {
        for (const updateId of message.updateIds) telegram.reportHandled(updateId);
        return;
      }
      if (message.type === "failed") this.fail(new Error(`memory child failed: ${message.error}`));
      const index = this.waiting.findIndex((waiter) => waiter.accept(message));
      if (index >= 0) this.waiting.splice(index, 1)[0]!.resolve(message);
    });
    process.once("exit", (code) => this.fail(new Error(`memory child exited (${code})`)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.splice(0)) waiter.resolve({ type: "failed", error: error.message });
  }

  next<T extends ChildMessage["type"]>(type: T, request?: ChildRequest): Promise<Extract<ChildMessage, { type: T }>> {
    if (this.failure) return Promise.reject(this.failure);
    const reply = new Promise<ChildMessage>((resolve) => this.waiting.push({ accept: (message) => message.type === type, resolve }));
    if (request) this.process.send(request);
    return reply.then((message) => {
      if (message.type === "failed") throw new Error(message.error);
      return message as Extract<ChildMessage, { type: T }>;
    });
  }
}

export async function runMemoryBench(overrides: Partial<MemoryBenchOptions> = {}, log: (line: string) => void = () => {}): Promise<MemoryBenchResult> {
  const options = { ...DEFAULT_MEMORY_BENCH, ...overrides };
  let runtime = options.runtime;
  let buildMs: number | null = null;
  if (runtime === "dist") {
    try {
      buildMs = ensureBuild();
    } catch (error) {
      log(`  npm run build failed (${error instanceof Error ? error.message.split("\n")[0] : String(error)}): measuring through tsx instead`);
      runtime = "tsx";
    }
  }
  const dir = await mkdtemp(path.join(tmpdir(), "lotse-bench-memory-"));
  const databaseUrl = `file:${path.join(dir, "lotse.db")}`;
  // A restart, not a first install: the database is migrated and holds the sample network, so the
  // app opens no migration engine and imports nothing at start-up.
  await applyMigrations({ databaseUrl });
  const seeding = createPrismaClient(databaseUrl);
  try {
    await seedNetworkIfEmpty(seeding, SAMPLE_NETWORK_FILE);
  } finally {
    await seeding.$disconnect();
  }
  const telegram = await startFakeBotApi({ handledSignal: "report", settleTimeoutMs: 60_000 });
  const slack = await startFakeSlackApi();
  const child = new Child(
    fork(CHILD, [], {
      execArgv: [...productionNodeOptions(), "--expose-gc", ...(runtime === "tsx" ? ["--import", "tsx"] : [])],
      env: {
        ...process.env,
        LOTSE_BENCH_RUNTIME: runtime,
        DATABASE_URL: databaseUrl,
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        SLACK_BOT_TOKEN: "xoxb-bench",
        SLACK_API_URL: slack.url,
        SLACK_NETWORK_CHANNEL: "C0NETZWERK",
        LOG_LEVEL: "silent",
      },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
    telegram,
  );
  try {
    await child.next("ready");
    await telegram.waitForCall("getUpdates", () => true, { since: 0, timeoutMs: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const idle = (await child.next("measured", { type: "measure", label: "idle" })).memory;
    log(`  idle: RSS ${mb(idle.rss)} MB`);

    // Residents, `concurrency` at a time, each up to the interests question.
    const translator = loadTranslator(LOCALES_DIR);
    const t = (key: string) => translator.t("de", key);
    const transport = pollingTransport(telegram);
    let next = 0;
    let updates = 0;
    const started = performance.now();
    const worker = async () => {
      for (let index = next++; index < options.residents; index = next++) {
        const resident = new SimResident(telegram, transport, 900_000_000 + index);
        await resident.send("/start");
        if (options.steps >= 2) await resident.tap(t("onboarding-language-suggest-yes"));
        if (options.steps >= 3) await resident.tap(t("onboarding-privacy-agree"));
        updates += resident.updates;
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, options.residents) }, worker));
    const residentUpdatesPerSecond = updates / ((performance.now() - started) / 1000);
    const prisma = createPrismaClient(databaseUrl);
    let conversations: number;
    try {
      conversations = await prisma.conversation.count();
      const residents = (await child.next("measured", { type: "measure", label: "residents" })).memory;
      log(`  ${whole(options.residents)} residents mid-flow: RSS ${mb(residents.rss)} MB (${ms(residentUpdatesPerSecond, 0)} updates/s)`);

      // Offers written by another process, then loaded by the app.
      await seedSyntheticNetwork(prisma, { seed: options.seed, districts: 60, organisations: Math.max(1, Math.round(options.offers / 25)), offers: options.offers, residents: 0, now: new Date() });
      const built = await child.next("index-built", { type: "build-index" });
      const offers = (await child.next("measured", { type: "measure", label: "offers" })).memory;
      log(`  ${whole(options.offers)} offers in the index: RSS ${mb(offers.rss)} MB`);
      return { options, runtime, buildMs, idle, residents, offers, conversations, residentUpdatesPerSecond, indexedOffers: built.offers, indexBuildMs: built.ms };
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    if (child.process.connected) await child.next("stopped", { type: "stop" }).catch(() => undefined);
    if (child.process.exitCode === null) child.process.kill();
    await telegram.close();
    await slack.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

export function formatMemoryBench(result: MemoryBenchResult): string {
  const { options } = result;
  const row = (label: string, figures: MemoryFigures) =>
    `| ${label} | ${mb(figures.rss)} | ${mb(figures.heapUsed)} | ${mb(figures.heapTotal)} | ${mb(figures.external)} | ${mb(figures.maxRss)} |`;
  const perResident = (result.residents.rss - result.idle.rss) / options.residents;
  const perResidentHeap = (result.residents.heapUsed - result.idle.heapUsed) / options.residents;
  const perOffer = (result.offers.rss - result.residents.rss) / Math.max(1, result.indexedOffers);
  const perOfferHeap = (result.offers.heapUsed - result.residents.heapUsed) / Math.max(1, result.indexedOffers);
  return [
    `memory of the app (own process, after full GCs; ${result.runtime === "dist" ? "compiled build, as npm run start:prod" : "TypeScript through tsx, as npm start"}): ` +
      `${whole(options.residents)} residents, ${whole(options.offers)} offers (seed ${options.seed})` +
      (result.buildMs === null ? "" : ` — npm run build ran first (${ms(result.buildMs / 1000, 1)} s)`),
    "",
    "| state | RSS MB | heap used MB | heap total MB | external MB | peak RSS so far MB |",
    "|---|---:|---:|---:|---:|---:|",
    row("idle (restarted on a migrated database with the sample network)", result.idle),
    row(`${whole(options.residents)} residents mid-flow (${whole(result.conversations)} conversations)`, result.residents),
    row(`+ ${whole(result.indexedOffers)} active offers in the index`, result.offers),
    "",
    `(residents: ${options.steps === 1 ? "/start" : options.steps === 2 ? "/start, language" : "/start, language, privacy notice"})`,
    `per resident mid-flow: RSS ${ms(perResident / 1024, 2)} KB, heap ${ms(perResidentHeap / 1024, 2)} KB (residents driven at ${ms(result.residentUpdatesPerSecond, 0)} updates/s, ${options.concurrency} at a time)`,
    `per offer in the index: RSS ${ms(perOffer, 0)} B, heap ${ms(perOfferHeap, 0)} B; index built in ${ms(result.indexBuildMs, 0)} ms`,
  ].join("\n");
}
