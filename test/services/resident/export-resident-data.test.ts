// /meinedaten (Art. 15 and 20 DSGVO): the export holds every row stored about the resident, in
// every table that holds such rows, and nothing about anybody else: two residents with signups,
// status changes, check-ins, questions and answers, and only the one asking is in the file.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { askDueCheckIns } from "../../../src/services/check-in/ask-due-check-ins";
import { answerCheckIn } from "../../../src/services/check-in/answer-check-in";
import { answerResident } from "../../../src/services/relay/answer-resident";
import { askTeam } from "../../../src/services/relay/ask-team";
import { exportResidentData, RESIDENT_EXPORT_FORMAT, RESIDENT_EXPORT_TABLES, type ResidentDataExport } from "../../../src/services/resident/export-resident-data";
import { createSignup } from "../../../src/services/signup/create-signup";
import { updateSignupStatus } from "../../../src/services/signup/update-signup-status";
import { withdrawSignup } from "../../../src/services/signup/withdraw-signup";
import { useTestDatabase } from "../../support/db";
import { createMiniNetwork, createResident } from "../fixtures";

const db = useTestDatabase();
const COORDINATOR = "U0KOORD0001";
const COORDINATOR_NAME = "Kim Koordinatorin";
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));
const CHECK_INS = { firstAfterDays: 14, secondAfterMonths: 3 };

/** What one resident leaves behind, by the same services the bot uses. */
async function residentWithHistory(
  network: Awaited<ReturnType<typeof createMiniNetwork>>,
  offers: { first: number; second: number },
  who: { channelUserId: string; firstName: string; username: string; message: string; question: string; answer: string; reason: string; draft: string },
) {
  const { prisma } = db;
  const resident = await createResident(prisma, who.channelUserId, { firstName: who.firstName, telegramUsername: who.username, languages: JSON.stringify(["de", "uk"]) });
  const accepted = await createSignup({ prisma, residentId: resident.id, opportunityId: offers.first, message: who.message, now: day(2) });
  const declined = await createSignup({ prisma, residentId: resident.id, opportunityId: offers.second, message: null, now: day(2) });
  await updateSignupStatus({ prisma, signupId: accepted.id, status: "contacted", coordinatorSlackUserId: COORDINATOR, now: () => day(3) });
  await updateSignupStatus({ prisma, signupId: accepted.id, status: "accepted", coordinatorSlackUserId: COORDINATOR, now: () => day(4) });
  await updateSignupStatus({ prisma, signupId: declined.id, status: "declined", coordinatorSlackUserId: COORDINATOR, reason: who.reason, now: () => day(4) });
  await askTeam({ prisma, residentId: resident.id, topic: { kind: "signup", signupId: accepted.id }, text: who.question, now: day(5) });
  await answerResident({ prisma, target: { signupId: accepted.id }, coordinatorSlackUserId: COORDINATOR, text: who.answer, now: day(6) });
  await askTeam({ prisma, residentId: resident.id, topic: { kind: "network" }, text: `${who.question} (Netzwerk)`, now: day(6) });
  await prisma.conversation.create({
    data: { channel: "telegram", channelUserId: who.channelUserId, state: JSON.stringify({ flowId: "question", stepId: "text", slots: { locale: "de", questionText: who.draft }, draft: null }) },
  });
  return { resident, accepted, declined };
}

let network: Awaited<ReturnType<typeof createMiniNetwork>>;
let erika: Awaited<ReturnType<typeof residentWithHistory>>;
let bernd: Awaited<ReturnType<typeof residentWithHistory>>;
const BERND = {
  channelUserId: "2002",
  firstName: "Bernd",
  username: "bernd_b",
  message: "Bernds Nachricht zur Anmeldung",
  question: "Bernds Frage an das Team",
  answer: "Antwort nur für Bernd",
  reason: "Absagegrund für Bernd",
  draft: "Bernds halber Entwurf",
};

