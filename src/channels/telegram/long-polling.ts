// Long polling through grammY's runner: it fetches the next batch while earlier updates are
// still being handled, so a slow chat (a reply waiting for Telegram) never holds up the others.
// The bot's sequentialize middleware keeps each chat's updates in order.
import { run } from "@grammyjs/runner";
import { GrammyError, type Bot } from "grammy";
import type { Update } from "grammy/types";
import { safeError, type Logger } from "../../logger";
import type { TelegramUpdatePipeline } from "./update-pipeline";

type PolyfillAbortSignal = NonNullable<Parameters<Bot["api"]["getUpdates"]>[1]>;

export interface LongPollingOptions {
  bot: Bot;
  pipeline: TelegramUpdatePipeline;
  logger: Logger;
  allowedUpdates: ReadonlyArray<Exclude<keyof Update, "update_id">>;
  /** Below the client's API timeout (see bot-api-policy.ts). */
  pollTimeoutSeconds: number;
}

export interface LongPolling {
  /** Stops fetching (aborts the pending getUpdates); updates in flight are the pipeline's business. */
  stop(): Promise<void>;
  /**
   * Resolves (never rejects) when polling ended by itself for good: the token was refused (401),
   * another instance polls or a webhook is set (409), or getUpdates kept failing for hours.
   */
  fatal: Promise<TelegramPollingStoppedError>;
}

export class TelegramPollingStoppedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TelegramPollingStoppedError";
  }
}

/** While Telegram is unreachable the runner asks again every few seconds, not ever more rarely. */
const RETRY_INTERVAL_MS = 3000;
/** A Telegram outage longer than this ends the process, so that it shows up and gets restarted. */
const MAX_RETRY_TIME_MS = 6 * 60 * 60 * 1000;
/** Updates handled at the same time at most; the runner fetches fewer while this many run. */
const CONCURRENCY = 100;

export function startLongPolling(options: LongPollingOptions): LongPolling {
  const { bot, pipeline, logger } = options;
  let failing = false;

  // run() takes any object shaped like a bot (its BotAdapter interface). Ours routes each
  // update through the pipeline (record, dedupe, handle, mark) instead of straight into
  // bot.handleUpdate, and logs getUpdates failures ourselves (the runner would print the whole
  // error object, request URL with the token included, to the console).
  const adapter = {
    api: {
      // The signal's type is the abort-controller polyfill's, which grammY and the runner share.
      getUpdates: async (args: { offset: number; limit: number; timeout: number }, signal: PolyfillAbortSignal): Promise<Update[]> => {
        try {
          const updates = await bot.api.getUpdates(args, signal);
          if (failing) logger.info("telegram long polling works again");
          failing = false;
          return updates;
        } catch (error) {
          if (!signal.aborted) {
            // The first failure of a run is a warning; repeats while Telegram stays away are noise.
            if (failing) logger.debug({ err: safeError(error) }, "telegram getUpdates failed again; retrying");
            else logger.warn({ err: safeError(error) }, "telegram getUpdates failed; retrying every few seconds");
            failing = true;
          }
          throw error;
        }
      },
    },
    handleUpdate: (update: Update) => pipeline.process(update),
    // process() never rejects; this is the runner's contract, not a path we expect to take.
    errorHandler: (error: unknown) => logger.error({ err: safeError(error) }, "telegram update failed"),
  };

  const runner = run(adapter, {
    runner: {
      fetch: { timeout: options.pollTimeoutSeconds, allowed_updates: options.allowedUpdates },
      retryInterval: RETRY_INTERVAL_MS,
      maxRetryTime: MAX_RETRY_TIME_MS,
      silent: true,
    },
    sink: { concurrency: CONCURRENCY },
  });
  logger.info("telegram long polling started");

  // The runner rejects its task only when it gave up by itself (stop() resolves it).
  const fatal = new Promise<TelegramPollingStoppedError>((resolve) => {
    runner.task()?.then(
      () => undefined,
      (error: unknown) => resolve(new TelegramPollingStoppedError(describeStop(error))),
    );
  });

  return {
    fatal,
    async stop() {
      if (!runner.isRunning()) return;
      try {
        await runner.stop();
      } catch (error) {
        logger.warn({ err: safeError(error) }, "telegram long polling did not stop cleanly");
      }
    },
  };
}

function describeStop(error: unknown): string {
  if (error instanceof GrammyError && error.error_code === 401) {
    return "Telegram long polling stopped: TELEGRAM_BOT_TOKEN was refused (401 Unauthorized), e.g. revoked at @BotFather";
  }
  if (error instanceof GrammyError && error.error_code === 409) {
    return "Telegram long polling stopped: 409 Conflict, another process polls with this TELEGRAM_BOT_TOKEN or a webhook is set";
  }
  const facts = safeError(error);
  return `Telegram long polling stopped: getUpdates kept failing (${facts.code ?? facts.type})`;
}
