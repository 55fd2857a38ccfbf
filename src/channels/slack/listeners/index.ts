// Registers every Slack listener of the app (bolt-ts-starter-template layout: one folder per
// kind of Slack request, each with an index that only wires ids to handlers).
import type { App } from "@slack/bolt";
import type { PrismaClient } from "../../../generated/prisma/client";
import type { BotLocale } from "../../../domain/vocabulary";
import type { Translator } from "../../../i18n/translator";
import type { Logger } from "../../../logger";
import * as actions from "./actions";

/** What listeners need besides the Bolt arguments. */
export interface SlackListenerDeps {
  prisma: PrismaClient;
  translator: Translator;
  logger: Logger;
  /** Language of coordinators' messages; German by default. */
  locale?: BotLocale;
  now?: () => Date;
  /** Wakes the outbox worker after a status change queued a message to the resident. */
  wakeOutbox?: () => void;
}

export function registerListeners(app: App, deps: SlackListenerDeps): void {
  actions.register(app, deps);
}