beforeEach(async () => {
  const { prisma } = db;
  network = await createMiniNetwork(prisma);
  await prisma.coordinator.create({ data: { name: COORDINATOR_NAME, slackUserId: COORDINATOR, organisationId: network.mgh.id } });
  const leihOma = await network.opportunity("leih-oma");
  const lesepaten = await network.opportunity("lesepaten");
  const offers = { first: leihOma.id, second: lesepaten.id };
  erika = await residentWithHistory(network, offers, {
    channelUserId: "1001",
    firstName: "Erika",
    username: "erika_m",
    message: "Ich freue mich auf die Kinder.",
    question: "Wann ist das erste Treffen?",
    answer: "Am Dienstag um 10 Uhr.",
    reason: "Die Gruppe ist voll.",
    draft: "Noch eine Frage",
  });
  bernd = await residentWithHistory(network, offers, BERND);
  // Two weeks after "accepted": both are asked; Erika answers, Bernd answers too.
  await askDueCheckIns({ prisma, now: day(19), settings: CHECK_INS });
  for (const { resident, accepted } of [erika, bernd]) {
    const checkIn = await prisma.checkIn.findFirstOrThrow({ where: { signupId: accepted.id } });
    await answerCheckIn({ prisma, residentId: resident.id, checkInId: checkIn.id, answer: "started", now: day(20) });
  }
  // Erika's signup reached Slack on day 2; everything else is still waiting in the outbox.
  await prisma.notification.updateMany({
    where: { kind: "signup-created", stream: `slack:signup:${erika.accepted.id}` },
    data: { status: "sent", sentAt: day(2) },
  });
});

async function exportOf(channelUserId: string): Promise<ResidentDataExport> {
  const data = await exportResidentData({ prisma: db.prisma, identity: { channel: "telegram", channelUserId }, now: day(23) });
  if (!data) throw new Error(`no export for ${channelUserId}`);
  return data;
}

