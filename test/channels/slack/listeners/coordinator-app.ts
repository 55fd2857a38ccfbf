// The coordinators' tools as Slack reaches them: a signed request to our HTTP front →
// SlackRequestReceiver → the real Bolt app → our listeners → database → the fake Web API.
// For the /lotse command, the broadcast modal and the App Home tests.
import type { App } from "@slack/bolt";
import { createSlackApp } from "../../../../src/channels/slack/app";
import { SLACK_EVENTS_PATH, SlackRequestReceiver } from "../../../../src/channels/slack/slack-receiver";
import type { PrismaClient } from "../../../../src/generated/prisma/client";
import { createHttpFront, type HttpFront } from "../../../../src/http/http-front";
import { createSilentLogger, type Logger } from "../../../../src/logger";
import type { FakeSlackApi, FakeSlackResponse } from "../../../support/slack/fake-slack-api";
import { testTranslator } from "../../../support/slack/fixtures";
import { signedSlackRequest } from "../../../support/slack/signed-request";

export const SIGNING_SECRET = "coordinator-tools-signing-secret";

export interface CoordinatorApp {
  app: App;
  url: string;
  /** POSTs `/lotse <text>` as Slack does and waits for the answer on the response URL (unless `wait` is false). */
  command(userId: string, text: string, options?: { wait?: boolean; channelId?: string }): Promise<FakeSlackResponse | undefined>;
  /** POSTs a view_submission of the modal; returns the HTTP answer (the ack, e.g. field errors). */
  submitView(userId: string, view: Record<string, unknown>, message: string | null): Promise<{ status: number; body: string }>;
  /** POSTs an Events API event_callback with this event. */
  event(event: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

let commandCounter = 0;

export async function startCoordinatorApp(options: { prisma: PrismaClient; slack: FakeSlackApi; now?: () => Date; logger?: Logger; wakeOutbox?: () => void }): Promise<CoordinatorApp> {
  const logger = options.logger ?? createSilentLogger();
  const receiver = new SlackRequestReceiver({ signingSecret: SIGNING_SECRET, logger });
  const app = createSlackApp({
    token: "xoxb-test",
    slackApiUrl: options.slack.url,
    receiver,
    prisma: options.prisma,
    translator: testTranslator(),
    logger,
    state: "TH",
    timeZone: "Europe/Berlin",
    reminderWorkingDays: 2,
    ...(options.now ? { now: options.now } : {}),
    ...(options.wakeOutbox ? { wakeOutbox: options.wakeOutbox } : {}),
  });
  const front: HttpFront = createHttpFront({ routes: [receiver.route], logger });
  const address = await front.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${address.port}${SLACK_EVENTS_PATH}`;
  return {
    app,
    url,
    command: (userId, text, commandOptions) => postCommand({ url, slack: options.slack, userId, text, ...commandOptions }),
    submitView: (userId, view, message) => postViewSubmission(url, userId, view, message),
    event: (event) => postEvent(url, event),
    close: () => front.close(),
  };
}

/** The form body Slack posts for a slash command. */
export function commandBody(options: { userId: string; text: string; responseUrl: string; channelId?: string; triggerId?: string }): string {
  return new URLSearchParams({
    token: "verification-token",
    team_id: "T0TEAM0001",
    team_domain: "netzwerk",
    channel_id: options.channelId ?? "C0ALLGEMEIN",
    channel_name: "allgemein",
    user_id: options.userId,
    user_name: "koordination",
    command: "/lotse",
    text: options.text,
    api_app_id: "A0APP00001",
    is_enterprise_install: "false",
    response_url: options.responseUrl,
    trigger_id: options.triggerId ?? "1337.42.trigger",
  }).toString();
}

async function postCommand(options: { url: string; slack: FakeSlackApi; userId: string; text: string; wait?: boolean; channelId?: string }): Promise<FakeSlackResponse | undefined> {
  commandCounter += 1;
  const id = `lotse-${commandCounter}`;
  const body = commandBody({ userId: options.userId, text: options.text, responseUrl: options.slack.responseUrl(id), ...(options.channelId ? { channelId: options.channelId } : {}) });
  const response = await fetch(options.url, signedSlackRequest(body, SIGNING_SECRET));
  if (response.status !== 200) throw new Error(`/lotse answered ${response.status}`);
  // Acknowledged with an empty 200 first; the answer follows on the response URL.
  if ((await response.text()) !== "") throw new Error("/lotse answered in the acknowledgement");
  if (options.wait === false) return undefined;
  const deadline = Date.now() + 5_000;
  for (;;) {
    const found = options.slack.responses.find((candidate) => candidate.id === id);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no answer to "/lotse ${options.text}"`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function postViewSubmission(url: string, userId: string, view: Record<string, unknown>, message: string | null): Promise<{ status: number; body: string }> {
  const payload = {
    type: "view_submission",
    team: { id: "T0TEAM0001", domain: "netzwerk" },
    user: { id: userId, username: "koordination", name: "koordination", team_id: "T0TEAM0001" },
    api_app_id: "A0APP00001",
    token: "verification-token",
    trigger_id: "1338.42.trigger",
    view: {
      ...view,
      state: { values: { broadcast_message: { message: { type: "plain_text_input", value: message } } } },
      hash: "1700000000.abc",
    },
    response_urls: [],
    is_enterprise_install: false,
  };
  const response = await fetch(url, signedSlackRequest(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), SIGNING_SECRET));
  return { status: response.status, body: await response.text() };
}

async function postEvent(url: string, event: Record<string, unknown>): Promise<number> {
  const body = JSON.stringify({
    token: "verification-token",
    team_id: "T0TEAM0001",
    api_app_id: "A0APP00001",
    event,
    type: "event_callback",
    event_id: `Ev0${Date.now()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: "T0TEAM0001", user_id: "U0BOT00001", is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
  const request = signedSlackRequest(body, SIGNING_SECRET);
  // The Events API posts JSON; the signature covers the body whatever its type.
  const response = await fetch(url, { ...request, headers: { ...(request.headers as Record<string, string>), "content-type": "application/json" } });
  return response.status;
}
