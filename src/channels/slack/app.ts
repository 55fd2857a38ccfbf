// The Bolt app coordinators talk to: it receives button clicks through a receiver (our HTTP
// route, SlackRequestReceiver, or Socket Mode, SlackSocketMode) and answers through the Web API.
import { App, type Receiver } from "@slack/bolt";
import { registerListeners, type SlackListenerDeps } from "./listeners";
import { slackClientOptions, toSlackLogger } from "./slack-client";

export interface SlackAppDeps extends SlackListenerDeps {
  /** Bot token (xoxb-…). */
  token: string;
  /** Where Slack's requests come in; it verifies them (signing secret) and calls app.processEvent. */
  receiver: Receiver;
  /** Web API base URL; only tests change it. */
  slackApiUrl?: string;
}

/**
 * Builds the app without calling Slack. Bolt would check the token with auth.test before it
 * handles anything (and, deferred, fail app.init() while Slack is unreachable), which made the
 * whole start-up, Telegram included, depend on Slack. With tokenVerificationEnabled: false Bolt
 * runs auth.test when a click arrives instead; the start-up check is checkSlackConnection in
 * slack-client.ts, which only logs.
 */
export function createSlackApp(deps: SlackAppDeps): App {
  const { token, slackApiUrl, receiver, ...listenerDeps } = deps;
  const app = new App({
    token,
    receiver,
    tokenVerificationEnabled: false,
    // Bolt hands this logger to the receiver and to every WebClient it makes (app.client and
    // the per-team clients listeners get), so none of them writes plain lines to the console.
    logger: toSlackLogger(deps.logger, "bolt"),
    clientOptions: slackClientOptions({ logger: deps.logger, ...(slackApiUrl ? { slackApiUrl } : {}) }),
  });
  registerListeners(app, listenerDeps);
  // Bolt's default error handler logs a failure and rethrows it to the receiver, which logs it
  // again (SlackRequestReceiver: "slack request failed", with safeError). One line is enough.
  app.error(async (error) => {
    throw error;
  });
  return app;
}