describe("exportResidentData", () => {
  it("is versioned and holds the profile and the consents", async () => {
    const data = await exportOf("1001");
    expect(data.format).toBe(RESIDENT_EXPORT_FORMAT);
    expect(data.exportedAt).toBe(day(23).toISOString());
    expect(data.profile).toMatchObject({
      channel: "telegram",
      channelUserId: "1001",
      firstName: "Erika",
      telegramUsername: "erika_m",
      locale: "de",
      interests: ["kinder"],
      timeSlots: ["weekend-morning"],
      hoursPerWeek: 2,
      districtChoice: "any",
      district: null,
      languages: ["de", "uk"],
    });
    expect(data.consents.privacy).toEqual({ at: "2026-11-01T10:00:00.000Z", version: "2026-11" });
    expect(data.consents.contactPerSignup.map((consent) => consent.at)).toEqual([day(2).toISOString(), day(2).toISOString()]);
  });

  it("contains every row of every table about the resident", async () => {
    const { prisma } = db;
    const data = await exportOf("1001");
    const residentId = erika.resident.id;
    const where = { signup: { residentId } };

    expect(data.signups.map((signup) => signup.id)).toEqual((await prisma.signup.findMany({ where: { residentId }, orderBy: { id: "asc" } })).map((row) => row.id));
    expect(data.signups.flatMap((signup) => signup.statusHistory)).toHaveLength(await prisma.signupStatusEvent.count({ where }));
    expect(data.signups.flatMap((signup) => signup.checkIns)).toHaveLength(await prisma.checkIn.count({ where }));
    expect(data.conversationsWithTeams.map((thread) => thread.id)).toEqual(
      (await prisma.relayThread.findMany({ where: { residentId }, orderBy: { id: "asc" } })).map((row) => row.id),
    );
    expect(data.conversationsWithTeams.flatMap((thread) => thread.messages)).toHaveLength(await prisma.relayMessage.count({ where: { thread: { residentId } } }));
    expect(data.notifications).toHaveLength(await prisma.notification.count({ where: { stream: `telegram:resident:${residentId}` } }));
    expect(data.conversationState).toMatchObject({ state: { flowId: "question", slots: { questionText: "Noch eine Frage" } } });

    const accepted = data.signups.find((signup) => signup.id === erika.accepted.id)!;
    expect(accepted).toMatchObject({ status: "accepted", message: "Ich freue mich auf die Kinder.", organisation: { name: network.mgh.name } });
    expect(accepted.statusHistory).toEqual([
      { from: "new", to: "contacted", at: day(3).toISOString(), by: "coordinator", reason: null },
      { from: "contacted", to: "accepted", at: day(4).toISOString(), by: "coordinator", reason: null },
    ]);
    expect(accepted.checkIns).toEqual([{ kind: "two-weeks", askedAt: day(19).toISOString(), answer: "started", answeredAt: day(20).toISOString() }]);
    const declined = data.signups.find((signup) => signup.id === erika.declined.id)!;
    expect(declined.statusHistory).toEqual([{ from: "new", to: "declined", at: day(4).toISOString(), by: "coordinator", reason: "Die Gruppe ist voll." }]);

    const [aboutSignup, withNetwork] = data.conversationsWithTeams;
    expect(aboutSignup).toMatchObject({ organisation: { name: network.mgh.name }, signupId: erika.accepted.id });
    expect(aboutSignup!.messages.map(({ direction, text }) => ({ direction, text }))).toEqual([
      { direction: "to-team", text: "Wann ist das erste Treffen?" },
      { direction: "to-resident", text: "Am Dienstag um 10 Uhr." },
    ]);
    expect(withNetwork).toMatchObject({ organisation: null, signupId: null, messages: [{ direction: "to-team", text: "Wann ist das erste Treffen? (Netzwerk)" }] });
  });

  it("says which organisation received which fields, and when", async () => {
    const data = await exportOf("1001");
    const organisation = { id: network.mgh.id, name: network.mgh.name };
    expect(data.disclosures).toEqual(
      expect.arrayContaining([
        {
          about: "signup",
          organisation,
          signupId: erika.accepted.id,
          fields: ["firstName", "telegramUsername", "chatLanguage", "languages", "signupMessage"],
          queuedAt: expect.any(String),
          sentAt: day(2).toISOString(),
          removedAt: null,
        },
        // No message with this one; not delivered yet.
        { about: "signup", organisation, signupId: erika.declined.id, fields: ["firstName", "telegramUsername", "chatLanguage", "languages"], queuedAt: expect.any(String), sentAt: null, removedAt: null },
        { about: "question", organisation, signupId: erika.accepted.id, fields: ["question"], queuedAt: expect.any(String), sentAt: null, removedAt: null },
        { about: "question", organisation: null, signupId: null, fields: ["question"], queuedAt: expect.any(String), sentAt: null, removedAt: null },
        { about: "check-in", organisation, signupId: erika.accepted.id, fields: ["checkInAnswer"], queuedAt: expect.any(String), sentAt: null, removedAt: null },
      ]),
    );
    expect(data.disclosures).toHaveLength(5);
  });

  it("leaves out the Telegram username without consent to pass it, and marks what consent withdrawal removed", async () => {
    await db.prisma.resident.update({ where: { id: erika.resident.id }, data: { telegramUsername: null } });
    await withdrawSignup({ prisma: db.prisma, residentId: erika.resident.id, signupId: erika.accepted.id, now: day(21), withdrawConsent: true });
    const data = await exportOf("1001");
    const disclosure = data.disclosures.find((entry) => entry.about === "signup" && entry.signupId === erika.accepted.id)!;
    expect(disclosure.fields).not.toContain("telegramUsername");
    expect(disclosure.removedAt).toBe(day(21).toISOString());
    expect(data.signups.find((signup) => signup.id === erika.accepted.id)!.statusHistory.at(-1)).toEqual({
      from: "accepted",
      to: "withdrawn",
      at: day(21).toISOString(),
      by: "resident",
      reason: null,
    });
  });

  it("contains nothing of another resident, and no coordinator's Slack id or name", async () => {
    const erikas = await exportOf("1001");
    const json = JSON.stringify(erikas);
    for (const value of [...Object.values(BERND), COORDINATOR, COORDINATOR_NAME]) {
      expect(json).not.toContain(value);
    }
    expect(signupIdsIn(erikas)).toEqual([erika.accepted.id, erika.declined.id]);
    // And the other way round.
    const bernds = await exportOf(BERND.channelUserId);
    const berndsJson = JSON.stringify(bernds);
    for (const value of ["Erika", "erika_m", "1001", "Ich freue mich auf die Kinder.", "Wann ist das erste Treffen?", "Am Dienstag um 10 Uhr.", "Die Gruppe ist voll.", "Noch eine Frage"]) {
      expect(berndsJson).not.toContain(value);
    }
    expect(signupIdsIn(bernds)).toEqual([bernd.accepted.id, bernd.declined.id]);
  });

  it("is null when nothing is stored", async () => {
    expect(await exportResidentData({ prisma: db.prisma, identity: { channel: "telegram", channelUserId: "9999" }, now: day(23) })).toBeNull();
  });
});

