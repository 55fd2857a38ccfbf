// Keeping offers fresh in Slack: the question in the organisation's channel (mentions, last
// confirmation, deadline, "Noch aktuell" and "Pausieren"), the notice in the network channel when
// nobody answered, and the two buttons: only the organisation's coordinators and the network
// managers may use them; the message is updated in place saying who did what. The real notifier
// and WebClient against the fake Web API; clicks as signed requests → our HTTP front → Bolt.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FRESHNESS_CONFIRM_ACTION_ID, FRESHNESS_PAUSE_ACTION_ID } from "../../src/channels/slack/opportunity-freshness-message";
import { createSlackNotifier } from "../../src/channels/slack/slack-notifier";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { createSilentLogger } from "../../src/logger";
import { confirmOpportunity } from "../../src/services/freshness/confirm-opportunity";
import { sweepOpportunityFreshness } from "../../src/services/freshness/sweep-opportunity-freshness";
import { deliverPendingNotifications } from "../../src/services/notification/deliver-pending-notifications";
import { useTestDatabase } from "../support/db";
import { useFakeSlackApi, type FakeSlackMessage } from "../support/slack/fake-slack-api";
import { testTranslator } from "../support/slack/fixtures";
import { statusClickBody } from "../support/slack/signed-request";
import { startSlackFront, type SlackFront } from "../support/slack/signup-dialogs";
import { createMiniNetwork } from "../services/fixtures";

const NETWORK_CHANNEL = "C0NETWORK1";
const ORG_CHANNEL = "C0MGH";
const MIA = "U0MIA00001";
const KAI = "U0KAI00001";
const TOM = "U0TOM00001";
const NETWORK_MANAGER = "U0NETZ0001";
const settings = { confirmAfterDays: 90, answerWithinDays: 14, timeZone: "Europe/Berlin" };
const DAY = 24 * 60 * 60 * 1000;
/** Confirmed Monday 4 January 2027; asked 90 days later (4 April), stale 14 days after that (18 April). */
const CONFIRMED = new Date("2027-01-04T09:00:00Z");
const ASKED = new Date(CONFIRMED.getTime() + 90 * DAY);
const STALE = new Date(ASKED.getTime() + 14 * DAY);
const CLICKED = new Date(STALE.getTime() + DAY);

const slack = useFakeSlackApi();
const db = useTestDatabase();
let prisma: PrismaClient;
let network: Awaited<ReturnType<typeof createMiniNetwork>>;
let front: SlackFront;
let clock: Date;

beforeEach(async () => {
  prisma = db.prisma;
  clock = ASKED;
  network = await createMiniNetwork(prisma);
  const tafel = await prisma.organisation.create({ data: { slug: "tafel", name: "Tafel Nord", description: "Tafel", address: "Weg 2", slackChannel: "C0TAFEL" } });
  await prisma.coordinator.createMany({
    data: [
      { name: "Mia", slackUserId: MIA, organisationId: network.mgh.id },
      { name: "Kai", slackUserId: KAI, organisationId: network.mgh.id },
      { name: "Tom", slackUserId: TOM, organisationId: tafel.id },
      { name: "Netz", slackUserId: NETWORK_MANAGER, organisationId: null },
    ],
  });
  front = await startSlackFront({ prisma, slack, now: () => clock, timeZone: "Europe/Berlin" });
});
afterEach(() => front.close());

const sweep = () => sweepOpportunityFreshness({ prisma, now: clock, settings });

async function deliver() {
  const notifier = createSlackNotifier({
    prisma,
    translator: testTranslator(),
    logger: createSilentLogger(),
    networkChannel: NETWORK_CHANNEL,
    token: "xoxb-test",
    slackApiUrl: slack.url,
    freshness: settings,
    calendar: { state: "TH", timeZone: "Europe/Berlin" },
    now: () => clock,
  });
  return deliverPendingNotifications({ prisma, senders: { slack: notifier }, logger: createSilentLogger() });
}

const posted = (channel: string): FakeSlackMessage[] => [...slack.messages.values()].filter((message) => message.channel === channel);
const blocksOf = (message: FakeSlackMessage) => JSON.stringify(message.blocks);

