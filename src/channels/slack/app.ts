// The Bolt app coordinators talk to: it receives button clicks over HTTP (Slack's Events/
// Interactivity request URL) and answers through the Web API.
import { App, type Receiver } from "@slack/bolt";
import { registerListeners, type SlackListenerDeps } from "./listeners";
import { slackClientOptions, toSlackLogger } from "./slack-client";

export interface SlackAppDeps extends SlackListenerDeps {
  /** Bot token (xoxb-…). */
  token: string;
  /** Verifies that requests come from Slack; Bolt's HTTP receiver refuses to start without it. */
  signingSecret: string;
  /** Web API base URL; only tests change it. */
  slackApiUrl?: string;
  /** Port for `app.start()` with the built-in HTTP receiver. */
  port?: number;
  /** Another receiver (Express, a test receiver); signingSecret is then the receiver's business. */
  receiver?: Receiver;
}

/**
 * Builds the app and checks the token (auth.test) before returning, so a wrong token or an
 * unreachable Slack fails at startup with a clear error, not at the first click.
 * Start it with `await app.start()` (built-in receiver) or through your receiver.
 */
export async function createSlackApp(deps: SlackAppDeps): Promise<App> {
  const { token, signingSecret, slackApiUrl, port, receiver, ...listenerDeps } = deps;
  const app = new App({
    token,
    ...(receiver ? { receiver } : { signingSecret }),
    ...(port !== undefined && !receiver ? { port } : {}),
    logger: toSlackLogger(deps.logger, "bolt"),
    clientOptions: slackClientOptions({ logger: deps.logger, ...(slackApiUrl ? { slackApiUrl } : {}) }),
    deferInitialization: true,
  });
  registerListeners(app, listenerDeps);
  await app.init();
  return app;
}