/** Every signup an export mentions, wherever it does. */
function signupIdsIn(data: ResidentDataExport): number[] {
  const ids = [
    ...data.signups.map((signup) => signup.id),
    ...data.consents.contactPerSignup.map((consent) => consent.signupId),
    ...data.conversationsWithTeams.map((thread) => thread.signupId),
    ...data.disclosures.map((disclosure) => disclosure.signupId),
    ...data.notifications.map((notification) => notification.signupId),
  ];
  return [...new Set(ids.filter((id): id is number => id !== null))].sort((a, b) => a - b);
}

describe("the tables the export reads", () => {
  it("include every table with data about residents in prisma/schema.prisma", () => {
    const related = residentTables(readFileSync(path.join(import.meta.dirname, "../../../prisma/schema.prisma"), "utf8"));
    // The derivation itself works: these are known to hang off Resident.
    expect(related).toEqual(expect.arrayContaining(["Resident", "Signup", "SignupStatusEvent", "CheckIn", "RelayThread", "RelayMessage", "Conversation"]));
    const missing = related.filter((table) => !(RESIDENT_EXPORT_TABLES as readonly string[]).includes(table));
    expect(missing, "tables about residents that /meinedaten does not export: add them to exportResidentData and RESIDENT_EXPORT_TABLES").toEqual([]);
  });
});

/**
 * Tables holding data about a resident: Resident itself, every model with a foreign key to one of
 * them (Signup → Resident, CheckIn → Signup …, found transitively), and every model with a
 * channelUserId (keyed by the chat user, as Conversation is), residentId or signupId column.
 */
function residentTables(schema: string): string[] {
  const models = new Map<string, string[]>();
  for (const match of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) models.set(match[1]!, match[2]!.split("\n"));
  const foreignKeysTo = (lines: string[]) =>
    lines.flatMap((line) => {
      const field = /^\s*\w+\s+(\w+)\??\s+@relation\([^)]*fields:/.exec(line);
      return field ? [field[1]!] : [];
    });
  const related = new Set(["Resident"]);
  // Keyed by the chat user, or holding a resident's or signup's id without a declared relation.
  for (const [name, lines] of models) if (lines.some((line) => /^\s*(channelUserId|residentId|signupId)\s/.test(line))) related.add(name);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, lines] of models) {
      if (!related.has(name) && foreignKeysTo(lines).some((target) => related.has(target))) {
        related.add(name);
        grew = true;
      }
    }
  }
  return [...related].sort();
}
