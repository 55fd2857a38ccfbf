// Wires the product together: database (migrated and seeded on first start), translations,
// flows, the outbox worker, the jobs, and the channels the configuration asks for.
import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import type { Bot } from "grammy";
import type { Config } from "./config";
import { createPrismaClient } from "./db/client";
import { applyMigrations } from "./db/migrate";
import { loadProductFlows } from "./conversation/load-product-flows";
import { commandIndex } from "./domain/flows/load-flows";
import type { ConversationDeps } from "./conversation/conversation-deps";
import { loadTranslator } from "./i18n/translator";
import type { Logger } from "./logger";
import { createHttpFront, type HttpFront } from "./http/http-front";
import type { HttpRoute } from "./http/route";
import { seedNetworkIfEmpty, SAMPLE_NETWORK_FILE } from "./services/network/seed-if-empty";
import type { NotificationSenders } from "./services/notification/senders";
import { startJobs, type JobRunner } from "./services/jobs/start-jobs";
import { retentionJobs } from "./services/jobs/retention-jobs";
import { signupFollowUpsJob } from "./services/jobs/signup-follow-ups-job";
import { certificateRechecksJob } from "./services/jobs/certificate-rechecks-job";
import { checkInsJob } from "./services/jobs/check-ins-job";
import { opportunityFreshnessJob } from "./services/jobs/opportunity-freshness-job";
import { forgetUnsharedUsernamesJob } from "./services/jobs/forget-unshared-usernames-job";
import { startOutboxWorker, type OutboxWorker } from "./services/notification/start-outbox-worker";
import { createSlackApp } from "./channels/slack/app";
import { createSlackNotifier } from "./channels/slack/slack-notifier";
import { checkSlackConnection, createSlackWebClient } from "./channels/slack/slack-client";
import { SLACK_EVENTS_PATH, SlackRequestReceiver } from "./channels/slack/slack-receiver";
import { SlackSocketMode } from "./channels/slack/socket-mode";
import { createTelegramChannel, type TelegramChannel, type TelegramOptions } from "./channels/telegram/telegram-channel";
import { createTelegramNotifier } from "./channels/telegram/telegram-notifier";

export const LOCALES_DIR = fileURLToPath(new URL("../locales", import.meta.url));
export const FLOWS_DIR = fileURLToPath(new URL("../flows", import.meta.url));
export { SLACK_EVENTS_PATH };

export interface RunningApp {
  deps: ConversationDeps;
  bot: Bot | null;
  outbox: OutboxWorker;
  /** Retention and the signup follow-ups, on timers; runJobNow runs one at once (tests). */
  jobs: JobRunner;
  /** The HTTP server for the Telegram webhook and Slack interactivity, when one runs. */
  server: Server | null;
  /**
   * Resolves (never rejects) with a one-line error when a part stopped for good and the process
   * should end (Telegram long polling: token refused, another instance polling). src/main.ts
   * prints it, stops the app and exits non-zero.
   */
  fatal: Promise<Error>;
  stop(): Promise<void>;
}

export interface StartAppOptions {
  logger: Logger;
  /** Seed file for the first start; the shipped sample network by default. */
  seedFile?: string;
  /** Outbox poll interval; tests shorten it. */
  outboxIntervalMs?: number;
  /** How long stop() keeps delivering queued notifications (default 4 s). */
  shutdownFlushMs?: number;
  /** The app's clock: conversations, the jobs and the age of signups in Slack reminders. */
  now?: () => Date;
  /** When the jobs first run (default 1 s after start); tests that run them by hand push it out. */
  jobs?: { firstRunAfterMs?: number };
  /** Telegram bounds and limits other than the defaults, and an observer hook (tests). */
  telegram?: TelegramOptions;
  /** Socket Mode retry and stop bounds other than the defaults (tests). */
  slackSocketMode?: { retryDelayMs?: number; maxRetryDelayMs?: number; stopTimeoutMs?: number };
}

/**
 * Starts everything except the console channel (which needs a terminal; see src/main.ts).
 * Telegram runs when TELEGRAM_BOT_TOKEN is set: long polling, or the webhook when configured.
 */
