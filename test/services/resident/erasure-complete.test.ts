// Art. 17 DSGVO, completely: after eraseResident (by /loeschen or by the retention job) no table
// holds anything of the resident — checked by reading every table of the database file, not
// only the tables we expect — and no message the bot posted in Slack still shows their name,
// contact, message, question or the answer they were given. Another resident's data stays.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createSlackNotifier } from "../../../src/channels/slack/slack-notifier";
import { Prisma, type PrismaClient } from "../../../src/generated/prisma/client";
import { createSilentLogger } from "../../../src/logger";
import { answerCheckIn } from "../../../src/services/check-in/answer-check-in";
import { askDueCheckIns } from "../../../src/services/check-in/ask-due-check-ins";
import { deliverPendingNotifications } from "../../../src/services/notification/deliver-pending-notifications";
import { answerResident } from "../../../src/services/relay/answer-resident";
import { askTeam } from "../../../src/services/relay/ask-team";
import { eraseInactiveResidents } from "../../../src/services/resident/erase-inactive-residents";
import { eraseResident } from "../../../src/services/resident/erase-resident";
import { createSignup } from "../../../src/services/signup/create-signup";
import { updateSignupStatus } from "../../../src/services/signup/update-signup-status";
import { useTestDatabase } from "../../support/db";
import { useFakeSlackApi } from "../../support/slack/fake-slack-api";
import { testTranslator } from "../../support/slack/fixtures";
import { createMiniNetwork, createResident } from "../fixtures";

const NETWORK_CHANNEL = "C0NETZWERK";
const COORDINATOR = "U0KIM00001";
const NETWORK_MANAGER = "U0NETZ0001";
const SIGNED_UP = new Date("2026-11-20T15:00:00+01:00");
const DAY = 24 * 60 * 60 * 1000;
const ERASED_AT = new Date(SIGNED_UP.getTime() + 20 * DAY);

/** What the resident gave us or what was written about them; distinctive, so a search cannot hit by chance. */
const SUBJECT = {
  channelUserId: "7700112233",
  firstName: "Wilhelmine",
  telegramUsername: "wilhelmine_q",
  message: "Abends unter 0170 5550123 erreichbar.",
  question: "Darf mein Enkel Jonathan mitkommen?",
  networkQuestion: "Gibt es etwas in Hohenwarte?",
  answer: "Gern, Jonathan ist willkommen.",
  networkAnswer: "Ja, im Hohenwarter Bürgerhaus.",
  reason: "Wohnt leider zu weit weg vom Treffpunkt.",
  conversationDraft: "Ich schreibe noch an meiner Frage zu Jonathan",
};
const OTHER = { channelUserId: "7700998877", firstName: "Bruno", message: "Bruno kommt gern samstags." };

const db = useTestDatabase();
const slack = useFakeSlackApi();
const logger = createSilentLogger();
const translator = testTranslator();

function deliver(prisma: PrismaClient, at: Date) {
  const sender = createSlackNotifier({ prisma, translator, logger, networkChannel: NETWORK_CHANNEL, token: "xoxb-test", slackApiUrl: slack.url, now: () => at });
  // The outbox itself on the real clock: its rows are written with the real time.
  return deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });
}

/**
 * The subject with everything the bot can store about a resident, made through the services:
 * three signups (open with a message, declined with a reason, accepted with a check-in answer),
 * a conversation with the organisation's team in the signup's thread and one with the network,
 * both answered, the dialogue state, the outbox rows of their chat. And a second resident.
 */
