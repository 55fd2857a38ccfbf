/**
 * End-to-end setup: the whole product (startApp) on a fresh SQLite file, talking to a local
 * fake Telegram Bot API and a local fake Slack Web API. The real grammY and WebClient code
 * runs; only the network endpoints are ours.
 *
 *   const h = await startAppHarness();
 *   const anna = h.user({ firstName: "Anna" });
 *   await anna.send("/start");
 *   …
 *   await h.close();
 *
 * or, one harness for a test file's tests: const h = useAppHarness();
 *
 * Every harness has a database of its own: a copy of the run's migrated template (default) or
 * a brand-new file (database: "fresh"), which startApp migrates itself. Either way startApp
 * seeds the sample network into it, as on a first start.
 *
 * close() stops the app first (grammY's stop() needs the fake Bot API for its last
 * getUpdates), then the fakes, then removes the database.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import type { Update } from "grammy/types";
import { afterAll, beforeAll } from "vitest";
import { LOCALES_DIR, startApp, type RunningApp, type StartAppOptions } from "../../src/app";
import type { TelegramOptions } from "../../src/channels/telegram/telegram-channel";
import { parseConfig, type Config } from "../../src/config";
import type { PrismaClient } from "../../src/generated/prisma/client";
import type { BotLocale } from "../../src/domain/vocabulary";
import { loadTranslator, type MessageArgs, type Translator } from "../../src/i18n/translator";
import { createLogger, createSilentLogger, type Logger } from "../../src/logger";
import { createTestDatabase } from "./db";
import { startFakeSlackApi, type FakeSlackApi } from "./slack/fake-slack-api";
import { standIn } from "./stand-in";
import { TestUser, startFakeBotApi, type FakeBotApi, type TestUserProfile } from "./telegram";

export const NETWORK_CHANNEL = "C0NETZWERK";
export const WEBHOOK_PATH = "/telegram/webhook";
export const WEBHOOK_URL = `https://lotse.example.org${WEBHOOK_PATH}`;
export const WEBHOOK_SECRET = "lotse_webhook_secret_0123456789";

export interface AppHarnessOptions {
  /** Start the fake Bot API and configure Telegram (default true). */
  telegram?: boolean;
  /** Telegram via webhook instead of long polling; the app's HTTP server listens on a free port. */
  webhook?: boolean;
  /** Start the fake Slack API and configure Slack (default true). */
  slack?: boolean;
  /** Extra environment variables for parseConfig. */
  env?: Record<string, string>;
  outboxIntervalMs?: number;
  /**
   * "template" (default): a copy of the database the test run migrated once (test/support/db.ts),
   * so start-up only seeds it. "fresh": a new file in a temp directory, which startApp migrates
   * itself, as on a first start in production.
   */
  database?: "template" | "fresh";
  /** The app's logger; silent by default (see captureLogs). */
  logger?: Logger;
  /** Telegram options on top of telegramTestOptions (e.g. a short API timeout, a small flood limit). */
  telegramOptions?: TelegramOptions;
  /**
   * Runs after the database and the fakes exist and before startApp, e.g. to leave rows behind
   * as a crashed process would. The database is migrated except with database: "fresh".
   */
  beforeStart?: (context: { databaseUrl: string; telegram: FakeBotApi | undefined; slack: FakeSlackApi | undefined }) => Promise<void>;
  /** The app's clock (default: the real one); tests of timers move it. */
  now?: () => Date;
  /** Delay before the jobs' first run; tests that run jobs themselves (runJobNow) set it far out. */
  jobsFirstRunAfterMs?: number;
  /** Socket Mode retry and stop bounds (with SLACK_APP_TOKEN in env). */
  slackSocketMode?: StartAppOptions["slackSocketMode"];
}

/**
 * How the tests run the Telegram channel: the app reports each update it is done with to the
 * fake Bot API ("report" mode, see FakeBotApiOptions), since the runner and the webhook confirm
 * updates to Telegram before they have handled them; and the outgoing limits are lifted, because
 * a test taps through a dialogue faster than the production limit of about one message a second
 * per chat allows. The flood limit is lifted too (tests that check it set their own).
 */
