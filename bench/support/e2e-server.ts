// The bot under test in the end-to-end bench, in a worker thread of its own, so that it has a core
// to itself and the load generator (fake Bot API, fake Slack, simulated residents: the main
// thread) does not eat into its time, as on a real server where Telegram is elsewhere.
// Either the whole app (startApp, from source) or a bare grammY bot that answers every
// update with one sendMessage: the ceiling that grammY and the fake Bot API allow.
// Talks to the main thread by messages: → ready / settled / stopped / failed; ← stop / profile.
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { Session } from "node:inspector";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { run, type RunnerHandle } from "@grammyjs/runner";
import { Bot, webhookCallback } from "grammy";
import { pino } from "pino";
import { startApp, type RunningApp } from "../../src/app";
import type { TelegramOptions } from "../../src/channels/telegram/telegram-channel";
import { parseConfig } from "../../src/config";
import { createLogger } from "../../src/logger";
import { threadCpuMs } from "./cpu-time";
import { WEBHOOK_PATH, WEBHOOK_SECRET, type ControlMessage, type E2eServerConfig, type ServerMessage } from "./e2e-protocol";

/**
 * No outgoing rate limit, but still one request at a time per chat (as the test harness does):
 * the throttler's per-chat limit (about one message a second) is ours, not Telegram's, and would
 * make the bench measure it instead of the bot.
 */
export const LIFTED_THROTTLE: TelegramOptions["throttle"] = {
  globalPerSecond: 1_000_000,
  privateBurst: 1_000_000,
  privateIntervalMs: 1,
  groupIntervalMs: 1,
  groupPerMinute: 1_000_000,
};

const config = workerData.config as E2eServerConfig;
const port = parentPort!;
const send = (message: ServerMessage) => port.postMessage(message);

// Settled update ids go to the main thread at once, and those that follow within a millisecond
// together (a message between threads costs more than handling it): the bench's own overhead in
// the bot's thread stays small under load, and a lone update is reported without delay.
let settledBatch: number[] = [];
let cooling: NodeJS.Timeout | undefined;
function settled(updateId: number): void {
  settledBatch.push(updateId);
  if (cooling === undefined) flushSettled();
}
function flushSettled(): void {
  cooling = undefined;
  if (settledBatch.length === 0) return;
  const updateIds = settledBatch;
  settledBatch = [];
  send({ type: "settled", updateIds });
  cooling = setTimeout(flushSettled, 1);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port: free } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return free;
}

interface Running {
  webhookUrl: string | null;
  stop(): Promise<void>;
}

async function startTheApp(): Promise<Running> {
  const webhookPort = config.mode === "webhook" ? await freePort() : null;
  const env: Record<string, string> = {
    DATABASE_URL: config.databaseUrl,
    TELEGRAM_BOT_TOKEN: config.token,
    TELEGRAM_API_ROOT: config.apiRoot,
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_API_URL: config.slackUrl,
    SLACK_NETWORK_CHANNEL: "C0NETZWERK",
  };
  if (webhookPort !== null) {
    // The registered URL must be https; the fake Telegram is told to post to the local port instead.
    env.TELEGRAM_WEBHOOK_URL = `https://lotse.example.org${WEBHOOK_PATH}`;
    env.TELEGRAM_WEBHOOK_SECRET = WEBHOOK_SECRET;
    env.PORT = String(webhookPort);
  }
  // Synchronous writes, as to stdout when it is a pipe or a file (journald, docker).
  const destination = pino.destination({ dest: "/dev/null", sync: true }) as unknown as NodeJS.WritableStream;
  const logger = createLogger({ level: config.logLevel, destination });
  const app: RunningApp = await startApp(parseConfig(env), {
    logger,
    telegram: {
      onUpdateSettled: settled,
      ...(config.throttle === "lifted" ? { throttle: LIFTED_THROTTLE } : {}),
    },
  });
  return {
    webhookUrl: webhookPort === null ? null : `http://127.0.0.1:${webhookPort}${WEBHOOK_PATH}`,
    stop: () => app.stop(),
  };
}

async function startBareBot(): Promise<Running> {
  const matched = config.callsPerUpdate;
  const bot = new Bot(config.token, {
    client: {
      apiRoot: config.apiRoot,
      // With the app's calls, also the app's webhook reply: a button's answer in the HTTP response.
      ...(matched !== undefined ? { canUseWebhookReply: (method: string) => method === "answerCallbackQuery" } : {}),
    },
  });
  bot.use(async (ctx, next) => {
    try {
      await next();
    } finally {
      settled(ctx.update.update_id);
    }
  });
  if (matched === undefined) {
    bot.on("message", (ctx) => ctx.reply("ok"));
    bot.on("callback_query", async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.reply("ok");
    });
  } else {
    // As many calls as the app made per update, spread so that their average is the app's.
    let owed = 0;
    bot.use(async (ctx) => {
      owed += matched;
      let calls = Math.floor(owed);
      owed -= calls;
      if (ctx.callbackQuery && calls > 0) {
        await ctx.answerCallbackQuery();
        calls -= 1;
      }
      for (; calls > 0; calls--) await ctx.reply("ok");
    });
  }
  bot.catch(() => {});
  await bot.init();
  if (config.mode === "webhook") {
    const webhookPort = await freePort();
    const server: Server = createServer(webhookCallback(bot, "http", { secretToken: WEBHOOK_SECRET }));
    await new Promise<void>((resolve) => server.listen(webhookPort, "127.0.0.1", resolve));
    return {
      webhookUrl: `http://127.0.0.1:${webhookPort}${WEBHOOK_PATH}`,
      stop: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    };
  }
  await bot.api.deleteWebhook();
  // The runner, as the app uses: the next batch is fetched while earlier updates are handled.
  const runner: RunnerHandle = run(bot, { runner: { fetch: { timeout: 10 } } });
  return {
    webhookUrl: null,
    stop: async () => {
      if (runner.isRunning()) await runner.stop();
    },
  };
}

const session = config.profileDir ? new Session() : null;
function inspect<T>(method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session!.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

try {
  const running = config.kind === "app" ? await startTheApp() : await startBareBot();
  if (session) {
    session.connect();
    await inspect("Profiler.enable");
  }
  port.on("message", (message: ControlMessage) => {
    void (async () => {
      if (message.type === "stats") {
        send({ type: "stats", activeMs: performance.eventLoopUtilization().active, cpuMs: threadCpuMs() });
      } else if (message.type === "profile-start" && session) {
        await inspect("Profiler.start");
      } else if (message.type === "profile-stop" && session) {
        const { profile } = await inspect<{ profile: unknown }>("Profiler.stop");
        const file = path.join(config.profileDir!, `${message.name}.cpuprofile`);
        writeFileSync(file, JSON.stringify(profile));
        send({ type: "profiled", file });
      } else if (message.type === "stop") {
        await running.stop();
        flushSettled();
        send({ type: "stopped" });
        port.close();
      }
    })().catch((error: unknown) => send({ type: "failed", error: String(error instanceof Error ? error.stack : error) }));
  });
  send({ type: "ready", webhookUrl: running.webhookUrl });
} catch (error) {
  send({ type: "failed", error: String(error instanceof Error ? error.stack : error) });
}
