// Keeping offers fresh in the running app, across a restart: the sample network's Leih-Oma offer,
// not confirmed for 90 days, is asked about in its organisation's channel (both buttons, the
// coordinators mentioned); nobody answers, so 14 days later it is no longer recommended, takes no
// signups and the network channel hears of it, once. A second process on the same database repeats
// nothing; "Noch aktuell" from the organisation's coordinator makes it recommendable again, and
// "Pausieren" pauses it. Clicks are signed requests to the app's /slack/events; the clock is the
// test's, runJobNow runs the job.
import { afterEach, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../../src/app";
import { FRESHNESS_CONFIRM_ACTION_ID, FRESHNESS_PAUSE_ACTION_ID } from "../../src/channels/slack/opportunity-freshness-message";
import { parseConfig } from "../../src/config";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { createSilentLogger } from "../../src/logger";
import { OPPORTUNITY_FRESHNESS_JOB } from "../../src/services/jobs/opportunity-freshness-job";
import { recommendOpportunities } from "../../src/services/opportunity/recommend-opportunities";
import { createSignup, OpportunityUnavailableError } from "../../src/services/signup/create-signup";
import { freePort, NETWORK_CHANNEL, waitFor } from "../support/app-harness";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { startFakeSlackApi, type FakeSlackApi, type FakeSlackMessage } from "../support/slack/fake-slack-api";
import { signedSlackRequest, statusClickBody } from "../support/slack/signed-request";

const SIGNING_SECRET = "opportunity-freshness-signing-secret";
const DAY = 24 * 60 * 60 * 1000;
/** Confirmed on Monday 4 January 2027 (the seed's offers are confirmed when they are imported). */
const CONFIRMED = new Date("2027-01-04T09:00:00Z");
const day = (n: number) => new Date(CONFIRMED.getTime() + n * DAY);

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("keeping offers fresh across a restart", () => {
  it("asks once, turns the offer stale once, and the buttons confirm and pause it", async () => {
    const db: TestDatabase = await createTestDatabase();
    cleanups.push(() => db.close());
    const slack: FakeSlackApi = await startFakeSlackApi();
    cleanups.push(() => slack.close());
    let clock = CONFIRMED;
    const port = await freePort();
    const config = parseConfig({
      DATABASE_URL: db.databaseUrl,
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_API_URL: slack.url,
      SLACK_NETWORK_CHANNEL: NETWORK_CHANNEL,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      PORT: String(port),
    });
    const start = async (): Promise<{ app: RunningApp; stop: () => Promise<void> }> => {
      const app = await startApp(config, { logger: createSilentLogger(), now: () => clock, outboxIntervalMs: 100, jobs: { firstRunAfterMs: 3_600_000 } });
      let stopping: Promise<void> | undefined;
      const stop = () => (stopping ??= app.stop());
      cleanups.push(stop);
      return { app, stop };
    };
    const click = (user: string, message: FakeSlackMessage, offerId: number, actionId: string) =>
      fetch(`http://127.0.0.1:${port}/slack/events`, signedSlackRequest(statusClickBody({ coordinator: user, channel: message.channel, ts: message.ts, signupId: offerId, actionId }), SIGNING_SECRET));

    const first = await start();
    const prisma: PrismaClient = first.app.deps.prisma;
    const offer = await prisma.opportunity.findUniqueOrThrow({
      where: { slug: "leih-oma-auenhain" },
      include: { interests: true, organisation: { include: { coordinators: { orderBy: { id: "asc" } } } } },
    });
    // The test's offer was confirmed on CONFIRMED; the other 70 two months later, so that they stay quiet.
    await prisma.opportunity.updateMany({ data: { confirmedAt: day(60) } });
    await prisma.opportunity.update({ where: { id: offer.id }, data: { confirmedAt: CONFIRMED } });
    const coordinators = offer.organisation.coordinators.map((coordinator) => coordinator.slackUserId);
    expect(coordinators.length).toBeGreaterThan(0);
    const orgChannel = offer.organisation.slackChannel!;
    const outsider = await prisma.coordinator.findFirstOrThrow({ where: { organisationId: { not: null, notIn: [offer.organisationId] } } });
    const resident = await prisma.resident.create({
      data: {
        channel: "telegram",
        channelUserId: "4344001",
        firstName: "Erika",
        consentAt: CONFIRMED,
        timeSlots: JSON.stringify(["flexible"]),
        districtChoice: "any",
        languages: JSON.stringify(["de"]),
        profileCompleteAt: CONFIRMED,
        interests: { connect: offer.interests.map((interest) => ({ key: interest.key })) },
      },
    });
    const recommended = async (now: Date) =>
      (await recommendOpportunities({ prisma, residentId: resident.id, now, offset: 0, count: 100, locale: "de" })).items.some((item) => item.opportunity.id === offer.id);
    expect(await recommended(day(1))).toBe(true);

    // Not before 90 days; then once.
    clock = day(89);
    expect(await first.app.jobs.runJobNow(OPPORTUNITY_FRESHNESS_JOB)).toEqual({ ok: true, counts: { asked: 0, stale: 0 } });
    clock = day(90);
    expect(await first.app.jobs.runJobNow(OPPORTUNITY_FRESHNESS_JOB)).toEqual({ ok: true, counts: { asked: 1, stale: 0 } });
    expect(await first.app.jobs.runJobNow(OPPORTUNITY_FRESHNESS_JOB)).toEqual({ ok: true, counts: { asked: 0, stale: 0 } });
    const question = await waitFor(() => [...slack.messages.values()].find((message) => message.channel === orgChannel), "the question in the organisation's channel");
    for (const coordinator of coordinators) expect(String(question.text)).toContain(`<@${coordinator}>`);
    expect(String(question.text)).toContain(`„${offer.title}“`);
    expect(String(question.text)).toContain("Zuletzt bestätigt am 04.01.2027");
    expect(JSON.stringify(question.blocks)).toContain(FRESHNESS_CONFIRM_ACTION_ID);
    expect(JSON.stringify(question.blocks)).toContain(FRESHNESS_PAUSE_ACTION_ID);

    // Another organisation's coordinator and a stranger change nothing.
    for (const user of [outsider.slackUserId, "U0STRANGER"]) expect((await click(user, question, offer.id, FRESHNESS_CONFIRM_ACTION_ID)).status).toBe(200);
    await waitFor(() => slack.okCalls("chat.postEphemeral").length === 2, "two refusals");
    expect((await prisma.opportunity.findUniqueOrThrow({ where: { id: offer.id } })).confirmedAt).toEqual(CONFIRMED);

    // Unanswered: 14 days after the question it is stale; the network channel hears of it once.
    clock = day(104);
    expect(await first.app.jobs.runJobNow(OPPORTUNITY_FRESHNESS_JOB)).toEqual({ ok: true, counts: { asked: 0, stale: 1 } });
    const notice = await waitFor(() => [...slack.messages.values()].find((message) => message.channel === NETWORK_CHANNEL), "the notice in the network channel");
    expect(String(notice.text)).toContain("wird nicht mehr empfohlen");
    expect(await recommended(day(104))).toBe(false);
    const refused = await createSignup({ prisma, residentId: resident.id, opportunityId: offer.id, message: null, now: day(104) }).catch((error: unknown) => error);
    expect((refused as OpportunityUnavailableError).reason).toBe("stale");
    await first.stop();

    // A new process on the same database, a day later: nothing is repeated.
    clock = day(105);
    const second = await start();
    const again = second.app.deps.prisma;
    expect(await second.app.jobs.runJobNow(OPPORTUNITY_FRESHNESS_JOB)).toEqual({ ok: true, counts: { asked: 0, stale: 0 } });
    await waitFor(async () => (await again.notification.count({ where: { channel: "slack", status: "pending" } })) === 0, "the Slack outbox to be empty");
    expect(slack.okCalls("chat.postMessage")).toHaveLength(2);
    expect(await again.notification.groupBy({ by: ["kind"], _count: { _all: true }, orderBy: { kind: "asc" } })).toEqual([
      { kind: "opportunity-confirm-asked", _count: { _all: 1 } },
      { kind: "opportunity-stale", _count: { _all: 1 } },
    ]);

    // "Noch aktuell" from the organisation's coordinator: recommended again, the question answered in place.
    expect((await click(coordinators[0]!, question, offer.id, FRESHNESS_CONFIRM_ACTION_ID)).status).toBe(200);
    await waitFor(() => slack.okCalls("chat.update").length === 1, "the question updated");
    expect(await again.opportunity.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({ confirmedAt: day(105), freshnessAskedAt: null, staleSince: null });
    expect(JSON.stringify(slack.messages.get(`${question.channel}:${question.ts}`)!.blocks)).toContain(`bestätigt von <@${coordinators[0]}>`);
    const recommendedAgain = await recommendOpportunities({ prisma: again, residentId: resident.id, now: day(105), offset: 0, count: 100, locale: "de" });
    expect(recommendedAgain.items.map((item) => item.opportunity.id)).toContain(offer.id);

    // "Pausieren" (here under the network channel's notice) pauses it.
    expect((await click(coordinators[0]!, notice, offer.id, FRESHNESS_PAUSE_ACTION_ID)).status).toBe(200);
    await waitFor(() => slack.okCalls("chat.update").length === 2, "the notice updated");
    expect(await again.opportunity.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({ pausedAt: day(105), pausedBy: coordinators[0] });
  });
});