export function telegramTestOptions(telegram: FakeBotApi): TelegramOptions {
  return {
    onUpdateSettled: (updateId) => telegram.reportHandled(updateId),
    throttle: { globalPerSecond: 10_000, privateBurst: 10_000, privateIntervalMs: 1, groupIntervalMs: 1, groupPerMinute: 10_000 },
    floodLimit: { updates: 10_000, windowMs: 60_000 },
    startup: { deadlineMs: 5_000, firstPauseMs: 100 },
  };
}

export interface AppHarness {
  app: RunningApp;
  config: Config;
  /** The app's own client; usable until close(). */
  prisma: PrismaClient;
  databaseUrl: string;
  /** Present when telegram is on. */
  telegram: FakeBotApi;
  /** Present when slack is on. */
  slack: FakeSlackApi;
  /** Port of the app's HTTP server in webhook mode. */
  port: number;
  /** Where the app's webhook listens locally (webhook mode). */
  webhookUrl: string;
  /**
   * POSTs an update to the app's webhook as Telegram does; after a 200 it waits until the app
   * has finished with it (handled it, or recognised it as a repeat). Returns the HTTP status.
   */
  postUpdate(update: Update, secret?: string): Promise<number>;
  /** A new simulated Telegram user with a unique id (languageCode "de" unless given). */
  user(profile?: Partial<TestUserProfile>): TestUser;
  close(): Promise<void>;
}

let nextUserId = 81_000_000 + Math.floor(Math.random() * 1_000_000);

/** A logger whose records (parsed JSON lines) land in `records`, for tests that look at logs. */
export function captureLogs(level = "info"): { logger: Logger; records: Array<Record<string, unknown>> } {
  const records: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) records.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  return { logger: createLogger({ level, destination }), records };
}

