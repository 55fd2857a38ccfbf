// The one path every Telegram update takes, in both modes: record its update_id (a second
// delivery of the same update stops here), hand it to the bot (one chat's updates in order,
// different chats at the same time), mark it handled. Nothing on this path rejects into the
// void: each failure is caught and logged here.
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { safeError, type Logger } from "../../logger";
import { TELEGRAM_UPDATE_RETENTION_MS } from "../../services/telegram-update/delete-old-telegram-updates";
import { listUnhandledTelegramUpdates } from "../../services/telegram-update/list-unhandled-telegram-updates";
import { markTelegramUpdateHandled } from "../../services/telegram-update/mark-telegram-update-handled";
import { recordTelegramUpdate } from "../../services/telegram-update/record-telegram-update";

/**
 * What we require of an update before recording it: an object with a positive integer
 * update_id. The rest is Telegram's format, which grammY's filters read defensively.
 */
export const telegramUpdateSchema = z.looseObject({ update_id: z.number().int().positive() });

export interface TelegramUpdatePipelineOptions {
  bot: Bot;
  prisma: PrismaClient;
  logger: Logger;
  now: () => Date;
  /**
   * Called once for every delivery the pipeline is done with: handled (successfully or not),
   * or recognised as a repeat. For observers (tests wait on it); must not throw.
   */
  onSettled?: (updateId: number) => void;
}

export interface Received {
  outcome: "accepted" | "duplicate";
  /** Resolves when the update has been handled and marked; never rejects. */
  done: Promise<void>;
}

export interface TelegramUpdatePipeline {
  /** False once close() was called: the webhook answers 503 and Telegram delivers again later. */
  readonly accepting: boolean;
  /**
   * Records the update and starts handling it; resolves once it is recorded (the webhook answers
   * Telegram then). Rejects only when recording failed; then nothing was started.
   */
  receive(update: Update): Promise<Received>;
  /** Long polling: receive and wait until handled. Never rejects. */
  process(update: Update): Promise<void>;
  /** Starts handling the updates that were recorded but never handled, oldest first; returns how many. */
  recoverUnhandled(): Promise<number>;
  /** Stops accepting and waits for the updates in flight, at most `graceMs`. */
  close(graceMs: number): Promise<void>;
}

export function createTelegramUpdatePipeline(options: TelegramUpdatePipelineOptions): TelegramUpdatePipeline {
  const { bot, prisma, logger, now } = options;
  const inFlight = new Set<Promise<void>>();
  const recording = new Set<Promise<void>>();
  let accepting = true;
  // Recording goes in update order, and each update is handed to the bot as soon as it is recorded,
  // in that order: so the bot sees a chat's updates in the order they arrived. The updates that
  // arrive together — one getUpdates answer, the webhook requests read in one turn — are recorded
  // in one transaction, in the order received, and their recordings resolve in that order
  // (writeTogether, src/db/direct.ts); so do the marks of updates that finish together.
  const receive = (update: Update): Promise<Received> => {
    const updateId = update.update_id;
    const received = recordTelegramUpdate({ prisma, updateId, payload: JSON.stringify(update), now: now() }).then((outcome): Received => {
      if (outcome === "duplicate") {
        logger.debug({ updateId }, "telegram update received again; no effect");
        settle(updateId);
        return { outcome: "duplicate", done: Promise.resolve() };
      }
      return { outcome: "accepted", done: startHandling(update) };
    });
    // close() waits for these too: an update being recorded is handled, not dropped.
    const settled = received.then(
      () => {},
      () => {},
    );
    recording.add(settled);
    void settled.finally(() => recording.delete(settled));
    return received;
  };

  const settle = (updateId: number) => {
    try {
      options.onSettled?.(updateId);
    } catch (error) {
      logger.error({ updateId, err: safeError(error) }, "telegram update observer failed");
    }
  };

  /** Hands the update to the bot (sequentialize keeps one chat's updates in order). Never rejects. */
  const startHandling = (update: Update): Promise<void> => {
    const updateId = update.update_id;
    const task = (async () => {
      try {
        await bot.handleUpdate(update);
      } catch (error) {
        // The bot's error boundary has answered what it could; this is what it could not (the
        // apology failed too, or the error came before the boundary).
        logger.error({ updateId, err: safeError(error) }, "telegram update failed");
      }
      try {
        await markTelegramUpdateHandled({ prisma, updateId, now: now() });
      } catch (error) {
        // Left unhandled in the table: handled again at the next start, which is the lesser evil.
        logger.error({ updateId, err: safeError(error) }, "marking telegram update handled failed");
      }
      settle(updateId);
    })();
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
    return task;
  };

  return {
    get accepting() {
      return accepting;
    },
    receive,
    async process(update) {
      let received: Received;
      try {
        received = await receive(update);
      } catch (error) {
        // With long polling Telegram has the update confirmed by now and will not send it again:
        // an answer without the duplicate check beats a message that is silently lost.
        logger.error({ updateId: update.update_id, err: safeError(error) }, "recording telegram update failed; handling it unrecorded");
        await startHandling(update);
        return;
      }
      await received.done;
    },
    async recoverUnhandled() {
      const rows = await listUnhandledTelegramUpdates({ prisma, receivedAfter: new Date(now().getTime() - TELEGRAM_UPDATE_RETENTION_MS) });
      for (const row of rows) {
        const update = parseStoredUpdate(row.payload);
        if (!update || update.update_id !== row.updateId) {
          logger.warn({ updateId: row.updateId }, "stored telegram update unreadable; skipped");
          await markTelegramUpdateHandled({ prisma, updateId: row.updateId, now: now() });
          continue;
        }
        // Started in update_id order without waiting: the bot keeps each chat's order, and one
        // slow chat does not hold up the others.
        void startHandling(update);
      }
      if (rows.length > 0) logger.info({ count: rows.length }, "telegram updates received before the last stop handled now");
      return rows.length;
    },
    async close(graceMs) {
      accepting = false;
      await Promise.all([...recording]);
      if (inFlight.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<"expired">((resolve) => {
        timer = setTimeout(() => resolve("expired"), graceMs);
      });
      const result = await Promise.race([Promise.all([...inFlight]).then(() => "done" as const), expired]);
      clearTimeout(timer);
      if (result === "expired") {
        logger.warn({ inFlight: inFlight.size }, "telegram updates still in flight at stop; they are handled again at the next start");
      }
    },
  };
}

function parseStoredUpdate(payload: string): Update | null {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = telegramUpdateSchema.safeParse(json);
  return parsed.success ? (parsed.data as unknown as Update) : null;
}
