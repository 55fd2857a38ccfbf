// Everything Slack, started in one call: the notifier for the outbox, and the way coordinators'
// clicks come in (Socket Mode, or signed requests to our HTTP front). src/app.ts imports this
// file only after Telegram answers residents: Bolt, the Web API client and their dependencies are
// about a third of the bot's start-up time, and no resident should wait for them
// (bench/cold-start.bench.ts). Until Slack is up, notifications wait in the outbox.
import type { Config } from "../../config";
import type { WorkingDayOptions } from "../../domain/working-days";
import type { FreshnessSettings } from "../../domain/freshness";
import type { PrismaClient } from "../../generated/prisma/client";
import type { HttpRoute } from "../../http/route";
import type { Translator } from "../../i18n/translator";
import type { Logger } from "../../logger";
import type { NotificationSender } from "../../services/notification/senders";
import { createSlackApp } from "./app";
import { createSlackNotifier } from "./slack-notifier";
import { checkSlackConnection, createSlackWebClient } from "./slack-client";
import { SlackRequestReceiver } from "./slack-receiver";
import { SlackSocketMode } from "./socket-mode";

export interface StartSlackOptions {
  slack: NonNullable<Config["slack"]>;
  prisma: PrismaClient;
  translator: Translator;
  logger: Logger;
  now: () => Date;
  wakeOutbox: () => void;
  calendar: WorkingDayOptions;
  freshness: FreshnessSettings;
  reminderWorkingDays: number;
  socketMode?: { retryDelayMs?: number; maxRetryDelayMs?: number; stopTimeoutMs?: number };
}

export interface StartedSlack {
  sender: NotificationSender;
  /** Signed requests from Slack, to mount on the HTTP front; null in Socket Mode or without a signing secret. */
  route: HttpRoute | null;
  /** Connects in the background and retries; clicks work once it is up. */
  socketMode: SlackSocketMode | null;
}

export function startSlack(options: StartSlackOptions): StartedSlack {
  const { slack, prisma, translator, logger } = options;
  const client = createSlackWebClient({ token: slack.token, slackApiUrl: slack.apiUrl, logger });
  const sender = createSlackNotifier({
    prisma,
    translator,
    logger,
    client,
    networkChannel: slack.networkChannel,
    calendar: options.calendar,
    freshness: options.freshness,
    now: options.now,
  });
  // Not awaited: start-up never waits for Slack. It logs whether Slack answers; until it does,
  // notifications wait in the outbox.
  void checkSlackConnection(client, logger);
  // Clicks come in over Socket Mode (app-level token: a WebSocket to Slack, no public URL) or
  // as signed requests to our HTTP front (signing secret). The listeners are the same.
  let socketMode: SlackSocketMode | null = null;
  let requestReceiver: SlackRequestReceiver | null = null;
  if (slack.appToken) {
    if (slack.signingSecret) logger.warn("SLACK_APP_TOKEN is set: Socket Mode is used and SLACK_SIGNING_SECRET is ignored");
    socketMode = new SlackSocketMode({ appToken: slack.appToken, slackApiUrl: slack.apiUrl, logger, ...options.socketMode });
  } else if (slack.signingSecret) {
    requestReceiver = new SlackRequestReceiver({ signingSecret: slack.signingSecret, logger });
  }
  const receiver = socketMode?.receiver ?? requestReceiver;
  if (receiver) {
    // The app registers itself with the receiver; the HTTP front (or the socket) hands it requests.
    createSlackApp({
      token: slack.token,
      slackApiUrl: slack.apiUrl,
      receiver,
      prisma,
      translator,
      logger,
      wakeOutbox: options.wakeOutbox,
      now: options.now,
      state: options.calendar.state,
      timeZone: options.calendar.timeZone,
      reminderWorkingDays: options.reminderWorkingDays,
    });
  }
  return { sender, route: requestReceiver?.route ?? null, socketMode };
}