async function residentWithEverything(prisma: PrismaClient) {
  const network = await createMiniNetwork(prisma);
  const [open, declined, accepted] = await Promise.all(["offen", "abgesagt", "zugesagt"].map((slug) => network.opportunity(slug)));
  await prisma.coordinator.createMany({
    data: [
      { name: "Kim", slackUserId: COORDINATOR, organisationId: network.mgh.id },
      { name: "Netzwerk", slackUserId: NETWORK_MANAGER, organisationId: null },
    ],
  });
  const subject = await createResident(prisma, SUBJECT.channelUserId, { firstName: SUBJECT.firstName, telegramUsername: SUBJECT.telegramUsername, lastActiveAt: SIGNED_UP });
  const other = await createResident(prisma, OTHER.channelUserId, { firstName: OTHER.firstName, telegramUsername: "bruno_b", lastActiveAt: ERASED_AT });
  await prisma.conversation.create({ data: { channel: "telegram", channelUserId: SUBJECT.channelUserId, state: JSON.stringify({ flowId: "question", slots: { draft: SUBJECT.conversationDraft } }) } });

  const signup = (opportunityId: number, message: string | null) => createSignup({ prisma, residentId: subject.id, opportunityId, message, now: SIGNED_UP });
  const openSignup = await signup(open!.id, SUBJECT.message);
  const declinedSignup = await signup(declined!.id, SUBJECT.message);
  const acceptedSignup = await signup(accepted!.id, null);
  await createSignup({ prisma, residentId: other.id, opportunityId: open!.id, message: OTHER.message, now: SIGNED_UP });
  await deliver(prisma, SIGNED_UP);

  await updateSignupStatus({ prisma, signupId: declinedSignup.id, status: "declined", coordinatorSlackUserId: COORDINATOR, reason: SUBJECT.reason, now: () => SIGNED_UP });
  await updateSignupStatus({ prisma, signupId: acceptedSignup.id, status: "accepted", coordinatorSlackUserId: COORDINATOR, now: () => SIGNED_UP });
  await askDueCheckIns({ prisma, now: new Date(SIGNED_UP.getTime() + 15 * DAY), settings: { firstAfterDays: 14, secondAfterMonths: 3 } });
  const checkIn = await prisma.checkIn.findFirstOrThrow({ where: { signupId: acceptedSignup.id } });
  await answerCheckIn({ prisma, residentId: subject.id, checkInId: checkIn.id, answer: "started", now: new Date(SIGNED_UP.getTime() + 16 * DAY) });

  const asked = await askTeam({ prisma, residentId: subject.id, topic: { kind: "signup", signupId: openSignup.id }, text: SUBJECT.question, now: SIGNED_UP });
  const askedNetwork = await askTeam({ prisma, residentId: subject.id, topic: { kind: "network" }, text: SUBJECT.networkQuestion, now: SIGNED_UP });
  await deliver(prisma, SIGNED_UP);
  await answerResident({ prisma, target: { threadId: asked.threadId }, coordinatorSlackUserId: COORDINATOR, text: SUBJECT.answer, now: SIGNED_UP });
  await answerResident({ prisma, target: { threadId: askedNetwork.threadId }, coordinatorSlackUserId: NETWORK_MANAGER, text: SUBJECT.networkAnswer, now: SIGNED_UP });
  await deliver(prisma, SIGNED_UP);

  return { subject, other, signupIds: [openSignup.id, declinedSignup.id, acceptedSignup.id], threadIds: [asked.threadId, askedNetwork.threadId] };
}

/** Every row of every table of the database file (not only the models we think of), as text. */
async function everyTable(prisma: PrismaClient): Promise<Map<string, string>> {
  const tables = await prisma.$queryRawUnsafe<Array<{ name: string }>>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name");
  const dump = new Map<string, string>();
  for (const { name } of tables) {
    const rows = await prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}"`);
    dump.set(name, JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)));
  }
  return dump;
}

/** Tables whose rows name a resident by id: the column and the table. */
async function residentIdColumns(prisma: PrismaClient): Promise<Array<{ table: string; column: string }>> {
  const dump = await everyTable(prisma);
  const found: Array<{ table: string; column: string }> = [];
  for (const table of dump.keys()) {
    const columns = await prisma.$queryRawUnsafe<Array<{ name: string }>>(`PRAGMA table_info("${table}")`);
    for (const { name } of columns) if (name === "residentId") found.push({ table, column: name });
  }
  return found;
}

function slackTexts(): string[] {
  return [...slack.messages.values()].map((message) => JSON.stringify(message.blocks ?? null) + String(message.text));
}