function click(user: string, message: FakeSlackMessage, offerId: number, actionId = FRESHNESS_CONFIRM_ACTION_ID) {
  return front.post(statusClickBody({ coordinator: user, channel: message.channel, ts: message.ts, signupId: offerId, actionId }));
}

async function askedOffer(slug = "leih-oma") {
  const offer = await network.opportunity(slug, { title: "Leih-Oma im Familienzentrum", confirmedAt: CONFIRMED });
  expect(await sweep()).toEqual({ asked: 1, stale: 0 });
  await deliver();
  const [question] = posted(ORG_CHANNEL);
  expect(question).toBeDefined();
  return { offer, question: question! };
}

const freshness = (id: number) => prisma.opportunity.findUniqueOrThrow({ where: { id }, select: { confirmedAt: true, freshnessAskedAt: true, staleSince: true, pausedAt: true, pausedBy: true } });

describe("the freshness question", () => {
  it("asks in the organisation's channel, mentioning its coordinators, with the last confirmation, the deadline and both buttons", async () => {
    const { offer, question } = await askedOffer();
    const text = String(question.text);
    expect(text).toContain(`<@${MIA}> <@${KAI}>`);
    expect(text).not.toContain(TOM);
    expect(text).toContain("Ist das Angebot „Leih-Oma im Familienzentrum“ (Mehrgenerationenhaus Altstadt, Kürzel leih-oma) noch aktuell? Zuletzt bestätigt am 04.01.2027.");
    const blocks = blocksOf(question);
    expect(blocks).toContain("Ohne Antwort bis 18.04.2027 empfiehlt der Bot das Angebot nicht mehr.");
    const actions = (question.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string; text: { text: string } }> }>).find((block) => block.type === "actions");
    expect(actions?.elements?.map((button) => [button.action_id, button.value, button.text.text])).toEqual([
      [FRESHNESS_CONFIRM_ACTION_ID, String(offer.id), "Noch aktuell"],
      [FRESHNESS_PAUSE_ACTION_ID, String(offer.id), "Pausieren"],
    ]);
    expect(posted(NETWORK_CHANNEL)).toHaveLength(0);
  });

  it("asks in the network channel for an organisation without a channel, and says that nobody is mentioned", async () => {
    await prisma.organisation.update({ where: { id: network.mgh.id }, data: { slackChannel: null } });
    await prisma.coordinator.deleteMany({ where: { organisationId: network.mgh.id } });
    await network.opportunity("leih-oma", { confirmedAt: CONFIRMED });
    await sweep();
    await deliver();
    const [question] = posted(NETWORK_CHANNEL);
    expect(String(question!.text)).toContain("Für Mehrgenerationenhaus Altstadt ist in Slack niemand als Koordinator:in eingetragen");
  });

  it("is not posted when the offer was confirmed after it was queued", async () => {
    const offer = await network.opportunity("leih-oma", { confirmedAt: CONFIRMED });
    await sweep();
    await confirmOpportunity({ prisma, opportunityId: offer.id, slackUserId: MIA, now: ASKED });
    await deliver();
    expect(slack.okCalls("chat.postMessage")).toHaveLength(0);
    expect(await prisma.notification.findFirstOrThrow({ where: { kind: "opportunity-confirm-asked" } })).toMatchObject({ status: "sent", externalRef: null });
  });
});

