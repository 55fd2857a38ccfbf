// End-to-end throughput: N simulated residents at once run the whole journey (onboarding →
// recommendations → details → signup → the Slack message for the organisation) against the
// local fake Bot API and fake Slack, with the app on a SQLite file in WAL mode, in webhook and in
// long-polling mode. The same load against a bare grammY bot that answers every update with one
// sendMessage gives the ceiling of grammY and the fake server; ours is reported as a share of it.
//
// The app runs in a worker thread (bench/support/e2e-server.ts), the fakes and the residents in
// this one: the bot gets a core of its own, as when Telegram is elsewhere.
//
// Timestamps are taken on the fake server's side: an update counts as received when getUpdates
// hands it out or the webhook POST starts, and as answered when the first reply for its chat
// arrives (sendMessage, editMessageText or editMessageReplyMarkup; answerCallbackQuery, which only
// stops the button's spinner, does not count). "Done" is when the bot reported the update
// settled (the app's onUpdateSettled hook).
import { performance } from "node:perf_hooks";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Update } from "grammy/types";
import { loadTranslator, type Translator } from "../src/i18n/translator";
import { startFakeSlackApi, type FakeSlackApi, type FakeSlackCall } from "../test/support/slack/fake-slack-api";
import { startFakeBotApi, type FakeBotApi } from "../test/support/telegram";
import { prepareBenchDatabase, type BenchDatabase } from "./support/bench-database";
import { machineCpuTime, machineUseBetween, type MachineUse } from "./support/cpu-time";
import type { ControlMessage, E2eServerConfig, ServerMessage } from "./support/e2e-protocol";
import { bareJourney, pollingTransport, residentJourney, SimResident, webhookTransport, type JourneyOutcome, type Transport } from "./support/sim-resident";
import { productionWorkerLimits } from "./support/production-node";
import { ms, quantile, whole } from "./support/stats";
import { seededRandom } from "./support/synthetic-network";

const LOCALES_DIR = fileURLToPath(new URL("../locales", import.meta.url));
const SERVER_ENTRY = new URL("./support/e2e-server.ts", import.meta.url).href;
const TS_WORKER = new URL("./support/ts-worker.mjs", import.meta.url);

export type E2eMode = "webhook" | "polling";

export interface E2eBenchOptions {
  /** Residents at once, one phase each. */
  residents: number[];
  modes: E2eMode[];
  /** Journeys each resident runs one after the other (each as a new Telegram user)… */
  journeysPerResident: number;
  /** …but at least this many journeys per phase, so that N = 1 has enough samples. */
  minJourneysPerPhase: number;
  /** Also run the bare grammY bot for the ceiling (the smoke test leaves it out to be quick). */
  ceiling: boolean;
  /**
   * Rounds, pooled per N: each runs ours, then the ceiling, then the ceiling with our calls, each
   * on a server started anew. This machine's speed drifts by a third from one ten seconds to the
   * next; taking turns lets ours and the ceilings share its slow and fast moments instead of one
   * getting all of either.
   */
  rounds: number;
  /** Journeys before the first phase of each server, unmeasured (JIT, caches). */
  warmupJourneys: number;
  /** Residents and seconds of the phase with the production throttle (0 residents: skipped). */
  productionThrottle: { residents: number; seconds: number; mode: E2eMode };
  /** The app's log level (production: info). */
  logLevel: string;
  /** With a directory: a CPU profile of the app during its largest phase per mode. */
  profileDir: string | null;
  seed: number;
}

export const DEFAULT_E2E_BENCH: E2eBenchOptions = {
  residents: [1, 10, 100],
  modes: ["webhook", "polling"],
  journeysPerResident: 2,
  minJourneysPerPhase: 20,
  ceiling: true,
  rounds: 3,
  warmupJourneys: 20,
  productionThrottle: { residents: 100, seconds: 20, mode: "polling" },
  logLevel: "info",
  profileDir: null,
  seed: 20_260_310,
};