/** A fresh database URL in a temp directory of its own, and a function that removes it. */
export async function freshDatabaseUrl(): Promise<{ databaseUrl: string; filePath: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "lotse-e2e-"));
  const filePath = path.join(dir, "lotse.db");
  return { databaseUrl: `file:${filePath}`, filePath, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A copy of the migrated template database; its own client is closed again, the app opens one. */
async function templateCopy(): Promise<{ databaseUrl: string; remove: () => Promise<void> }> {
  const db = await createTestDatabase();
  await db.prisma.$disconnect();
  return { databaseUrl: db.databaseUrl, remove: () => db.close() };
}

/** A TCP port that was free a moment ago (bind to 0, read, close). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** One harness for the test file: started before its tests, closed after them (registers beforeAll/afterAll). */
export function useAppHarness(options: AppHarnessOptions = {}): AppHarness {
  let harness: AppHarness | undefined;
  beforeAll(async () => {
    harness = await startAppHarness(options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  return standIn("the app harness", () => harness);
}

export async function startAppHarness(options: AppHarnessOptions = {}): Promise<AppHarness> {
  const withTelegram = options.telegram ?? true;
  const withSlack = options.slack ?? true;
  const cleanups: Array<() => Promise<unknown>> = [];
  /** Runs every cleanup, last registered first, and then rethrows the first failure. */
  const cleanUp = async () => {
    let failure: { error: unknown } | undefined;
    for (const cleanup of cleanups.splice(0).reverse()) {
      await cleanup().catch((error: unknown) => {
        failure ??= { error };
      });
    }
    if (failure) throw failure.error;
  };

  try {
    const db = options.database === "fresh" ? await freshDatabaseUrl() : await templateCopy();
    cleanups.push(db.remove);
    const telegram = withTelegram ? await startFakeBotApi({ handledSignal: "report" }) : undefined;
    if (telegram) cleanups.push(() => telegram.close());
    const slack = withSlack ? await startFakeSlackApi() : undefined;
    if (slack) cleanups.push(() => slack.close());
    // The app's HTTP server runs for the webhook and for Slack interactivity (signing secret).
    const withHttpServer = Boolean(options.webhook || options.env?.SLACK_SIGNING_SECRET);
    const port = withHttpServer ? await freePort() : 0;

    const env: Record<string, string> = { DATABASE_URL: db.databaseUrl, LOG_LEVEL: "silent", ...options.env };
    if (telegram) {
      env.TELEGRAM_BOT_TOKEN = telegram.token;
      env.TELEGRAM_API_ROOT = telegram.apiRoot;
    }
    if (options.webhook) {
      env.TELEGRAM_WEBHOOK_URL = WEBHOOK_URL;
      env.TELEGRAM_WEBHOOK_SECRET = WEBHOOK_SECRET;
    }
    if (withHttpServer) env.PORT = String(port);
    if (slack) {
      env.SLACK_BOT_TOKEN = "xoxb-test";
      env.SLACK_API_URL = slack.url;
      env.SLACK_NETWORK_CHANNEL = NETWORK_CHANNEL;
    }
    const config = parseConfig(env);

    await options.beforeStart?.({ databaseUrl: db.databaseUrl, telegram, slack });
    const app = await startApp(config, {
      logger: options.logger ?? createSilentLogger(),
      outboxIntervalMs: options.outboxIntervalMs ?? 100,
      ...(options.now ? { now: options.now } : {}),
      ...(options.jobsFirstRunAfterMs !== undefined ? { jobs: { firstRunAfterMs: options.jobsFirstRunAfterMs } } : {}),
      ...(options.slackSocketMode ? { slackSocketMode: options.slackSocketMode } : {}),
      ...(telegram ? { telegram: { ...telegramTestOptions(telegram), ...options.telegramOptions } } : {}),
    });
    // Expected texts come from the very translations the app loaded.
    translator = app.deps.translator;
    // Stopped first: the bot's stop() needs the fake Bot API for its last getUpdates.
    let stopped = false;
    const stopApp = async () => {
      if (stopped) return;
      stopped = true;
      await app.stop();
    };
    cleanups.push(stopApp);

    if (telegram && !options.webhook) {
      // Polling has begun once grammY asked for updates; before that a test would race its setup.
      await telegram.waitForCall("getUpdates", () => true, { since: 0, timeoutMs: 10_000 });
    }

    return {
      app,
      config,
      prisma: app.deps.prisma,
      databaseUrl: db.databaseUrl,
      get telegram(): FakeBotApi {
        if (!telegram) throw new Error("this harness runs without Telegram");
        return telegram;
      },
      get slack(): FakeSlackApi {
        if (!slack) throw new Error("this harness runs without Slack");
        return slack;
      },
      port,
      webhookUrl: `http://127.0.0.1:${port}${WEBHOOK_PATH}`,
      async postUpdate(update, secret = WEBHOOK_SECRET) {
        if (!telegram) throw new Error("this harness runs without Telegram");
        const before = telegram.reportsFor(update.update_id);
        const status = await telegram.deliverToWebhook(`http://127.0.0.1:${port}${WEBHOOK_PATH}`, update, secret);
        if (status === 200) {
          await telegram.waitUntil(() => (telegram.reportsFor(update.update_id) > before ? true : undefined), `the app to finish with update ${update.update_id}`);
        }
        return status;
      },
      user(profile = {}) {
        if (!telegram) throw new Error("this harness runs without Telegram");
        const id = profile.id ?? nextUserId++;
        // A Telegram language the bot does not speak, so /start shows the list of languages; tests of
        // the one-tap proposal give a languageCode.
        return new TestUser(telegram, { firstName: "Test", languageCode: "pt", ...profile, id });
      },
      close: cleanUp,
    };
  } catch (error) {
    await cleanUp().catch(() => {}); // the start-up error is the one to report
    throw error;
  }
}

/**
 * Polls `probe` (sync or async) until it returns something other than undefined/false, or fails
 * after `timeoutMs` naming what was awaited. For effects outside a user's own action: the
 * outbox worker, Slack deliveries.
 */
export async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  description: string,
  { timeoutMs = 5_000, intervalMs = 20 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : "";
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

// ------------------------------------------------------------------ texts of the flows

let translator: Translator | undefined;

/**
 * A text of locales/<locale>/*.ftl as the resident sees it. Tests compare replies with the
 * translations instead of copies of them, so a reworded text does not break them, while a
 * wrong message (another key, missing arguments) still does.
 */
export function text(key: string, args?: MessageArgs, locale: BotLocale = "de"): string {
  translator ??= loadTranslator(LOCALES_DIR);
  if (!translator.has(locale, key)) throw new Error(`no message "${key}" in locales/${locale}`);
  return translator.t(locale, key, args);
}

export interface OnboardingAnswers {
  /** Interest keys (INTEREST_KEYS). */
  interests?: string[];
  /** Resident slot codes (RESIDENT_SLOTS). */
  timeSlots?: string[];
  hours?: number;
  /** "any", "remote" or a district name. */
  district?: string;
  /** Language codes. */
  languages?: string[];
  /** The bot locale to choose (default German); the buttons are tapped by their text in it. */
  locale?: BotLocale;
  /** /start was sent already (the test looked at the first question itself). */
  started?: boolean;
}

/**
 * /start → the language (the proposed one, or from the list) → consent → profile questions →
 * the list of offers. Leaves the user at the "pick an offer" question.
 */
export async function onboard(user: TestUser, answers: OnboardingAnswers = {}): Promise<void> {
  const locale = answers.locale ?? "de";
  const t = (key: string) => text(key, {}, locale);
  if (!answers.started) await user.send("/start");
  // Telegram told the bot the user's language: it proposes it; otherwise the list of languages.
  if (user.buttons().includes(t("onboarding-language-suggest-yes"))) await user.tap(t("onboarding-language-suggest-yes"));
  else await user.tap(text(`locale-name-${locale}`));
  await user.tap(t("onboarding-privacy-agree"));
  for (const interest of answers.interests ?? ["kinder", "familien"]) await user.tap(t(`interest-${interest}`));
  await user.tap(t("common-done"));
  for (const slot of answers.timeSlots ?? ["flexible"]) await user.tap(t(`slot-${slot}`));
  await user.tap(t("common-done"));
  await user.tap(t(`hours-${answers.hours ?? 4}`));
  const district = answers.district ?? "any";
  await user.tap(district === "any" || district === "remote" ? t(`onboarding-district-${district}`) : district);
  for (const language of answers.languages ?? ["de"]) await user.tap(t(`language-${language}`));
  await user.tap(t("common-done"));
}

/**
 * From the list of offers: an offer (default the first) → "mitmachen" → requirements (if
 * asked) → contact consent yes. Leaves the user at the optional message.
 */
export async function startSignup(user: TestUser, offer: string | RegExp = /^1\. /, locale: BotLocale = "de"): Promise<void> {
  const t = (key: string) => text(key, {}, locale);
  await user.tap(offer);
  await user.tap(t("signup-start"));
  if (user.buttons().includes(t("signup-requirements-ok"))) await user.tap(t("signup-requirements-ok"));
  await user.tap(t("signup-contact-consent-yes"));
}

/** The callback data of the button with this exact text on the last keyboard (or `messageId`). */
export function callbackDataOf(user: TestUser, buttonText: string, messageId?: number): string {
  const message = messageId === undefined ? user.replies.findLast((reply) => reply.reply_markup !== undefined) : user.replies.find((reply) => reply.message_id === messageId);
  const markup = message?.reply_markup;
  const buttons = markup && "inline_keyboard" in markup ? markup.inline_keyboard.flat() : [];
  const button = buttons.find((candidate) => candidate.text === buttonText);
  if (!button || !("callback_data" in button) || button.callback_data === undefined) {
    throw new Error(`no callback button ${JSON.stringify(buttonText)}; buttons: ${buttons.map((b) => b.text).join(" | ")}`);
  }
  return button.callback_data;
}
