// What the end-to-end bench's main thread and its server worker (e2e-server.ts) tell each other.
// A module of its own: importing e2e-server.ts would start a server.

export const WEBHOOK_PATH = "/telegram/webhook";
export const WEBHOOK_SECRET = "lotse_bench_webhook_secret_0123456789";

export interface E2eServerConfig {
  /** The app, or the bare grammY ceiling. */
  kind: "app" | "bare";
  /**
   * Bare bot only: Bot API calls per update, on average, to make instead of one reply, as the app
   * made them in the same phase (a button's answer first, then messages). Unset: the plain ceiling.
   */
  callsPerUpdate?: number;
  mode: "polling" | "webhook";
  /** "production": TELEGRAM_THROTTLE (≈ 1 message/s per chat, 30/s in all); "lifted": no rate limit. */
  throttle: "production" | "lifted";
  token: string;
  apiRoot: string;
  slackUrl: string;
  databaseUrl: string;
  /** The app's log level; production writes info (here to /dev/null, synchronously, like a pipe). */
  logLevel: string;
  /** Where `profile-stop` writes the CPU profile of the measured part. */
  profileDir?: string;
}

export type ServerMessage =
  | { type: "ready"; webhookUrl: string | null }
  | { type: "settled"; updateIds: number[] }
  | { type: "profiled"; file: string }
  /**
   * The server thread since it started: event-loop active time, ms (its CPU use, roughly, but it
   * also counts waits for a core), and its CPU time, ms (null without /proc; see cpu-time.ts).
   */
  | { type: "stats"; activeMs: number; cpuMs: number | null }
  | { type: "stopped" }
  | { type: "failed"; error: string };

export type ControlMessage = { type: "stop" } | { type: "stats" } | { type: "profile-start" } | { type: "profile-stop"; name: string };

