// Nothing lives only in memory: a restart in the middle of a dialogue continues where the
// resident was, and a notification queued while Slack was not configured is delivered once
// it is — after the restart, by the new process.
import { afterEach, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../../src/app";
import { parseConfig } from "../../src/config";
import { createSilentLogger } from "../../src/logger";
import { freshDatabaseUrl, NETWORK_CHANNEL, telegramTestOptions, text, waitFor } from "../support/app-harness";
import { startFakeSlackApi, type FakeSlackApi } from "../support/slack/fake-slack-api";
import { startFakeBotApi, TestUser, type FakeBotApi } from "../support/telegram";

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(databaseUrl: string, telegram: FakeBotApi, slack?: FakeSlackApi): Promise<RunningApp> {
  const env: Record<string, string> = { DATABASE_URL: databaseUrl, TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot };
  if (slack) Object.assign(env, { SLACK_BOT_TOKEN: "xoxb-test", SLACK_API_URL: slack.url, SLACK_NETWORK_CHANNEL: NETWORK_CHANNEL });
  const since = telegram.calls.length;
  const app = await startApp(parseConfig(env), { logger: createSilentLogger(), outboxIntervalMs: 100, telegram: telegramTestOptions(telegram) });
  await telegram.waitForCall("getUpdates", () => true, { since, timeoutMs: 10_000 });
  return app;
}

describe("a restart", () => {
  it("continues the dialogue and delivers what was queued before", async () => {
    const database = await freshDatabaseUrl();
    cleanups.push(database.remove);
    const telegram = await startFakeBotApi({ handledSignal: "report" });
    cleanups.push(() => telegram.close());
    const slack = await startFakeSlackApi();
    cleanups.push(() => slack.close());
    const resident = new TestUser(telegram, { id: 424242, firstName: "Erika", username: "erika_m", languageCode: "de" });

    // First process: no Slack configured.
    const first = await start(database.databaseUrl, telegram);
    await resident.send("/start");
    await resident.tap(text("onboarding-language-suggest-yes"));
    await resident.tap(text("onboarding-privacy-agree"));
    await resident.tap(text("interest-senioren"));
    await first.stop();

    // Second process, same database, still without Slack: the ticked box is still ticked.
    const second = await start(database.databaseUrl, telegram);
    await resident.tap(text("interest-nachbarschaft"));
    expect(resident.buttons().filter((button) => button.startsWith("✅"))).toEqual([
      `✅ ${text("interest-senioren")}`,
      `✅ ${text("interest-nachbarschaft")}`,
    ]);
    await resident.tap(text("common-done"));
    await resident.tap(text("slot-flexible"));
    await resident.tap(text("common-done"));
    await resident.tap(text("hours-4"));
    await resident.tap(text("onboarding-district-any"));
    await resident.tap(text("language-de"));
    await resident.tap(text("common-done"));
    await resident.tap(/^1\. /);
    await resident.tap(text("signup-start"));
    if (resident.buttons().includes(text("signup-requirements-ok"))) await resident.tap(text("signup-requirements-ok"));
    await resident.tap(text("signup-contact-consent-yes"));
    await resident.tap(text("signup-message-skip"));
    await resident.tap(text("signup-confirm-yes"));
    const pending = await second.deps.prisma.notification.findFirstOrThrow({ where: { kind: "signup-created" } });
    expect(pending.status).toBe("pending");
    await second.stop();
    expect(slack.calls).toHaveLength(0);

    // Third process, now with Slack: the queued notification goes out.
    const third = await start(database.databaseUrl, telegram, slack);
    cleanups.push(() => third.stop());
    await waitFor(() => slack.okCalls("chat.postMessage")[0], "the queued signup in Slack", { timeoutMs: 10_000 });
    const sent = await waitFor(
      async () => (await third.deps.prisma.notification.findFirst({ where: { id: pending.id, status: "sent" } })) ?? undefined,
      "the notification marked sent",
    );
    expect(sent.externalRef).toMatch(/^C\w+:\d+\.\d+$/);
    expect(JSON.stringify(slack.okCalls("chat.postMessage")[0]!.body)).toContain("Erika");
  });
});