export async function startApp(config: Config, options: StartAppOptions): Promise<RunningApp> {
  const { logger } = options;
  // Checked before touching the database, so a broken file fails start-up with its own message.
  const translator = loadTranslator(LOCALES_DIR, { logger });
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
    privacyContacts: config.privacy,
    privacyRetention: config.retention,
  };

  let slackReceiver: SlackRequestReceiver | null = null;
  let slackSocketMode: SlackSocketMode | null = null;
  if (config.slack) {
    const client = createSlackWebClient({ token: config.slack.token, slackApiUrl: config.slack.apiUrl, logger });
    senders.slack = createSlackNotifier({
      prisma,
      translator,
      logger,
      client,
      networkChannel: config.slack.networkChannel,
      calendar: config.city,
      freshness: config.freshness,
      now: deps.now,
    });
    // Not awaited: start-up never waits for Slack. It logs whether Slack answers; until it does,
    // notifications wait in the outbox.
    void checkSlackConnection(client, logger);
    // Clicks come in over Socket Mode (app-level token: a WebSocket to Slack, no public URL) or
    // as signed requests to our HTTP front (signing secret). The listeners are the same.
    if (config.slack.appToken) {
      if (config.slack.signingSecret) logger.warn("SLACK_APP_TOKEN is set: Socket Mode is used and SLACK_SIGNING_SECRET is ignored");
      slackSocketMode = new SlackSocketMode({ appToken: config.slack.appToken, slackApiUrl: config.slack.apiUrl, logger, ...options.slackSocketMode });
    } else if (config.slack.signingSecret) {
      slackReceiver = new SlackRequestReceiver({ signingSecret: config.slack.signingSecret, logger });
    }
    const receiver = slackSocketMode?.receiver ?? slackReceiver;
    if (receiver) {
      // The app registers itself with the receiver; the HTTP front (or the socket) hands it requests.
      createSlackApp({
        token: config.slack.token,
        slackApiUrl: config.slack.apiUrl,
        receiver,
        prisma,
        translator,
        logger,
        wakeOutbox: deps.wakeOutbox,
        now: deps.now,
        state: config.city.state,
        timeZone: config.city.timeZone,
        reminderWorkingDays: config.followUps.reminderWorkingDays,
      });
    }
  } else {
    logger.warn("Slack is not configured: signup notifications stay pending in the outbox until it is");
  }

  // Residents reach the bot through Telegram: from then on the privacy notice must name whom it
  // concerns. Names of variables only, no values.
  const missingPrivacy = privacyVariablesMissing(config);
  if (config.telegram && missingPrivacy.length > 0) {
    logger.warn({ missing: missingPrivacy }, "privacy notice incomplete: /datenschutz shows a placeholder for what is not set (see README, Privacy)");
  }

  let telegram: TelegramChannel | null = null;
  if (config.telegram) {
    try {
      // Bounded: an unreachable Telegram or a refused token ends start-up with one line.
      telegram = await createTelegramChannel(config.telegram, deps, options.telegram);
    } catch (error) {
      await prisma.$disconnect();
      throw error;
    }
    senders.telegram = createTelegramNotifier({ api: telegram.bot.api, prisma, translator, now: deps.now });
  }
  const bot: Bot | null = telegram?.bot ?? null;

  const jobs = startJobs(
    [
      ...retentionJobs({ prisma, wakeOutbox: deps.wakeOutbox, settings: config.retention }),
      signupFollowUpsJob({
        prisma,
        wakeOutbox: deps.wakeOutbox,
        settings: { ...config.followUps, calendar: config.city },
      }),
      checkInsJob({ prisma, wakeOutbox: deps.wakeOutbox, settings: config.checkIns }),
      certificateRechecksJob({ prisma, wakeOutbox: deps.wakeOutbox, settings: { noticeDays: config.certificates.recheckNoticeDays } }),
      opportunityFreshnessJob({ prisma, wakeOutbox: deps.wakeOutbox, settings: { ...config.freshness, timeZone: config.city.timeZone } }),
      forgetUnsharedUsernamesJob({ prisma }),
    ],
    { logger, now: deps.now, ...(options.jobs?.firstRunAfterMs !== undefined ? { firstRunAfterMs: options.jobs.firstRunAfterMs } : {}) },
  );
  outbox = startOutboxWorker({
    prisma,
    senders,
    logger,
    maxAttempts: config.outbox.maxAttempts,
    ...(options.outboxIntervalMs ? { intervalMs: options.outboxIntervalMs } : {}),
  });

  // One HTTP front for everything the internet reaches (webhook, Slack's request URL, /healthz),
  // when either channel needs one. It answers every bad request itself and cannot be crashed by one.
  let http: HttpFront | null = null;
  const routes: HttpRoute[] = [];
  if (telegram?.webhookRoute) routes.push(telegram.webhookRoute);
  if (slackReceiver) routes.push(slackReceiver.route);
  if (routes.length > 0) {
    http = createHttpFront({ routes, logger });
    const address = await http.listen(config.port);
    logger.info({ port: address.port }, "http server listening");
  }
  if (telegram) {
    // Updates left unhandled by the last process first, then the webhook or long polling.
    try {
      await telegram.start();
    } catch (error) {
      await telegram.stop();
      await http?.close();
      await slackSocketMode?.stop();
      await jobs.stop();
      await outbox.stop();
      await prisma.$disconnect();
      throw error;
    }
  }
  const server: Server | null = http?.server ?? null;
  // Not awaited: the socket connects in the background and retries; clicks work once it is up.
  slackSocketMode?.start();

  return {
    deps,
    bot,
    outbox,
    jobs,
    server,
    fatal: telegram?.fatal ?? new Promise<Error>(() => {}),
    async stop() {
      // First: no new updates (polling ends, the webhook answers 503), those in flight finish.
      await telegram?.stop();
      await http?.close();
      await slackSocketMode?.stop();
      // A job run in progress finishes (its notifications are queued with it); no new one starts.
      await jobs.stop();
      // What the last updates queued goes out now if Slack and Telegram answer in time;
      // the rest waits in the database for the next start.
      await outbox!.stop({ flushWithinMs: options.shutdownFlushMs ?? SHUTDOWN_FLUSH_MS });
      await prisma.$disconnect();
    },
  };
}

/** How long a shutdown (SIGTERM, SIGINT) keeps delivering queued notifications. */
const SHUTDOWN_FLUSH_MS = 4_000;

/** The PRIVACY_* variables the network has not filled in yet. */
function privacyVariablesMissing(config: Config): string[] {
  const { controller, contactEmail, dpo } = config.privacy;
  return [
    ...(controller === null ? ["PRIVACY_CONTROLLER"] : []),
    ...(contactEmail === null ? ["PRIVACY_CONTACT_EMAIL"] : []),
    ...(dpo === null ? ["PRIVACY_DPO"] : []),
  ];
}
