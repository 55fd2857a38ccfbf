// Socket Mode: instead of Slack posting clicks to our public URL (SlackRequestReceiver), the app
// opens a WebSocket to Slack with the app-level token (xapp-…) and receives them over it, for
// networks that cannot expose a public URL. Bolt's SocketModeReceiver does the work; this wraps
// its start and stop so that start-up never waits for Slack and a failure is logged and retried.
import { SocketModeReceiver } from "@slack/bolt";
import { safeError, type Logger } from "../../logger";
import { SLACK_REQUEST_TIMEOUT_MS, toSlackLogger } from "./slack-client";

export interface SlackSocketModeOptions {
  appToken: string;
  logger: Logger;
  /** Web API base URL (apps.connections.open); only tests change it. */
  slackApiUrl?: string;
  /** Pause before the first retry after start() failed; doubles up to maxRetryDelayMs. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** How long stop() waits for the socket to close. */
  stopTimeoutMs?: number;
}

/** Slack's answers to apps.connections.open that mean the app-level token is wrong. */
const TOKEN_REFUSED = new Set(["invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type"]);

export class SlackSocketMode {
  /** Hand this to createSlackApp. */
  readonly receiver: SocketModeReceiver;
  private readonly log: Logger;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly stopTimeoutMs: number;
  private stopped = false;
  private started = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private wakeRetry: (() => void) | undefined;

  constructor(options: SlackSocketModeOptions) {
    this.log = options.logger.child({ component: "slack-socket-mode" });
    this.retryDelayMs = options.retryDelayMs ?? 5_000;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 5 * 60_000;
    this.stopTimeoutMs = options.stopTimeoutMs ?? 2_000;
    this.receiver = new SocketModeReceiver({
      appToken: options.appToken,
      logger: toSlackLogger(options.logger, "slack-socket-mode"),
      // Only clientOptions of the installer options are used (no OAuth, no HTTP server): they
      // configure the WebClient that calls apps.connections.open (it logs through the logger above). The socket-mode client retries
      // Slack's error answers itself (and reconnects a dropped socket); with no retries inside the
      // WebClient, an unreachable Slack or a refused token comes back to run() below quickly.
      installerOptions: {
        clientOptions: {
          ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
          retryConfig: { retries: 0 },
          timeout: SLACK_REQUEST_TIMEOUT_MS,
        },
      },
    });
  }

  /** Connects in the background and returns at once; never rejects. */
  start(): void {
    if (this.started) return;
    this.started = true;
    void this.run();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        await this.receiver.start();
        if (this.stopped) {
          // stop() came while connecting: the client may have opened the socket after it.
          await this.disconnect();
          return;
        }
        this.log.info("slack socket mode connected");
        // From here the socket-mode client reconnects by itself when Slack drops the socket.
        return;
      } catch (error) {
        if (this.stopped) return;
        failures += 1;
        const delayMs = Math.min(this.retryDelayMs * 2 ** (failures - 1), this.maxRetryDelayMs);
        const safe = safeError(error);
        const refused = typeof safe.code === "string" && TOKEN_REFUSED.has(safe.code);
        if (refused) this.log.error({ err: safe, retryInMs: delayMs }, "Slack refused the app-level token (check SLACK_APP_TOKEN); clicks are not received");
        else this.log.warn({ err: safe, retryInMs: delayMs }, "Slack socket mode could not connect; trying again");
        await new Promise<void>((resolve) => {
          this.wakeRetry = resolve;
          this.retryTimer = setTimeout(resolve, delayMs);
          this.retryTimer.unref();
        });
        this.wakeRetry = undefined;
      }
    }
  }

  /** Closes the socket (bounded); no click is received afterwards. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.wakeRetry?.();
    if (this.started) await this.disconnect();
  }

  private async disconnect(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), this.stopTimeoutMs);
    });
    try {
      const result = await Promise.race([this.receiver.client.disconnect().then(() => "closed" as const), timeout]);
      if (result === "timeout") this.log.warn({ timeoutMs: this.stopTimeoutMs }, "slack socket did not close in time");
    } catch (error) {
      this.log.warn({ err: safeError(error) }, "slack socket mode stop failed");
    } finally {
      clearTimeout(timer);
    }
  }
}