describe("the buttons", () => {
  it("'Noch aktuell' by the organisation's coordinator confirms and updates the message in place", async () => {
    const { offer, question } = await askedOffer();
    clock = new Date(ASKED.getTime() + 2 * DAY);
    expect((await click(MIA, question, offer.id)).status).toBe(200);
    await expect.poll(() => slack.okCalls("chat.update").length).toBe(1);

    expect(await freshness(offer.id)).toMatchObject({ confirmedAt: clock, freshnessAskedAt: null, staleSince: null, pausedAt: null });
    const updated = slack.messages.get(`${question.channel}:${question.ts}`)!;
    expect(blocksOf(updated)).not.toContain(FRESHNESS_CONFIRM_ACTION_ID);
    expect(blocksOf(updated)).toContain(`Als noch aktuell bestätigt von <@${MIA}> am <!date^${Math.floor(clock.getTime() / 1000)}^`);
    expect(slack.okCalls("chat.postEphemeral")).toHaveLength(0);
  });

  it.each([
    ["a coordinator of another organisation", TOM, "Dieses Angebot gehört zu Mehrgenerationenhaus Altstadt. Du bist für eine andere Organisation eingetragen."],
    ["an unregistered Slack user", "U0STRANGER", "Du bist nicht als Koordinator:in eingetragen und kannst das Angebot deshalb weder bestätigen noch pausieren. Bitte wende dich an das Netzwerk-Team."],
  ])("are refused for %s: a private answer, nothing changes", async (_who, user, refusal) => {
    const { offer, question } = await askedOffer();
    const before = await freshness(offer.id);
    for (const actionId of [FRESHNESS_CONFIRM_ACTION_ID, FRESHNESS_PAUSE_ACTION_ID]) await click(user, question, offer.id, actionId);
    await expect.poll(() => slack.okCalls("chat.postEphemeral").length).toBe(2);
    expect(slack.okCalls("chat.postEphemeral").map((call) => [call.body.user, String(call.body.text)])).toEqual([
      [user, refusal],
      [user, refusal],
    ]);
    expect(await freshness(offer.id)).toEqual(before);
    expect(slack.okCalls("chat.update")).toHaveLength(0);
  });

  it("'Pausieren' pauses the offer as /lotse angebot pausieren does, and says so in the message", async () => {
    const { offer, question } = await askedOffer();
    await click(KAI, question, offer.id, FRESHNESS_PAUSE_ACTION_ID);
    await expect.poll(() => slack.okCalls("chat.update").length).toBe(1);
    expect(await freshness(offer.id)).toMatchObject({ pausedAt: ASKED, pausedBy: KAI });
    const updated = slack.messages.get(`${question.channel}:${question.ts}`)!;
    expect(blocksOf(updated)).toContain(`Pausiert von <@${KAI}>`);
    expect(blocksOf(updated)).toContain("/lotse angebot aktivieren leih-oma");
    expect(blocksOf(updated)).not.toContain(FRESHNESS_PAUSE_ACTION_ID);
    // Paused, it does not turn stale.
    clock = STALE;
    expect(await sweep()).toEqual({ asked: 0, stale: 0 });
  });
});

describe("nobody answered", () => {
  it("tells the network channel once, offer data only, and a network manager confirms it from there", async () => {
    const { offer } = await askedOffer();
    clock = STALE;
    expect(await sweep()).toEqual({ asked: 0, stale: 1 });
    await deliver();
    expect(await sweep()).toEqual({ asked: 0, stale: 0 });
    await deliver();

    const notices = posted(NETWORK_CHANNEL);
    expect(notices).toHaveLength(1);
    const notice = notices[0]!;
    expect(String(notice.text)).toBe(
      "Das Angebot „Leih-Oma im Familienzentrum“ (Mehrgenerationenhaus Altstadt, Kürzel leih-oma) wird nicht mehr empfohlen, und niemand kann sich mehr anmelden: " +
        `Seit der Frage am 04.04.2027 in <#${ORG_CHANNEL}> hat niemand bestätigt, dass es noch aktuell ist (zuletzt bestätigt am 04.01.2027). Mit „Noch aktuell“ wird es wieder empfohlen.`,
    );
    expect(await freshness(offer.id)).toMatchObject({ staleSince: STALE });

    clock = CLICKED;
    await click(NETWORK_MANAGER, notice, offer.id);
    await expect.poll(() => slack.okCalls("chat.update").length).toBe(1);
    expect(await freshness(offer.id)).toMatchObject({ confirmedAt: CLICKED, freshnessAskedAt: null, staleSince: null });
    expect(blocksOf(slack.messages.get(`${notice.channel}:${notice.ts}`)!)).toContain(`bestätigt von <@${NETWORK_MANAGER}>`);
  });

  it("is not told when the offer was confirmed before the notice went out", async () => {
    const { offer } = await askedOffer();
    clock = STALE;
    await sweep();
    await confirmOpportunity({ prisma, opportunityId: offer.id, slackUserId: MIA, now: STALE });
    await deliver();
    expect(posted(NETWORK_CHANNEL)).toHaveLength(0);
  });
});
