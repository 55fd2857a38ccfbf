// Wires the product together: database (migrated and seeded on first start), translations,
// flows, the outbox worker, the jobs, and the channels the configuration asks for.
import type { Server } from "node:http";
import type { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Config } from "./config";
import { createPrismaClient } from "./db/client";
import { applyMigrations } from "./db/migrate";
import { loadProductFlows } from "./conversation/load-product-flows";
import { commandIndex } from "./domain/flows/load-flows";
import type { ConversationDeps } from "./conversation/conversation-deps";
import { loadTranslator, readCheckedLocaleDigests, type Translator } from "./i18n/translator";
import type { Flow } from "./domain/flows/flow-schema";
import type { PrismaClient } from "./generated/prisma/client";
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
import { SLACK_EVENTS_PATH } from "./channels/slack/events-path";
import type { StartedSlack } from "./channels/slack/start-slack";
import { createTelegramChannel, reachTelegram, type TelegramChannel, type TelegramOptions } from "./channels/telegram/telegram-channel";
import { createTelegramNotifier } from "./channels/telegram/telegram-notifier";
import { projectPath } from "./paths";
import { quietMoment } from "./quiet-moment";

export const LOCALES_DIR = projectPath("locales");
export const FLOWS_DIR = projectPath("flows");
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
  // Telegram is asked first (getMe): its round trips overlap the local start-up below instead of
  // following it. Awaited before the bot is made; until then a failure must not count as unhandled.
  const startup = new AbortController();
  const reaching = config.telegram
    ? reachTelegram(config.telegram, logger, { ...options.telegram, signal: startup.signal })
    : null;
  reaching?.catch(() => {});

  let translator: Translator;
  let flows: Map<string, Flow>;
  let prisma: PrismaClient;
  try {
    // Checked before touching the database, so a broken file fails start-up with its own message.
    translator = loadTranslator(LOCALES_DIR, { logger, checked: readCheckedLocaleDigests() });
    flows = loadProductFlows(FLOWS_DIR);

    const migration = await applyMigrations({ databaseUrl: config.databaseUrl });
    if (migration.applied.length > 0) logger.info({ applied: migration.applied }, "database migrated");
    prisma = createPrismaClient(config.databaseUrl);
    if (await seedNetworkIfEmpty(prisma, options.seedFile ?? SAMPLE_NETWORK_FILE)) logger.info("sample network seeded");
  } catch (error) {
    startup.abort();
    throw error;
  }

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

  // Slack starts after Telegram answers (see start-slack.ts); its request URL is mounted on the
  // HTTP front at once, and a request that comes before Slack has loaded waits for it.
  let slack: StartedSlack | null = null;
  let slackLoaded!: (started: StartedSlack | null) => void;
  const slackReady = new Promise<StartedSlack | null>((resolve) => (slackLoaded = resolve));
  const slackRoute: HttpRoute | null =
    config.slack && !config.slack.appToken && config.slack.signingSecret
      ? {
          method: "POST",
          path: SLACK_EVENTS_PATH,
          async handle(request) {
            const started = await slackReady;
            return started?.route ? started.route.handle(request) : { status: 503 };
          },
        }
      : null;
  if (!config.slack) logger.warn("Slack is not configured: signup notifications stay pending in the outbox until it is");

  // Residents reach the bot through Telegram: from then on the privacy notice must name whom it
  // concerns. Names of variables only, no values.
  const missingPrivacy = privacyVariablesMissing(config);
  if (config.telegram && missingPrivacy.length > 0) {
    logger.warn({ missing: missingPrivacy }, "privacy notice incomplete: /datenschutz shows a placeholder for what is not set (see README, Privacy)");
  }

  let telegram: TelegramChannel | null = null;
  if (config.telegram) {
    let botInfo: UserFromGetMe;
    try {
      // Bounded: an unreachable Telegram or a refused token ends start-up with one line.
      botInfo = await reaching!;
    } catch (error) {
      await prisma.$disconnect();
      throw error;
    }
    telegram = createTelegramChannel(config.telegram, deps, botInfo, options.telegram);
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
  if (slackRoute) routes.push(slackRoute);
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
      slackLoaded(null);
      await telegram.stop();
      await http?.close();
      await jobs.stop();
      await outbox.stop();
      await prisma.$disconnect();
      throw error;
    }
  }
  if (config.slack) {
    try {
      // After the replies to what came in with the start (see start-slack.ts).
      if (telegram) await quietMoment();
      const { startSlack } = await import("./channels/slack/start-slack");
      slack = startSlack({
        slack: config.slack,
        prisma,
        translator,
        logger,
        now: deps.now,
        wakeOutbox: deps.wakeOutbox,
        calendar: config.city,
        freshness: config.freshness,
        reminderWorkingDays: config.followUps.reminderWorkingDays,
        ...(options.slackSocketMode ? { socketMode: options.slackSocketMode } : {}),
      });
    } catch (error) {
      slackLoaded(null);
      await telegram?.stop();
      await http?.close();
      await jobs.stop();
      await outbox.stop();
      await prisma.$disconnect();
      throw error;
    }
    senders.slack = slack.sender;
    // Not awaited: the socket connects in the background and retries; clicks work once it is up.
    slack.socketMode?.start();
    outbox.kick();
  }
  slackLoaded(slack);
  const server: Server | null = http?.server ?? null;

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
      await slack?.socketMode?.stop();
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
