// Wires the product together: database (migrated and seeded on first start), translations,
// flows, the outbox worker, and the channels the configuration asks for.
import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import { HTTPReceiver } from "@slack/bolt";
import { webhookCallback, type Bot } from "grammy";
import type { Config } from "./config";
import { createPrismaClient } from "./db/client";
import { applyMigrations } from "./db/migrate";
import { loadProductFlows } from "./conversation/load-product-flows";
import { commandIndex } from "./domain/flows/load-flows";
import type { ConversationDeps } from "./conversation/conversation-deps";
import { loadTranslator } from "./i18n/translator";
import type { Logger } from "./logger";
import { seedNetworkIfEmpty, SAMPLE_NETWORK_FILE } from "./services/network/seed-if-empty";
import type { NotificationSenders } from "./services/notification/senders";
import { eraseInactiveResidents } from "./services/resident/erase-inactive-residents";
import { startOutboxWorker, type OutboxWorker } from "./services/notification/start-outbox-worker";
import { createSlackApp } from "./channels/slack/app";
import { createSlackNotifier } from "./channels/slack/slack-notifier";
import { createSlackWebClient } from "./channels/slack/slack-client";
import { createBot } from "./channels/telegram/create-bot";
import { setBotCommands } from "./channels/telegram/set-bot-commands";
import { createTelegramNotifier } from "./channels/telegram/telegram-notifier";

export const LOCALES_DIR = fileURLToPath(new URL("../locales", import.meta.url));
export const FLOWS_DIR = fileURLToPath(new URL("../flows", import.meta.url));
export const SLACK_EVENTS_PATH = "/slack/events";

export interface RunningApp {
  deps: ConversationDeps;
  bot: Bot | null;
  outbox: OutboxWorker;
  /** The HTTP server for the Telegram webhook and Slack interactivity, when one runs. */
  server: Server | null;
  stop(): Promise<void>;
}

export interface StartAppOptions {
  logger: Logger;
  /** Seed file for the first start; the shipped sample network by default. */
  seedFile?: string;
  /** Outbox poll interval; tests shorten it. */
  outboxIntervalMs?: number;
  now?: () => Date;
}

/**
 * Starts everything except the console channel (which needs a terminal; see src/main.ts).
 * Telegram runs when TELEGRAM_BOT_TOKEN is set: long polling, or the webhook when configured.
 */
export async function startApp(config: Config, options: StartAppOptions): Promise<RunningApp> {
  const { logger } = options;
  // Checked before touching the database, so a broken file fails start-up with its own message.
  const translator = loadTranslator(LOCALES_DIR);
  const flows = loadProductFlows(FLOWS_DIR);

  const migration = await applyMigrations({ databaseUrl: config.databaseUrl });
  if (migration.applied.length > 0) logger.info({ applied: migration.applied }, "database migrated");
  const prisma = createPrismaClient(config.databaseUrl);
  if (await seedNetworkIfEmpty(prisma, options.seedFile ?? SAMPLE_NETWORK_FILE)) logger.info("sample network seeded");

  const senders: NotificationSenders = {};
  let outbox: OutboxWorker | undefined;
  const deps: ConversationDeps = {
    prisma,
    translator,
    logger,
    flows,
    commands: commandIndex(flows),
    now: options.now ?? (() => new Date()),
    wakeOutbox: () => outbox?.kick(),
  };

  let slackReceiver: HTTPReceiver | null = null;
  if (config.slack) {
    const client = createSlackWebClient({ token: config.slack.token, slackApiUrl: config.slack.apiUrl, logger });
    senders.slack = createSlackNotifier({ prisma, translator, logger, client, networkChannel: config.slack.networkChannel });
    if (config.slack.signingSecret) {
      slackReceiver = new HTTPReceiver({ signingSecret: config.slack.signingSecret, endpoints: SLACK_EVENTS_PATH });
      // The app registers its listeners on the receiver; our HTTP server hands requests to it.
      await createSlackApp({
        token: config.slack.token,
        signingSecret: config.slack.signingSecret,
        slackApiUrl: config.slack.apiUrl,
        receiver: slackReceiver,
        prisma,
        translator,
        logger,
        wakeOutbox: deps.wakeOutbox,
      });
    }
  } else {
    logger.warn("Slack is not configured: signup notifications stay pending in the outbox until it is");
  }

  let bot: Bot | null = null;
  if (config.telegram) {
    bot = createBot(config.telegram.token, deps, { apiRoot: config.telegram.apiRoot });
    await bot.init();
    senders.telegram = createTelegramNotifier({ api: bot.api, prisma, translator });
    await setBotCommands(bot.api, translator);
  }

  const retention = startRetentionTimer(deps);
  outbox = startOutboxWorker({ prisma, senders, logger, ...(options.outboxIntervalMs ? { intervalMs: options.outboxIntervalMs } : {}) });

  // One HTTP server for what Telegram and Slack post to us, when either does.
  let server: Server | null = null;
  const webhook = bot && config.telegram?.webhook ? { bot, ...config.telegram.webhook } : null;
  if (webhook || slackReceiver) {
    // grammY answers 401 when the X-Telegram-Bot-Api-Secret-Token header does not match.
    const handleUpdate = webhook ? webhookCallback(webhook.bot, "http", { secretToken: webhook.secret }) : null;
    const webhookPath = webhook ? new URL(webhook.url).pathname : null;
    const listening = createServer((request, response) => {
      if (handleUpdate && request.method === "POST" && request.url === webhookPath) return void handleUpdate(request, response);
      if (slackReceiver && request.url?.startsWith(SLACK_EVENTS_PATH)) return slackReceiver.requestListener(request, response);
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve, reject) => listening.once("error", reject).listen(config.port, resolve));
    logger.info({ port: config.port }, "http server listening");
    server = listening;
  }
  if (bot && webhook) {
    await bot.api.setWebhook(webhook.url, {
      secret_token: webhook.secret,
      allowed_updates: ["message", "callback_query"],
    });
    logger.info("telegram webhook set");
  } else if (bot) {
    // Long polling; bot.start() resolves only when the bot stops.
    void bot.start({ allowed_updates: ["message", "callback_query"], onStart: () => logger.info("telegram long polling started") }).catch((error: unknown) => {
      logger.fatal({ err: error instanceof Error ? error.message : String(error) }, "telegram polling stopped");
    });
  }

  return {
    deps,
    bot,
    outbox,
    server,
    async stop() {
      clearInterval(retention);
      if (bot?.isRunning()) await bot.stop();
      if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
      await outbox!.stop();
      await prisma.$disconnect();
    },
  };
}

const RETENTION_INTERVAL_MS = 6 * 60 * 60 * 1000;

/** Deletes profiles inactive for 12 months: at start-up and every six hours. */
function startRetentionTimer(deps: ConversationDeps): NodeJS.Timeout {
  const run = async () => {
    try {
      const result = await eraseInactiveResidents({ prisma: deps.prisma, now: deps.now(), wakeOutbox: deps.wakeOutbox });
      if (result.erased > 0) deps.logger.info(result, "inactive residents erased");
    } catch (error) {
      deps.logger.error({ err: error instanceof Error ? error.message : String(error) }, "erasing inactive residents failed");
    }
  };
  void run();
  const timer = setInterval(() => void run(), RETENTION_INTERVAL_MS);
  timer.unref();
  return timer;
}
