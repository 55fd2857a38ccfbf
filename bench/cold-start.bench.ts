// Cold start: from spawning the process to the first update answered, with a migrated and seeded
// database (a restart, not a first install). The fake Bot API holds a /start in its queue before
// the process exists; the clock stops when the fake receives the sendMessage for that chat.
// Measured for `npm start` (scripts/start.mjs: the bundle, made first when src/ changed), `npm run start:prod` and
// `node dist/main.js` with start:prod's options (the bundle of `npm run build`, what a service manager runs).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { utimesSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { Update } from "grammy/types";
import { startFakeSlackApi } from "../test/support/slack/fake-slack-api";
import { startFakeBotApi, TestUser } from "../test/support/telegram";
import { prepareBenchDatabase } from "./support/bench-database";
import { ensureBuild } from "./support/dist-build";
import { productionNodeOptions } from "./support/production-node";
import { DIST_MAIN } from "../scripts/bundle.mjs";
import { median, ms, quantile } from "./support/stats";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export interface ColdStartBenchOptions {
  /** Timed starts per command (after one untimed start that warms the file cache). */
  runs: number;
  /** Which commands to time. */
  commands: ColdStartCommand[];
  /** Give up on one start after this long. */
  timeoutMs: number;
}

export type ColdStartCommand = "npm start" | "npm run start:prod" | "node dist/main.js";

export const DEFAULT_COLD_START_BENCH: ColdStartBenchOptions = {
  runs: 5,
  commands: ["npm start", "npm run start:prod", "node dist/main.js"],
  timeoutMs: 60_000,
};

export interface ColdStartTiming {
  /** Spawn → the app's first Bot API call (getMe, sent before the database, translations and flows are prepared): loading the code and config. */
  toGetMeMs: number;
  /** Spawn → the reply to the queued /start reached the fake Bot API. */
  toFirstReplyMs: number;
}

export interface ColdStartResult {
  command: ColdStartCommand;
  runs: ColdStartTiming[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  medianToGetMeMs: number;
}

export interface ColdStartBenchResult {
  options: ColdStartBenchOptions;
  /** Whether `npm run build` ran first (dist/ missing or older than src/), and how long it took. */
  buildMs: number | null;
  results: ColdStartResult[];
  /**
   * `npm start` once right after a source file changed (its time stamp is set to now): it bundles
   * first (scripts/start.mjs). Null when `npm start` is not among the commands.
   */
  afterChange: ColdStartTiming | null;
  /** `node -e 0` on this machine, median of the runs, ms: what any Node process costs before our code. */
  bareNodeMs: number;
}

/** What to spawn for a command; package.json is read when a start is timed, not when this module loads. */
function argvOf(command: ColdStartCommand): [string, string[]] {
  switch (command) {
    case "npm start":
      return ["npm", ["start"]];
    case "npm run start:prod":
      return ["npm", ["run", "start:prod"]];
    case "node dist/main.js":
      return [process.execPath, [...productionNodeOptions(), DIST_MAIN]];
  }
}

export async function runColdStartBench(overrides: Partial<ColdStartBenchOptions> = {}): Promise<ColdStartBenchResult> {
  const options = { ...DEFAULT_COLD_START_BENCH, ...overrides };
  const needsBuild = options.commands.some((command) => command !== "npm start");
  const buildMs = needsBuild ? ensureBuild() : null;

  const database = await prepareBenchDatabase({ seed: true });
  const slack = await startFakeSlackApi();
  try {
    const results: ColdStartResult[] = [];
    let run = 0;
    for (const command of options.commands) {
      const timings: ColdStartTiming[] = [];
      for (let attempt = 0; attempt <= options.runs; attempt++) {
        const timing = await timeOneStart(command, await database.copy(`run-${run++}`), slack.url, options.timeoutMs);
        if (attempt > 0) timings.push(timing); // the first start only warms the file cache
      }
      const replies = timings.map((timing) => timing.toFirstReplyMs);
      results.push({
        command,
        runs: timings,
        medianMs: median(replies),
        minMs: Math.min(...replies),
        maxMs: quantile(replies, 1),
        medianToGetMeMs: median(timings.map((timing) => timing.toGetMeMs)),
      });
    }
    let afterChange: ColdStartTiming | null = null;
    if (options.commands.includes("npm start")) {
      const now = new Date();
      utimesSync(path.join(ROOT, "src", "main.ts"), now, now);
      afterChange = await timeOneStart("npm start", await database.copy(`run-${run++}`), slack.url, options.timeoutMs);
    }
    const bareNode: number[] = [];
    for (let attempt = 0; attempt <= options.runs; attempt++) {
      const started = performance.now();
      spawnSync(process.execPath, ["-e", "0"], { env: process.env, stdio: "ignore" });
      if (attempt > 0) bareNode.push(performance.now() - started);
    }
    return { options, buildMs, results, afterChange, bareNodeMs: median(bareNode) };
  } finally {
    await slack.close();
    await database.remove();
  }
}

async function timeOneStart(command: ColdStartCommand, databaseUrl: string, slackUrl: string, timeoutMs: number): Promise<ColdStartTiming> {
  const telegram = await startFakeBotApi();
  const resident = new TestUser(telegram, { id: 4_200_001, firstName: "Erika", languageCode: "de" });
  telegram.enqueueUpdate({ message: telegram.addUserMessage(resident.chatId, "/start", [{ type: "bot_command", offset: 0, length: 6 }]) as NonNullable<Update["message"]> });

  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(TELEGRAM_|SLACK_|PRIVACY_|DATABASE_URL$|PORT$|LOG_LEVEL$|NODE_OPTIONS$)/.test(key)) delete env[key];
  }
  Object.assign(env, {
    DATABASE_URL: databaseUrl,
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_API_URL: slackUrl,
    SLACK_NETWORK_CHANNEL: "C0NETZWERK",
    LOG_LEVEL: "info",
    npm_config_update_notifier: "false",
  });
  const [file, args] = argvOf(command);
  const started = performance.now();
  // Its own process group: npm → sh → tsx → node are stopped together.
  const child = spawn(file, args, { cwd: ROOT, env, detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-4_000);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  try {
    const early = exited.then((code) => {
      throw new Error(`${command} exited (code ${code}) before answering:\n${stderr}`);
    });
    const getMe = telegram.waitForCall("getMe", () => true, { since: 0, timeoutMs }).then(() => performance.now() - started);
    const reply = telegram
      .waitForCall("sendMessage", (call) => Number(call.payload.chat_id) === resident.chatId, { since: 0, timeoutMs })
      .then(() => performance.now() - started);
    const [toGetMeMs, toFirstReplyMs] = await Promise.race([Promise.all([getMe, reply]), early]);
    early.catch(() => {});
    return { toGetMeMs, toFirstReplyMs };
  } finally {
    await stopProcessGroup(child, exited);
    await telegram.close();
  }
}

