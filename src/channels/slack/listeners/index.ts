// Registers every Slack listener of the app (bolt-ts-starter-template layout: one folder per
// kind of Slack request, each with an index that only wires ids to handlers).
import type { App } from "@slack/bolt";
import type { PrismaClient } from "../../../generated/prisma/client";
import type { BotLocale } from "../../../domain/vocabulary";
import type { Bundesland } from "../../../domain/working-days";
import type { Translator } from "../../../i18n/translator";
import type { Logger } from "../../../logger";
import * as actions from "./actions";
import * as commands from "./commands";
import * as events from "./events";
import * as views from "./views";

/** What listeners need besides the Bolt arguments. */
export interface SlackListenerDeps {
  prisma: PrismaClient;
  translator: Translator;
  logger: Logger;
  /** Language of coordinators' messages; German by default. */
  locale?: BotLocale;
  now?: () => Date;
  /** The city's time zone (CITY_TIME_ZONE): what "today" is in dialogues with dates. */
  timeZone?: string;
  /** Wakes the outbox worker after a status change queued a message to the resident. */
  wakeOutbox?: () => void;
  /** The city's Bundesland (CITY_STATE): whose holidays are no working days when the App Home marks overdue signups. */
  state?: Bundesland;
  /** SIGNUP_REMINDER_WORKING_DAYS: a signup still "new" after this many working days is overdue (App Home). */
  reminderWorkingDays?: number;
}

export function registerListeners(app: App, deps: SlackListenerDeps): void {
  actions.register(app, deps);
  commands.register(app, deps);
  views.register(app, deps);
  events.register(app, deps);
}
