// Outbox drain: how fast queued notifications reach Slack. A database with the sample network and
// many signups; one transaction queues a "signup-created" notification for each (as createSignup
// does, one per signup, each its own stream); then the outbox worker starts with the real Slack
// notifier (WebClient → the local fake Slack Web API) and the clock runs from the commit until
// the fake Slack (in a worker thread of its own, like a Slack elsewhere) has received every
// message, and until the database shows every row sent.
// No rate limit on the fake's side: this measures the bot, not Slack's own limits (which the
// sender still respects against the real API: a 429 postpones the rest of the run).
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { createSlackWebClient } from "../src/channels/slack/slack-client";
import { createSlackNotifier } from "../src/channels/slack/slack-notifier";
import { createPrismaClient } from "../src/db/client";
import type { PrismaClient } from "../src/generated/prisma/client";
import { loadTranslator } from "../src/i18n/translator";
import { createLogger } from "../src/logger";
import { enqueueNotification } from "../src/services/notification/enqueue";
import { startOutboxWorker } from "../src/services/notification/start-outbox-worker";
import { Worker } from "node:worker_threads";
import { prepareBenchDatabase } from "./support/bench-database";
import type { SlackServerMessage } from "./support/slack-server";
import { ms, whole } from "./support/stats";

const LOCALES_DIR = fileURLToPath(new URL("../locales", import.meta.url));
const SLACK_SERVER_ENTRY = new URL("./support/slack-server.ts", import.meta.url).href;
const TS_WORKER = new URL("./support/ts-worker.mjs", import.meta.url);

export interface OutboxBenchOptions {
  /** Notifications queued in the one transaction (one signup each). */
  notifications: number;
  /** Give up waiting after this long. */
  timeoutMs: number;
  /** The logger's level; production writes info (one line per notification sent). */
  logLevel: string;
}

export const DEFAULT_OUTBOX_BENCH: OutboxBenchOptions = { notifications: 2_000, timeoutMs: 120_000, logLevel: "info" };

export interface OutboxBenchResult {
  options: OutboxBenchOptions;
  /** Commit → the fake Slack received the last message, ms. */
  toAllReceivedMs: number;
  /** Commit → every row is marked sent in the database, ms. */
  toAllSentMs: number;
  /** Commit → the first message arrived, ms. */
  firstAfterMs: number;
  perSecond: number;
  received: number;
  sent: number;
  /** Enqueueing all of them in one transaction, ms. */
  enqueueMs: number;
  /** This thread busy (event-loop active) per notification during the drain, ms: outbox worker and Slack notifier. */
  busyMsPerNotification: number;
}