export interface PhaseResult {
  residents: number;
  /** Rounds pooled into this result (their updates, time, samples together). */
  rounds: number;
  journeys: number;
  updates: number;
  seconds: number;
  updatesPerSecond: number;
  /** Received → first reply, ms. */
  reply: { p50: number; p99: number; samples: number };
  /** Received → settled, ms. */
  done: { p50: number; p99: number };
  /**
   * The bot's thread busy (event-loop active) per update, ms: its cost of one update, but it also
   * counts the moments the thread waited for a core (the load generator, V8's helpers, neighbours).
   */
  busyMsPerUpdate: number;
  /** The bot's thread's own CPU time per update, ms (Linux; null elsewhere): without the waits for a core. */
  cpuMsPerUpdate: number | null;
  /** How much of the machine's cores the phase used in all (bench process, bot, anything else). */
  machine: MachineUse | null;
  /** Updates that got no reply message (a tap that changed nothing, a flood notice…). */
  withoutReply: number;
  /** Bot API calls the bot made per update (all but getUpdates; a webhook reply counts as one). */
  apiCallsPerUpdate: number;
  outcomes: Partial<Record<JourneyOutcome, number>>;
  /** The confirming tap sent → its Slack message at the fake Slack, ms; null for the ceiling. */
  slack: { delivered: number; expected: number; p50: number; p99: number; lastAfterMs: number } | null;
}

export interface ModeResult {
  mode: E2eMode;
  /** Per N (as in app[]): ours / ceiling in each round, in percent. */
  roundRatios: number[][];
  ceiling: PhaseResult[];
  /** The bare bot making as many Bot API calls per update as the app did (sameCallsPerUpdate). */
  sameCalls: PhaseResult[];
  sameCallsPerUpdate: number | null;
  app: PhaseResult[];
  profiles: string[];
}

export interface E2eBenchResult {
  options: E2eBenchOptions;
  modes: ModeResult[];
  production: PhaseResult | null;
  updatesPerJourney: number;
}

/** Reply-side timestamps per chat, fed by the fake Bot API's observer. */
class ReplyClock {
  private readonly received = new Map<number, number>();
  private readonly pendingReply = new Map<number, number>();
  replySamples: number[] = [];
  doneSamples: number[] = [];
  withoutReply = 0;
  apiCalls = 0;

  reset(): void {
    this.received.clear();
    this.pendingReply.clear();
    this.replySamples = [];
    this.doneSamples = [];
    this.withoutReply = 0;
    this.apiCalls = 0;
  }

  updateReceived(update: Update): void {
    if (this.received.has(update.update_id)) return; // handed out again before the offset moved on
    const at = performance.now();
    this.received.set(update.update_id, at);
    const chat = chatOf(update);
    if (chat === undefined) return;
    if (this.pendingReply.has(chat)) this.withoutReply += 1;
    this.pendingReply.set(chat, at);
  }

  request(method: string, payload: Record<string, unknown>): void {
    const name = method.toLowerCase();
    if (name !== "getupdates") this.apiCalls += 1;
    if (name !== "sendmessage" && name !== "editmessagetext" && name !== "editmessagereplymarkup") return;
    const chat = Number(payload.chat_id);
    const since = this.pendingReply.get(chat);
    if (since === undefined) return;
    this.pendingReply.delete(chat);
    this.replySamples.push(performance.now() - since);
  }

  settled(updateId: number): void {
    const since = this.received.get(updateId);
    if (since === undefined) return;
    this.received.delete(updateId);
    this.doneSamples.push(performance.now() - since);
  }
}

function chatOf(update: Update): number | undefined {
  return update.message?.chat.id ?? update.callback_query?.message?.chat.id ?? update.callback_query?.from.id;
}

/** Signup (the confirming tap sent) → Slack message with the resident's t.me link, per resident. */
class SlackClock {
  private readonly signedUp = new Map<string, number>();
  private readonly arrived = new Map<string, number>();
  samples: number[] = [];
  lastArrival = 0;

