// The Slack side of the signup dialogues ("Abgesagt" with a reason, the Führungszeugnis record)
// as tests drive them: the real Bolt app behind our HTTP front, reached with signed requests as
// Slack sends them, talking to the fake Web API. Button clicks are statusClickBody (signed-request.ts).
// startSlackFront serves the coordinators' tools too (test/channels/slack/listeners/coordinator-app.ts).
import type { App } from "@slack/bolt";
import { createSlackApp } from "../../../src/channels/slack/app";
import { loadSignupView } from "../../../src/channels/slack/load-signup-view";
import { buildSignupMessage } from "../../../src/channels/slack/signup-message";
import { SLACK_EVENTS_PATH, SlackRequestReceiver } from "../../../src/channels/slack/slack-receiver";
import type { SlackListenerDeps } from "../../../src/channels/slack/listeners";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { createHttpFront } from "../../../src/http/http-front";
import { createSilentLogger, type Logger } from "../../../src/logger";
import type { FakeSlackApi } from "./fake-slack-api";
import { testTranslator } from "./fixtures";
import { signedSlackRequest } from "./signed-request";

export const DIALOG_SIGNING_SECRET = "signup-dialogs-signing-secret";

export interface SlackFront {
  app: App;
  /** Where Slack posts: http://127.0.0.1:PORT/slack/events. */
  url: string;
  /** POSTs a signed form body to /slack/events, as Slack does. */
  post(body: string): Promise<Response>;
  close(): Promise<void>;
}

/** The app with the test translator and a silent logger unless given; the rest of its settings as given. */
export type SlackFrontOptions = { slack: FakeSlackApi; signingSecret?: string; logger?: Logger } & Pick<SlackListenerDeps, "prisma"> & Partial<Omit<SlackListenerDeps, "prisma" | "logger">>;

export async function startSlackFront(options: SlackFrontOptions): Promise<SlackFront> {
  const { slack, signingSecret = DIALOG_SIGNING_SECRET, logger = createSilentLogger(), ...deps } = options;
  const receiver = new SlackRequestReceiver({ signingSecret, logger });
  const app = createSlackApp({ token: "xoxb-test", slackApiUrl: slack.url, receiver, translator: testTranslator(), logger, ...deps });
  const front = createHttpFront({ routes: [receiver.route], logger });
  const address = await front.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${address.port}${SLACK_EVENTS_PATH}`;
  return {
    app,
    url,
    post: (body) => fetch(url, signedSlackRequest(body, signingSecret)),
    close: () => front.close(),
  };
}

/** Posts the signup's message as the outbox would, and remembers it on the signup. */
export async function postSignupMessage(prisma: PrismaClient, app: App, signupId: number): Promise<{ channel: string; ts: string }> {
  const loaded = await loadSignupView(prisma, signupId);
  if (!loaded) throw new Error(`no signup ${signupId}`);
  const channel = loaded.organisation.slackChannel ?? "C0NETZWERK";
  const posted = await app.client.chat.postMessage({ channel, ...buildSignupMessage(loaded.view, { translator: testTranslator() }) });
  await prisma.signup.update({ where: { id: signupId }, data: { slackChannel: channel, slackTs: posted.ts! } });
  return { channel, ts: posted.ts! };
}

export interface ViewSubmission {
  user: string;
  callbackId: string;
  privateMetadata: string;
  /** state.values: block id → action id → the element's value. */
  values: Record<string, Record<string, unknown>>;
}

/** A modal's submission as Slack posts it to the request URL (trimmed only where irrelevant). */
export function viewSubmissionBody(options: ViewSubmission): string {
  const payload = {
    type: "view_submission",
    team: { id: "T0TEAM0001", domain: "netzwerk" },
    user: { id: options.user, username: "koordination", name: "koordination", team_id: "T0TEAM0001" },
    api_app_id: "A0APP00001",
    token: "verification-token",
    trigger_id: "4.5.6",
    view: {
      id: "V0VIEW00001",
      team_id: "T0TEAM0001",
      type: "modal",
      callback_id: options.callbackId,
      private_metadata: options.privateMetadata,
      state: { values: options.values },
      hash: "1700000200.abcdef",
      title: { type: "plain_text", text: "Dialog" },
      blocks: [],
    },
    response_urls: [],
    is_enterprise_install: false,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** What the app answered to a submission: nothing (the modal closes) or a response_action. */
export async function submissionAnswer(response: Response): Promise<Record<string, unknown> | null> {
  const text = await response.text();
  return text === "" ? null : (JSON.parse(text) as Record<string, unknown>);
}