async function expectNoTrace(prisma: PrismaClient, fixture: Awaited<ReturnType<typeof residentWithEverything>>) {
  const { subject, signupIds, threadIds } = fixture;

  // Every table, every row: none of the resident's words, names or ids.
  const dump = await everyTable(prisma);
  // The dump reads every model's table (and the join tables, e.g. a resident's interests).
  for (const model of Object.values(Prisma.ModelName)) expect(dump.has(model), model).toBe(true);
  const secrets = [SUBJECT.channelUserId, SUBJECT.firstName, SUBJECT.telegramUsername, SUBJECT.message, SUBJECT.question, SUBJECT.networkQuestion, SUBJECT.answer, SUBJECT.networkAnswer, SUBJECT.reason, "Jonathan", "0170 5550123"];
  for (const [table, rows] of dump) {
    for (const secret of secrets) expect(rows.includes(secret), `${table} contains ${secret}`).toBe(false);
  }
  // On the disk, too: the database file and its write-ahead log (src/db/write-ahead-log.ts), where
  // the rows as they were would otherwise stay after secure_delete has zeroed them in the file.
  for (const file of [db.filePath, `${db.filePath}-wal`]) {
    const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    for (const secret of secrets) expect(bytes.includes(secret), `${path.basename(file)} contains ${secret}`).toBe(false);
  }
  for (const { table, column } of await residentIdColumns(prisma)) {
    const rows = await prisma.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM "${table}" WHERE "${column}" = ?`, subject.id);
    expect(rows, `${table}.${column}`).toHaveLength(0);
  }
  const interests = await prisma.$queryRawUnsafe<unknown[]>('SELECT 1 FROM "_InterestToResident" WHERE "B" = ?', subject.id);
  expect(interests).toHaveLength(0);

  // Model by model, what stays and what goes.
  expect(await prisma.resident.count({ where: { id: subject.id } })).toBe(0);
  expect(await prisma.conversation.count({ where: { channelUserId: SUBJECT.channelUserId } })).toBe(0);
  const signups = await prisma.signup.findMany({ where: { id: { in: signupIds } }, orderBy: { id: "asc" } });
  expect(signups).toHaveLength(3);
  for (const signup of signups) {
    expect(signup).toMatchObject({ residentId: null, message: null, certificateSeenAt: null, certificateIssuedAt: null, certificateRecordedBy: null });
    expect(signup.anonymisedAt).toBeInstanceOf(Date);
  }
  expect(signups.map((signup) => signup.status)).toEqual(["withdrawn", "declined", "withdrawn"]);
  // The history stays for the figures (who set which status when), without its free text.
  const events = await prisma.signupStatusEvent.findMany({ where: { signupId: { in: signupIds } } });
  expect(events.map((event) => event.toStatus).sort()).toEqual(["accepted", "declined", "withdrawn", "withdrawn"]);
  expect(events.filter((event) => event.reason !== null)).toEqual([]);
  expect(events.some((event) => event.actor === COORDINATOR && event.toStatus === "declined")).toBe(true);
  expect(await prisma.checkIn.count({ where: { signupId: { in: signupIds } } })).toBe(0);
  expect(await prisma.relayThread.count({ where: { id: { in: threadIds } } })).toBe(0);
  expect(await prisma.relayMessage.count({ where: { threadId: { in: threadIds } } })).toBe(0);
  expect(await prisma.notification.count({ where: { stream: `telegram:resident:${subject.id}` } })).toBe(0);
  expect(await prisma.notification.count({ where: { payload: { contains: `"residentId":${subject.id},` } } })).toBe(0);

  // Slack: the signup messages show the person no more, the bot's posts of their words are notes.
  const texts = slackTexts();
  // The number's tail, not its prefix: four digits like "0170" can turn up in a timestamp or id.
  for (const secret of [SUBJECT.firstName, SUBJECT.telegramUsername, SUBJECT.message, SUBJECT.question, SUBJECT.networkQuestion, "Jonathan", "5550123"]) {
    expect(texts.filter((text) => text.includes(secret)), secret).toEqual([]);
  }
  const redacted = [...slack.messages.values()].filter((message) => message.text === translator.t("de", "slack-message-redacted"));
  expect(redacted).toHaveLength(2);
  for (const message of redacted) expect(message.blocks).toEqual([]);
  const signupMessages = await prisma.signup.findMany({ where: { id: { in: signupIds } }, select: { slackChannel: true, slackTs: true } });
  for (const { slackChannel, slackTs } of signupMessages) {
    expect(JSON.stringify(slack.messages.get(`${slackChannel}:${slackTs}`)?.blocks)).toContain(translator.t("de", "slack-signup-anonymised"));
  }
}

async function expectOtherResidentKept(prisma: PrismaClient, fixture: Awaited<ReturnType<typeof residentWithEverything>>) {
  const other = await prisma.resident.findUniqueOrThrow({ where: { id: fixture.other.id }, include: { signups: true } });
  expect(other.firstName).toBe(OTHER.firstName);
  expect(other.signups.map((signup) => signup.message)).toEqual([OTHER.message]);
  expect(slackTexts().some((text) => text.includes(OTHER.firstName) && text.includes(OTHER.message))).toBe(true);
}

describe("erasing a resident leaves no trace", () => {
  it("/loeschen: every table and every message the bot posted in Slack", async () => {
    const prisma = db.prisma;
    const fixture = await residentWithEverything(prisma);
    // What is there before: the posts to redact know where they are.
    const posted = await prisma.relayMessage.findMany({ where: { threadId: { in: fixture.threadIds }, direction: "to-team" } });
    expect(posted.map((message) => message.slackPostTs !== null && message.slackChannel !== null)).toEqual([true, true]);
    expect(slackTexts().some((text) => text.includes(SUBJECT.question))).toBe(true);

    const result = await eraseResident({ prisma, identity: { channel: "telegram", channelUserId: SUBJECT.channelUserId }, now: ERASED_AT, by: "resident", logger });
    expect(result).toEqual({ erased: true, withdrawnSignups: 2 });
    expect(await prisma.notification.count({ where: { kind: "slack-message-redacted" } })).toBe(2);
    const report = await deliver(prisma, ERASED_AT);
    expect(report).toMatchObject({ failed: 0, parked: 0 });

    await expectNoTrace(prisma, fixture);
    await expectOtherResidentKept(prisma, fixture);
    // The open signups' threads are told the person withdrew; the closed one is only re-rendered.
    const withdrawnReplies = [...slack.messages.values()].filter((message) => message.text === translator.t("de", "slack-withdrawn-reply"));
    expect(withdrawnReplies).toHaveLength(2);
    const events = await prisma.signupStatusEvent.findMany({ where: { signupId: { in: fixture.signupIds }, toStatus: "withdrawn" } });
    expect(events.map((event) => event.actor)).toEqual(["resident", "resident"]);
  });

  it("the retention job erases the same way", async () => {
    const prisma = db.prisma;
    const fixture = await residentWithEverything(prisma);

    const result = await eraseInactiveResidents({ prisma, now: new Date(SIGNED_UP.getTime() + 366 * DAY), logger });
    expect(result).toEqual({ erased: 1, withdrawnSignups: 2 });
    await deliver(prisma, ERASED_AT);

    await expectNoTrace(prisma, fixture);
    await expectOtherResidentKept(prisma, fixture);
    const events = await prisma.signupStatusEvent.findMany({ where: { signupId: { in: fixture.signupIds }, toStatus: "withdrawn" } });
    expect(events.map((event) => event.actor)).toEqual(["system", "system"]);
  });

  it("a question still waiting in the outbox is never posted", async () => {
    const prisma = db.prisma;
    const fixture = await residentWithEverything(prisma);
    await askTeam({ prisma, residentId: fixture.subject.id, topic: { kind: "network" }, text: "Noch eine Frage von Wilhelmine", now: ERASED_AT });

    await eraseResident({ prisma, identity: { channel: "telegram", channelUserId: SUBJECT.channelUserId }, now: ERASED_AT, by: "resident", logger });
    await deliver(prisma, ERASED_AT);

    expect(slackTexts().filter((text) => text.includes("Noch eine Frage"))).toEqual([]);
    await expectNoTrace(prisma, fixture);
  });
});