  reset(): void {
    this.signedUp.clear();
    this.arrived.clear();
    this.samples = [];
    this.lastArrival = 0;
  }

  /** `at`: when the update that confirmed the signup was sent. */
  signup(username: string, at: number): void {
    this.signedUp.set(username, at);
    this.match(username);
  }

  call(call: FakeSlackCall): void {
    if (call.method !== "chat.postMessage" || call.failed) return;
    const found = /t\.me\/(bench_\d+)/.exec(JSON.stringify(call.body.blocks ?? call.body.text ?? ""));
    if (!found) return;
    const username = found[1]!;
    this.arrived.set(username, performance.now());
    this.match(username);
  }

  get delivered(): number {
    return this.samples.length;
  }

  private match(username: string): void {
    const signedUp = this.signedUp.get(username);
    const arrived = this.arrived.get(username);
    if (signedUp === undefined || arrived === undefined) return;
    this.signedUp.delete(username);
    this.samples.push(Math.max(0, arrived - signedUp));
    this.lastArrival = Math.max(this.lastArrival, arrived);
  }
}

interface ServerSession {
  telegram: FakeBotApi;
  slack: FakeSlackApi;
  transport: Transport;
  replies: ReplyClock;
  slackClock: SlackClock;
  control(message: ControlMessage): void;
  /** Resolves with the next "profiled" file. */
  nextProfile(): Promise<string>;
  /** The server thread's event-loop active time and CPU time so far, ms. */
  threadTimes(): Promise<{ activeMs: number; cpuMs: number | null }>;
}

async function withServer<T>(
  config: Omit<E2eServerConfig, "token" | "apiRoot" | "slackUrl" | "databaseUrl">,
  database: BenchDatabase,
  name: string,
  body: (session: ServerSession) => Promise<T>,
): Promise<T> {
  const replies = new ReplyClock();
  const slackClock = new SlackClock();
  const telegram = await startFakeBotApi({
    handledSignal: "report",
    settleTimeoutMs: 60_000,
    observer: {
      onRequest: (method, payload) => replies.request(method, payload),
      onUpdatesHandedOut: (updates) => {
        for (const update of updates) replies.updateReceived(update);
      },
    },
  });
  const slack = await startFakeSlackApi({ onCall: (call) => slackClock.call(call) });
  const worker = new Worker(TS_WORKER, {
    // Both bots, ours and the ceiling, with the production command's heap (package.json "start:prod").
    resourceLimits: productionWorkerLimits(),
    workerData: {
      entry: SERVER_ENTRY,
      config: { ...config, token: telegram.token, apiRoot: telegram.apiRoot, slackUrl: slack.url, databaseUrl: await database.copy(name) } satisfies E2eServerConfig,
    },
  });
  let failure: Error | undefined;
  const waiters = new Map<string, Array<(message: ServerMessage) => void>>();
  const nextOf = (type: ServerMessage["type"]) =>
    new Promise<ServerMessage>((resolve, reject) => {
      const list = waiters.get(type) ?? [];
      list.push(resolve);
      waiters.set(type, list);
      if (failure) reject(failure);
    });
  const failed = new Promise<never>((_, reject) => {
    worker.on("message", (message: ServerMessage) => {
      if (message.type === "settled") {
        for (const updateId of message.updateIds) {
          replies.settled(updateId);
          telegram.reportHandled(updateId);
        }
        return;
      }
      if (message.type === "failed") {
        failure = new Error(`bench server (${name}) failed: ${message.error}`);
        reject(failure);
        return;
      }
      waiters.get(message.type)?.shift()?.(message);
    });
    worker.on("error", (error) => {
      failure = error;
      reject(error);
    });
  });
  failed.catch(() => {});
  let webhookClose: (() => void) | undefined;
  try {
    const ready = (await Promise.race([nextOf("ready"), failed])) as Extract<ServerMessage, { type: "ready" }>;
    let transport: Transport;
    if (config.mode === "webhook") {
      if (!ready.webhookUrl) throw new Error("webhook mode without webhook URL");
      const webhook = webhookTransport(telegram, ready.webhookUrl, (update) => replies.updateReceived(update));
      webhookClose = webhook.close;
      transport = webhook;
    } else {
      transport = pollingTransport(telegram);
    }
    return await Promise.race([
      body({
        telegram,
        slack,
        transport,
        replies,
        slackClock,
        control: (message) => worker.postMessage(message),
        nextProfile: async () => ((await Promise.race([nextOf("profiled"), failed])) as Extract<ServerMessage, { type: "profiled" }>).file,
        threadTimes: async () => {
          const reply = nextOf("stats");
          worker.postMessage({ type: "stats" } satisfies ControlMessage);
          return (await Promise.race([reply, failed])) as Extract<ServerMessage, { type: "stats" }>;
        },
      }),
      failed,
    ]);
  } finally {
    worker.postMessage({ type: "stop" } satisfies ControlMessage);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([nextOf("stopped").catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, 30_000)))]);
    clearTimeout(timer);
    await worker.terminate();
    webhookClose?.();
    await telegram.close();
    await slack.close();
  }
}