/** Residents × offers = signups; what the notifier renders needs nothing more. */
async function fillSignups(prisma: PrismaClient, count: number): Promise<number[]> {
  const opportunities = await prisma.opportunity.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const perResident = Math.min(opportunities.length, 10);
  const residents = Math.ceil(count / perResident);
  const now = new Date();
  await prisma.resident.createMany({
    data: Array.from({ length: residents }, (_, index) => ({
      channel: "telegram",
      channelUserId: String(900_000_000 + index),
      firstName: `Bench${index}`,
      telegramUsername: `bench_${index}`,
      consentAt: now,
      profileCompleteAt: now,
    })),
  });
  const residentIds = (await prisma.resident.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
  const data = [];
  for (let index = 0; index < count; index++) {
    data.push({
      residentId: residentIds[Math.floor(index / perResident)]!,
      opportunityId: opportunities[index % perResident]!.id,
      status: "new",
      message: "Ich freue mich darauf.",
      contactConsentAt: now,
    });
  }
  await prisma.signup.createMany({ data });
  return (await prisma.signup.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
}

/** The fake Slack in its worker thread (support/slack-server.ts). */
async function startSlackServer(expected: number) {
  const worker = new Worker(TS_WORKER, { workerData: { entry: SLACK_SERVER_ENTRY, expected } });
  const listeners = new Set<(message: SlackServerMessage) => void>();
  worker.on("message", (message: SlackServerMessage) => {
    for (const listener of [...listeners]) listener(message);
  });
  const next = <T extends SlackServerMessage["type"]>(type: T, where: (message: Extract<SlackServerMessage, { type: T }>) => boolean = () => true) =>
    new Promise<Extract<SlackServerMessage, { type: T }>>((resolve, reject) => {
      const listener = (message: SlackServerMessage) => {
        if (message.type !== type || !where(message as Extract<SlackServerMessage, { type: T }>)) return;
        listeners.delete(listener);
        resolve(message as Extract<SlackServerMessage, { type: T }>);
      };
      listeners.add(listener);
      worker.once("error", reject);
    });
  const { url } = await next("ready");
  const all = next("received", (message) => message.count >= expected);
  all.catch(() => {}); // awaited later; a failing worker must not end the process meanwhile
  return {
    url,
    /** Resolves when `expected` messages have arrived. */
    all,
    async counts() {
      const reply = next("received");
      worker.postMessage({ type: "report" });
      return reply;
    },
    async close() {
      const closed = next("closed");
      worker.postMessage({ type: "close" });
      await closed;
      await worker.terminate();
    },
  };
}

export async function runOutboxBench(overrides: Partial<OutboxBenchOptions> = {}): Promise<OutboxBenchResult> {
  const options = { ...DEFAULT_OUTBOX_BENCH, ...overrides };
  const database = await prepareBenchDatabase({ seed: true });
  const slack = await startSlackServer(options.notifications);
  const prisma = createPrismaClient(await database.copy("outbox"));
  try {
    const signupIds = await fillSignups(prisma, options.notifications);
    const destination = pino.destination({ dest: "/dev/null", sync: true }) as unknown as NodeJS.WritableStream;
    const logger = createLogger({ level: options.logLevel, destination });
    const client = createSlackWebClient({ token: "xoxb-bench", slackApiUrl: slack.url, logger });
    const notifier = createSlackNotifier({ prisma, translator: loadTranslator(LOCALES_DIR), logger, client, networkChannel: "C0NETZWERK" });

    const enqueueStarted = performance.now();
    await prisma.$transaction(
      async (tx) => {
        for (const signupId of signupIds) await enqueueNotification(tx, "signup-created", { signupId });
      },
      { timeout: 120_000 },
    );
    const committed = performance.now();
    const committedAt = performance.timeOrigin + committed;
    const busyBefore = performance.eventLoopUtilization();
    // As after a signup: the worker starts (or is kicked) once the transaction has committed.
    const worker = startOutboxWorker({ prisma, senders: { slack: notifier }, logger });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), options.timeoutMs);
    });
    await Promise.race([slack.all, timedOut]);
    const busy = performance.eventLoopUtilization(busyBefore);
    const { count: received, firstAt, lastAt } = await slack.counts();
    let sent = 0;
    let toAllSentMs = Number.NaN;
    while (performance.now() - committed < options.timeoutMs) {
      sent = await prisma.notification.count({ where: { kind: "signup-created", status: "sent" } });
      if (sent >= options.notifications) {
        toAllSentMs = performance.now() - committed;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    clearTimeout(timer);
    await worker.stop();
    const toAllReceivedMs = received >= options.notifications ? lastAt - committedAt : Number.NaN;
    return {
      options,
      toAllReceivedMs,
      toAllSentMs,
      firstAfterMs: firstAt - committedAt,
      perSecond: (options.notifications / toAllReceivedMs) * 1000,
      received,
      sent,
      enqueueMs: committed - enqueueStarted,
      busyMsPerNotification: busy.active / Math.max(1, received),
    };
  } finally {
    await prisma.$disconnect();
    await slack.close();
    await database.remove();
  }
}

export function formatOutboxBench(result: OutboxBenchResult): string {
  const { options } = result;
  return [
    `Outbox drain: ${options.notifications} "signup-created" notifications queued in one transaction (${ms(result.enqueueMs, 0)} ms), ` +
      `then the outbox worker with the real Slack notifier against the local fake Slack API (log level ${options.logLevel}).`,
    "",
    "| received by Slack | notifications/s | commit → first | commit → all received | commit → all marked sent | busy ms/notification |",
    "|---:|---:|---:|---:|---:|---:|",
    `| ${result.received}/${options.notifications} | ${whole(result.perSecond)} | ${ms(result.firstAfterMs, 0)} ms | ${ms(result.toAllReceivedMs, 0)} ms | ${ms(result.toAllSentMs, 0)} ms (${result.sent} sent) | ${ms(result.busyMsPerNotification, 2)} |`,
    "",
    "The fake Slack runs in a worker thread of its own. Busy = the outbox thread's event-loop active time (worker and notifier) per notification.",
    "Target: ≥ 200 notifications/s.",
  ].join("\n");
}