async function stopProcessGroup(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const killed = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      signal("SIGKILL");
      resolve();
    }, 15_000);
  });
  await Promise.race([exited, killed]);
  clearTimeout(timer);
}

export function formatColdStartBench(result: ColdStartBenchResult): string {
  const lines = [
    `Cold start, process spawn → first update answered (migrated and seeded database, ${result.options.runs} timed starts each after one untimed):`,
    ...(result.buildMs === null ? [] : [`  (npm run build ran first: ${ms(result.buildMs / 1000)} s)`]),
    "",
    "| command | median | min | max | median to getMe |",
    "|---|---:|---:|---:|---:|",
    ...result.results.map(
      (entry) => `| \`${shownCommand(entry.command)}\` | ${ms(entry.medianMs, 0)} ms | ${ms(entry.minMs, 0)} ms | ${ms(entry.maxMs, 0)} ms | ${ms(entry.medianToGetMeMs, 0)} ms |`,
    ),
    ...(result.afterChange === null
      ? []
      : ["", `\`npm start\` right after a change in src/ (bundles first, once): ${ms(result.afterChange.toFirstReplyMs, 0)} ms to the first reply.`]),
    "",
    `getMe goes out before the database, translations and flows are prepared. For comparison, Node itself (\`node -e 0\`, same environment) starts in ${ms(result.bareNodeMs, 0)} ms here${process.env.NODE_EXTRA_CA_CERTS ? " (NODE_EXTRA_CA_CERTS is set: Node reads that CA bundle at every start)" : ""}.`,
    "",
    `Targets: production start (\`${shownCommand("node dist/main.js")}\`) ≤ 1000 ms, \`npm start\` ≤ 2000 ms.`,
  ];
  return lines.join("\n");
}

/** "node dist/main.js" runs with the production command's options; the report shows them. */
function shownCommand(command: ColdStartCommand): string {
  return command === "node dist/main.js" ? ["node", ...productionNodeOptions(), "dist/main.js"].join(" ") : command;
}