let nextResidentId = 610_000_000;

/** Stops residents once the time is up (production-throttle phase). */
class TimeUp extends Error {}

async function runPhase(
  session: ServerSession,
  kind: "app" | "bare",
  options: { residents: number; journeysEach: number; translator: Translator; random: () => number; updatesPerJourney: number; deadline?: number },
): Promise<MeasuredPhase> {
  const { telegram, replies, slackClock } = session;
  replies.reset();
  slackClock.reset();
  const outcomes: Partial<Record<JourneyOutcome, number>> = {};
  let updates = 0;
  let journeys = 0;
  let lastSettled = 0;
  const transport: Transport = {
    async deliver(body) {
      if (options.deadline !== undefined && performance.now() >= options.deadline) throw new TimeUp();
      const update = await session.transport.deliver(body);
      updates += 1;
      lastSettled = performance.now();
      return update;
    },
  };
  const before = await session.threadTimes();
  const machineBefore = machineCpuTime();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.residents }, async () => {
      for (let journey = 0; journey < options.journeysEach; journey++) {
        if (options.deadline !== undefined && performance.now() >= options.deadline) return;
        const resident = new SimResident(telegram, transport, nextResidentId++);
        try {
          if (kind === "bare") {
            await bareJourney(resident, options.updatesPerJourney);
          } else {
            const outcome = await residentJourney(resident, options.translator, options.random);
            outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
            if (outcome === "signed-up") slackClock.signup(resident.username, resident.lastSentAt);
          }
          journeys += 1;
        } catch (error) {
          if (error instanceof TimeUp) return;
          throw error;
        }
      }
    }),
  );
  const seconds = (lastSettled - started) / 1000;
  const after = await session.threadTimes();
  const machine = machineUseBetween(machineBefore, machineCpuTime());
  const busyMs = after.activeMs - before.activeMs;
  const cpuMs = after.cpuMs !== null && before.cpuMs !== null ? after.cpuMs - before.cpuMs : null;
  let slack: PhaseResult["slack"] = null;
  if (kind === "app") {
    const expected = outcomes["signed-up"] ?? 0;
    const deadline = performance.now() + 60_000;
    while (slackClock.delivered < expected && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    slack = {
      delivered: slackClock.delivered,
      expected,
      p50: quantile(slackClock.samples, 0.5),
      p99: quantile(slackClock.samples, 0.99),
      lastAfterMs: slackClock.lastArrival > 0 ? slackClock.lastArrival - lastSettled : Number.NaN,
    };
  }
  const result: PhaseResult = {
    residents: options.residents,
    rounds: 1,
    journeys,
    updates,
    seconds,
    updatesPerSecond: updates / seconds,
    busyMsPerUpdate: busyMs / updates,
    cpuMsPerUpdate: cpuMs === null ? null : cpuMs / updates,
    machine,
    reply: { p50: quantile(replies.replySamples, 0.5), p99: quantile(replies.replySamples, 0.99), samples: replies.replySamples.length },
    done: { p50: quantile(replies.doneSamples, 0.5), p99: quantile(replies.doneSamples, 0.99) },
    withoutReply: replies.withoutReply,
    apiCallsPerUpdate: replies.apiCalls / updates,
    outcomes,
    slack,
  };
  return { result, samples: { reply: replies.replySamples, done: replies.doneSamples, slack: slackClock.samples } };
}

