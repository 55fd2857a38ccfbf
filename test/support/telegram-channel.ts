/**
 * The Telegram channel's parts without the rest of the app, for tests of one part (the update
 * pipeline, the webhook route): the real bot (createBot) on a copy of the migrated template
 * database, talking to the fake Bot API. No network is seeded; the dialogue's first steps
 * (language, privacy) need none.
 *
 *   const c = await startChannelFixture();
 *   const pipeline = createTelegramUpdatePipeline({ bot: c.bot, prisma: c.prisma, logger: c.logger, now: () => new Date() });
 *   …
 *   await c.close();
 */
import type { Bot } from "grammy";
import { FLOWS_DIR, LOCALES_DIR } from "../../src/app";
import { createBot } from "../../src/channels/telegram/create-bot";
import type { ConversationDeps } from "../../src/conversation/conversation-deps";
import { loadProductFlows } from "../../src/conversation/load-product-flows";
import { commandIndex } from "../../src/domain/flows/load-flows";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { loadTranslator } from "../../src/i18n/translator";
import type { Logger } from "../../src/logger";
import { captureLogs, telegramTestOptions } from "./app-harness";
import { createTestDatabase } from "./db";
import { startFakeBotApi, type FakeBotApi } from "./telegram";

export interface ChannelFixture {
  bot: Bot;
  deps: ConversationDeps;
  prisma: PrismaClient;
  telegram: FakeBotApi;
  logger: Logger;
  /** The logger's records (debug and up). */
  logs: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startChannelFixture(): Promise<ChannelFixture> {
  const db = await createTestDatabase();
  const telegram = await startFakeBotApi({ handledSignal: "report" });
  const { logger, records } = captureLogs("debug");
  const flows = loadProductFlows(FLOWS_DIR);
  const deps: ConversationDeps = {
    prisma: db.prisma,
    translator: loadTranslator(LOCALES_DIR),
    logger,
    flows,
    commands: commandIndex(flows),
    now: () => new Date(),
    wakeOutbox: () => {},
  };
  const { throttle, floodLimit } = telegramTestOptions(telegram);
  const bot = createBot(telegram.token, deps, { apiRoot: telegram.apiRoot, botInfo: telegram.botInfo, throttle: throttle!, floodLimit: floodLimit! });
  return {
    bot,
    deps,
    prisma: db.prisma,
    telegram,
    logger,
    logs: records,
    async close() {
      await telegram.close();
      await db.close();
    },
  };
}
