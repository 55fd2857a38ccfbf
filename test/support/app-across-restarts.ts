// The whole app, started more than once on the same database and fake Slack API, as the jobs
// meet it across restarts. Each start runs on the test's clock; the timers would run the jobs on
// their own an hour later, so the test runs them with app.jobs.runJobNow. Apps the test did not
// stop are stopped after it.
import { afterEach } from "vitest";
import { startApp, type RunningApp } from "../../src/app";
import { parseConfig } from "../../src/config";
import { createSilentLogger } from "../../src/logger";
import { NETWORK_CHANNEL } from "./app-harness";
import { useTestDatabase } from "./db";
import { useFakeSlackApi, type FakeSlackApi } from "./slack/fake-slack-api";

export interface StartedApp {
  app: RunningApp;
  /** Stops the app; the clean-up after the test does not stop it again. */
  stop(): Promise<void>;
}

export interface AppAcrossRestarts {
  /** The file's fake Slack API, reset before each test. */
  slack: FakeSlackApi;
  /** Starts a new process on the test's database, with this clock. */
  startAppAt(now: () => Date): Promise<StartedApp>;
}

/** Registers the hooks: a database per test, the fake Slack API, and stopping what is left running. */
export function useAppAcrossRestarts(env: Record<string, string> = {}): AppAcrossRestarts {
  const slack = useFakeSlackApi();
  const db = useTestDatabase();
  const running: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const stop of running.splice(0).reverse()) await stop();
  });
  return {
    slack,
    async startAppAt(now) {
      const config = parseConfig({ DATABASE_URL: db.databaseUrl, SLACK_BOT_TOKEN: "xoxb-test", SLACK_API_URL: slack.url, SLACK_NETWORK_CHANNEL: NETWORK_CHANNEL, ...env });
      const app = await startApp(config, { logger: createSilentLogger(), now, outboxIntervalMs: 100, jobs: { firstRunAfterMs: 3_600_000 } });
      let stopping: Promise<void> | undefined;
      const stop = () => (stopping ??= app.stop());
      running.push(stop);
      return { app, stop };
    },
  };
}