type ServerKind = "app" | "bare" | "same-calls";

/** A phase's result and the latencies behind its quantiles, so that rounds can be pooled. */
interface MeasuredPhase {
  result: PhaseResult;
  samples: { reply: number[]; done: number[]; slack: number[] };
}

/**
 * Rounds of one phase as one: their updates over their time together, CPU and busy time per update
 * over all updates, quantiles over all samples, the machine's use weighted by time.
 */
export function poolPhases(phases: readonly MeasuredPhase[]): PhaseResult {
  if (phases.length === 1) return phases[0]!.result;
  const results = phases.map((phase) => phase.result);
  const sum = (value: (phase: PhaseResult) => number) => results.reduce((total, phase) => total + value(phase), 0);
  const all = (pick: (samples: MeasuredPhase["samples"]) => number[]) => phases.flatMap((phase) => pick(phase.samples));
  const updates = sum((phase) => phase.updates);
  const seconds = sum((phase) => phase.seconds);
  const reply = all((samples) => samples.reply);
  const done = all((samples) => samples.done);
  const slackSamples = all((samples) => samples.slack);
  const outcomes: PhaseResult["outcomes"] = {};
  for (const phase of results) for (const [outcome, count] of Object.entries(phase.outcomes) as Array<[JourneyOutcome, number]>) outcomes[outcome] = (outcomes[outcome] ?? 0) + count;
  const machines = results.map((phase) => phase.machine);
  const machine = machines.every((use): use is MachineUse => use !== null)
    ? {
        busyPercent: machines.reduce((total, use, index) => total + use.busyPercent * results[index]!.seconds, 0) / seconds,
        stealPercent: Math.max(...machines.map((use) => use.stealPercent)),
        cores: machines[0]!.cores,
      }
    : null;
  const slacks = results.map((phase) => phase.slack);
  const slack = slacks.every((one): one is NonNullable<PhaseResult["slack"]> => one !== null)
    ? {
        delivered: slacks.reduce((total, one) => total + one.delivered, 0),
        expected: slacks.reduce((total, one) => total + one.expected, 0),
        p50: quantile(slackSamples, 0.5),
        p99: quantile(slackSamples, 0.99),
        lastAfterMs: Math.max(...slacks.map((one) => one.lastAfterMs)),
      }
    : null;
  const cpuKnown = results.every((phase) => phase.cpuMsPerUpdate !== null);
  return {
    residents: results[0]!.residents,
    rounds: results.length,
    journeys: sum((phase) => phase.journeys),
    updates,
    seconds,
    updatesPerSecond: updates / seconds,
    busyMsPerUpdate: sum((phase) => phase.busyMsPerUpdate * phase.updates) / updates,
    cpuMsPerUpdate: cpuKnown ? sum((phase) => phase.cpuMsPerUpdate! * phase.updates) / updates : null,
    machine,
    reply: { p50: quantile(reply, 0.5), p99: quantile(reply, 0.99), samples: reply.length },
    done: { p50: quantile(done, 0.5), p99: quantile(done, 0.99) },
    withoutReply: sum((phase) => phase.withoutReply),
    apiCallsPerUpdate: sum((phase) => phase.apiCallsPerUpdate * phase.updates) / updates,
    outcomes,
    slack,
  };
}

