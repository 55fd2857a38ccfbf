// The coordinators' tools as Slack reaches them: a signed request to our HTTP front →
// SlackRequestReceiver → the real Bolt app → our listeners → database → the fake Web API.
// For the /lotse command, the broadcast modal and the App Home tests: useCoordinatorApp() gives
// each test a database with the coordinator network (test/services/coordinator/fixtures.ts) and
// the app on it.
import type { App } from "@slack/bolt";
import { afterEach, beforeEach } from "vitest";
import type { PrismaClient } from "../../../../src/generated/prisma/client";
import type { Logger } from "../../../../src/logger";
import { createCoordinatorNetwork, type CoordinatorNetwork } from "../../../services/coordinator/fixtures";
import { useTestDatabase, type TestDatabase } from "../../../support/db";
import { useFakeSlackApi, type FakeSlackApi, type FakeSlackResponse } from "../../../support/slack/fake-slack-api";
import { signedSlackRequest } from "../../../support/slack/signed-request";
import { startSlackFront } from "../../../support/slack/signup-dialogs";
import { standIn } from "../../../support/stand-in";

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
  const front = await startSlackFront({ ...options, signingSecret: SIGNING_SECRET, state: "TH", timeZone: "Europe/Berlin", reminderWorkingDays: 2 });
  const { url } = front;
  return {
    app: front.app,
    url,
    command: (userId, text, commandOptions) => postCommand({ url, slack: options.slack, userId, text, ...commandOptions }),
    submitView: (userId, view, message) => postViewSubmission(url, userId, view, message),
    event: (event) => postEvent(url, event),
    close: () => front.close(),
  };
}

export interface CoordinatorTestBed {
  /** The test file's fake Slack API, reset before each test. */
  slack: FakeSlackApi;
  /** Each test's own database… */
  db: Omit<TestDatabase, "close">;
  /** …with the coordinator network in it… */
  network: CoordinatorNetwork;
  /** …and the app on it, closed after the test. */
  coordinatorApp: CoordinatorApp;
}

/** Registers the hooks that set up the test bed for each test; see CoordinatorTestBed. */
export function useCoordinatorApp(options: { now: () => Date; wakeOutbox?: () => void }): CoordinatorTestBed {
  const slack = useFakeSlackApi();
  const db = useTestDatabase();
  let network: CoordinatorNetwork | undefined;
  let coordinatorApp: CoordinatorApp | undefined;
  beforeEach(async () => {
    network = await createCoordinatorNetwork(db.prisma);
    coordinatorApp = await startCoordinatorApp({ prisma: db.prisma, slack, ...options });
  });
  afterEach(async () => {
    await coordinatorApp?.close();
    coordinatorApp = undefined;
    network = undefined;
  });
  return { slack, db, network: standIn("the coordinator network", () => network), coordinatorApp: standIn("the coordinator app", () => coordinatorApp) };
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

/** The form body Slack posts when the broadcast modal (`view`, as views.open got it) is sent with this message. */
export function broadcastSubmissionBody(userId: string, view: Record<string, unknown>, message: string | null): string {
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
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

async function postViewSubmission(url: string, userId: string, view: Record<string, unknown>, message: string | null): Promise<{ status: number; body: string }> {
  const response = await fetch(url, signedSlackRequest(broadcastSubmissionBody(userId, view, message), SIGNING_SECRET));
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