export async function runE2eBench(overrides: Partial<E2eBenchOptions> = {}, log: (line: string) => void = () => {}): Promise<E2eBenchResult> {
  const options: E2eBenchOptions = { ...DEFAULT_E2E_BENCH, ...overrides };
  const translator = loadTranslator(LOCALES_DIR);
  const random = seededRandom(options.seed);
  const database = await prepareBenchDatabase({ seed: true });
  if (options.profileDir) mkdirSync(options.profileDir, { recursive: true });
  const journeysEach = (residents: number) => Math.max(options.journeysPerResident, Math.ceil(options.minJourneysPerPhase / residents));
  try {
    // The ceiling sends as many updates per journey as the residents' journeys had (the app runs first).
    let updatesPerJourney = 0;
    const modes: ModeResult[] = [];
    for (const mode of options.modes) {
      const result: ModeResult = { mode, roundRatios: [], ceiling: [], sameCalls: [], sameCallsPerUpdate: null, app: [], profiles: [] };
      const largest = Math.max(...options.residents);
      const perSize = () => options.residents.map((): MeasuredPhase[] => []);
      const measured: Record<ServerKind, MeasuredPhase[][]> = { app: perSize(), bare: perSize(), "same-calls": perSize() };
      const serverConfig = (server: { kind: "app" } | { kind: "bare"; callsPerUpdate?: number }) => ({
        ...server,
        mode,
        throttle: "lifted" as const,
        logLevel: options.logLevel,
        ...(options.profileDir ? { profileDir: options.profileDir } : {}),
      });
      const warmUp = async (session: ServerSession, kind: ServerKind) => {
        if (options.warmupJourneys <= 0) return;
        const concurrency = Math.min(10, options.warmupJourneys);
        await runPhase(session, kind === "app" ? "app" : "bare", { translator, random, updatesPerJourney, residents: concurrency, journeysEach: Math.ceil(options.warmupJourneys / concurrency) });
      };
      const phase = async (session: ServerSession, kind: ServerKind, index: number, round: number) => {
        const residents = options.residents[index]!;
        const profiling = kind === "app" && round === 0 && options.profileDir !== null && residents === largest;
        if (profiling) session.control({ type: "profile-start" });
        const one = await runPhase(session, kind === "app" ? "app" : "bare", { translator, random, updatesPerJourney, residents, journeysEach: journeysEach(residents) });
        if (profiling) {
          session.control({ type: "profile-stop", name: `e2e-${mode}-n${residents}` });
          result.profiles.push(await session.nextProfile());
        }
        measured[kind][index]!.push(one);
        // The ceilings send as many updates per journey as the app's journeys had in its first round.
        if (kind === "app" && round === 0 && one.result.journeys > 0) updatesPerJourney = Math.round(one.result.updates / one.result.journeys);
        const label = kind === "bare" ? "ceiling" : kind === "same-calls" ? "ceiling with the app's calls" : "app";
        const which = options.rounds > 1 ? ` (round ${round + 1})` : "";
        log(`  ${mode} ${label} N=${residents}${which}: ${whole(one.result.updatesPerSecond)} updates/s, reply p50 ${ms(one.result.reply.p50)} ms p99 ${ms(one.result.reply.p99)} ms`);
      };
      const eachSize = async (run: (index: number) => Promise<void>) => {
        for (let index = 0; index < options.residents.length; index++) await run(index);
      };

      // Each round starts its servers anew, one at a time, as a single round always did: a server
      // left running could cost the next one's measurement (its app's timers, its fake Bot API
      // keeping every chat's messages in this thread's heap).
      for (let round = 0; round < options.rounds; round++) {
        await withServer(serverConfig({ kind: "app" }), database, `app-${mode}`, async (app) => {
          await warmUp(app, "app");
          await eachSize((index) => phase(app, "app", index, round));
        });
        if (!options.ceiling) continue;
        if (round === 0) {
          // The second ceiling makes as many Bot API calls per update as the app did in its first round.
          const first = measured.app.map((phases) => phases[0]!.result);
          const firstUpdates = first.reduce((sum, one) => sum + one.updates, 0);
          result.sameCallsPerUpdate = first.reduce((sum, one) => sum + one.apiCallsPerUpdate * one.updates, 0) / firstUpdates;
        }
        await withServer(serverConfig({ kind: "bare" }), database, `bare-${mode}`, async (bare) => {
          await warmUp(bare, "bare");
          await eachSize((index) => phase(bare, "bare", index, round));
        });
        await withServer(serverConfig({ kind: "bare", callsPerUpdate: result.sameCallsPerUpdate! }), database, `same-calls-${mode}`, async (sameCalls) => {
          await warmUp(sameCalls, "same-calls");
          await eachSize((index) => phase(sameCalls, "same-calls", index, round));
        });
      }
      result.app = measured.app.map(poolPhases);
      if (options.ceiling) {
        result.ceiling = measured.bare.map(poolPhases);
        result.sameCalls = measured["same-calls"].map(poolPhases);
        result.roundRatios = measured.app.map((rounds, index) =>
          rounds.map((one, round) => (100 * one.result.updatesPerSecond) / measured.bare[index]![round]!.result.updatesPerSecond),
        );
      }
      modes.push(result);
    }

    let production: PhaseResult | null = null;
    const prod = options.productionThrottle;
    if (prod.residents > 0 && prod.seconds > 0) {
      production = await withServer({ kind: "app", mode: prod.mode, throttle: "production", logLevel: options.logLevel }, database, "production", async (session) =>
        (await runPhase(session, "app", { translator, random, updatesPerJourney, residents: prod.residents, journeysEach: 1_000, deadline: performance.now() + prod.seconds * 1000 })).result,
      );
      log(`  production throttle ${prod.mode} N=${prod.residents}: ${whole(production.updatesPerSecond)} updates/s`);
    }
    return { options, modes, production, updatesPerJourney };
  } finally {
    await database.remove();
  }
}

/**
 * How much of the machine the largest phases kept busy: the bot's thread is one of several that
 * share its cores (the load generator, V8's garbage-collection helpers of both), so "ours / ceiling"
 * is read against how much room there was.
 */
function machineUseLine(mode: ModeResult): string | null {
  const largest = mode.app.length - 1;
  const use = (phase: PhaseResult | undefined) => (phase?.machine ? `${Math.round(phase.machine.busyPercent)} %` : "—");
  const app = mode.app[largest];
  if (!app?.machine) return null;
  const stolen = [app, mode.ceiling[largest], mode.sameCalls[largest]].map((phase) => phase?.machine?.stealPercent ?? 0);
  return (
    `Machine during N=${app.residents}: ${use(app)} of its ${app.machine.cores} cores busy with ours, ${use(mode.ceiling[largest])} with the ceiling, ` +
    `${use(mode.sameCalls[largest])} with our calls (stolen by the hypervisor at most ${Math.round(Math.max(...stolen))} %). ` +
    "Bot CPU = the bot thread's own CPU time (Linux), without the waits for a core that busy includes."
  );
}

export function formatE2eBench(result: E2eBenchResult): string {
  const { options } = result;
  const lines: string[] = [
    `End to end: N residents at once, each journey ${result.updatesPerJourney} updates (onboarding → offers → details → signup → Slack);`,
    `app on SQLite (WAL), log level ${options.logLevel}, outgoing throttle lifted (see below); ceiling = bare grammY bot (one sendMessage per update, after answering a button).`,
    "Reply = update received (handed out by getUpdates / webhook POST) → first reply request for its chat at the fake Bot API; done = → the bot reported it settled.",
    ...(options.rounds > 1
      ? [
          `Each figure pools ${options.rounds} rounds (updates over time, quantiles over all samples); each round runs ours, the ceiling and the ceiling with our calls in turn, each on a server started anew, so that they share the machine's slow and fast moments. "by round": ours / ceiling in each.`,
        ]
      : []),
    "",
  ];
  for (const mode of result.modes) {
    lines.push(
      `**${mode.mode}**`,
      "",
      "| N | journeys | updates | ours upd/s | ceiling upd/s | ours / ceiling | by round | ceiling with our calls upd/s | ours / it | reply p50 / p99 ms | done p50 / p99 ms | ceiling reply p50 / p99 ms | bot busy ms/update, ours / ceiling / with our calls | bot CPU ms/update, ours / ceiling / with our calls | Slack: delivered, confirm tap → Slack p50 / p99 ms |",
      "|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|",
    );
    const percent = (ours: PhaseResult, of: PhaseResult | undefined) => (of ? `${Math.round((100 * ours.updatesPerSecond) / of.updatesPerSecond)} %` : "—");
    const cpu = (phase: PhaseResult | undefined) => (phase?.cpuMsPerUpdate != null ? ms(phase.cpuMsPerUpdate, 2) : "—");
    mode.app.forEach((app, index) => {
      const ceiling = mode.ceiling[index];
      const sameCalls = mode.sameCalls[index];
      const ratio = percent(app, ceiling);
      const slack = app.slack ? `${app.slack.delivered}/${app.slack.expected}, ${ms(app.slack.p50, 0)} / ${ms(app.slack.p99, 0)}` : "—";
      const byRound = mode.roundRatios[index]?.map((value) => Math.round(value)).join(" / ") || "—";
      lines.push(
        `| ${app.residents} | ${app.journeys} | ${app.updates} | ${whole(app.updatesPerSecond)} | ${ceiling ? whole(ceiling.updatesPerSecond) : "—"} | ${ratio} | ${byRound} | ` +
          `${sameCalls ? whole(sameCalls.updatesPerSecond) : "—"} | ${percent(app, sameCalls)} | ` +
          `${ms(app.reply.p50)} / ${ms(app.reply.p99)} | ${ms(app.done.p50)} / ${ms(app.done.p99)} | ${ceiling ? `${ms(ceiling.reply.p50)} / ${ms(ceiling.reply.p99)}` : "—"} | ` +
          `${ms(app.busyMsPerUpdate, 2)} / ${ceiling ? ms(ceiling.busyMsPerUpdate, 2) : "—"} / ${sameCalls ? ms(sameCalls.busyMsPerUpdate, 2) : "—"} | ` +
          `${cpu(app)} / ${cpu(ceiling)} / ${cpu(sameCalls)} | ${slack} |`,
      );
    });
    const unusual = mode.app.filter((app) => (app.outcomes["no-offers"] ?? 0) + (app.outcomes.unavailable ?? 0) > 0);
    for (const app of unusual) lines.push(`(N=${app.residents}: outcomes ${JSON.stringify(app.outcomes)})`);
    if (mode.sameCallsPerUpdate !== null) {
      lines.push(
        `Bot API calls per update: ours ${ms(mode.sameCallsPerUpdate, 2)} (all but getUpdates; a webhook reply counts), the ceiling ${ms(mode.ceiling[0]?.apiCallsPerUpdate ?? Number.NaN, 2)}. ` +
          "\"Ceiling with our calls\": the bare bot making as many (the button's answer, then messages; in webhook mode the answer as a webhook reply, as ours).",
      );
    }
    const machineLine = machineUseLine(mode);
    if (machineLine) lines.push(machineLine);
    if (mode.profiles.length > 0) lines.push("", `CPU profiles: ${mode.profiles.join(", ")}`);
    lines.push("");
  }
  if (result.production) {
    const p = result.production;
    lines.push(
      `**Production throttle** (TELEGRAM_THROTTLE: per chat a burst of 3 then 1 message/s; 30 messages/s in all), ${options.productionThrottle.mode}, N=${p.residents}, ${options.productionThrottle.seconds} s:`,
      `${whole(p.updatesPerSecond)} updates/s (${p.updates} updates), reply p50 ${ms(p.reply.p50)} ms, p99 ${ms(p.reply.p99)} ms. ` +
        "Bounded by the throttle, not the bot: at most 30 messages a second leave in all, and each chat gets one a second after its burst.",
      "",
    );
  }
  lines.push("Targets: ours ≥ 60 % of the ceiling and ≥ 500 updates/s.");
  return lines.join("\n");
}
