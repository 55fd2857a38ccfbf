// Retention in the running app: the jobs as startApp registers them, with the periods from the
// environment (here RETENTION_CERTIFICATE_MONTHS=1, the rest the defaults), run with runJobNow
// while the test moves the app's clock. Anna signs up in the chat with a message and is declined
// with a reason; Ben is accepted (Führungszeugnis recorded, check-in answered) and withdraws;
// Clara is accepted and stays. Each job finds nothing before its period, exactly its rows after
// it, and nothing on a second run; Clara keeps everything until she is inactive for 12 months.
// The job runs are logged with counts only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerCheckIn } from "../../src/services/check-in/answer-check-in";
import { CHECK_INS_JOB } from "../../src/services/jobs/check-ins-job";
import { RETENTION_JOBS } from "../../src/services/jobs/retention-jobs";
import { askTeam } from "../../src/services/relay/ask-team";
import { createSignup } from "../../src/services/signup/create-signup";
import { recordCertificateCheck } from "../../src/services/signup/record-certificate-check";
import { updateSignupStatus } from "../../src/services/signup/update-signup-status";
import { withdrawSignup } from "../../src/services/signup/withdraw-signup";
import { captureLogs, onboard, startAppHarness, startSignup, text, waitFor, type AppHarness } from "../support/app-harness";

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
/**
 * 25 days ago, to the second. The outbox runs on the real clock: what happens before the retention
 * runs (up to T0 + 20 days) lies in the past for it, so it delivers at once, and every delivery is
 * stamped about T0 + 25 days: still fresh at T0 + 29 days, older than 30 days at T0 + 2 months.
 */
const T0 = new Date(Math.floor(Date.now() / 1000) * 1000 - 25 * DAY);
const after = (months: number, extraMs = 0) => {
  const moved = new Date(T0);
  moved.setUTCMonth(moved.getUTCMonth() + months);
  return new Date(moved.getTime() + extraMs);
};
const calendarDay = (at: Date) => at.toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });

/** A network manager of the sample network (no organisation): may act on every signup. */
const NETWORK_MANAGER = "U07KVOGT";
const ANNA_MESSAGE = "Ich habe samstags Zeit und backe gern.";
const ANNA_REASON = "Die Gruppe ist im Moment leider voll.";
const ANNA_QUESTION = "Gibt es eine Warteliste?";
const CLARA_QUESTION = "Gibt es auch etwas am Abend?";
const BEN_MESSAGE = "Ich bin pensionierte Erzieherin.";
const CLARA_MESSAGE = "Ich habe drei Enkel, die weit weg wohnen.";

let clock = T0;
let harness: AppHarness;
const logs = captureLogs("debug");

beforeAll(async () => {
  harness = await startAppHarness({ env: { RETENTION_CERTIFICATE_MONTHS: "1" }, now: () => clock, jobsFirstRunAfterMs: 3_600_000, logger: logs.logger });
});
afterAll(async () => {
  await harness?.close();
});

async function runRetention(): Promise<Record<string, Record<string, number>>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const name of Object.values(RETENTION_JOBS)) {
    const result = await harness.app.jobs.runJobNow(name);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    counts[name] = result.counts;
  }
  return counts;
}

const nothing = {
  "erase-inactive-residents": { erased: 0, withdrawnSignups: 0 },
  "delete-old-telegram-updates": { deleted: 0, unhandled: 0 },
  "clear-signup-texts": { messages: 0, reasons: 0 },
  "delete-old-conversations": { threads: 0, messages: 0 },
  "delete-old-check-ins": { checkIns: 0 },
  "clear-certificate-dates": { certificates: 0, recheckMarks: 0 },
  "delete-old-notifications": { sent: 0, parked: 0 },
  "delete-abandoned-dialogues": { dialogues: 0 },
  "delete-old-broadcasts": { broadcasts: 0 },
};

const outboxDelivered = () => waitFor(async () => (await harness.prisma.notification.count({ where: { status: "pending" } })) === 0, "the outbox to deliver everything", { timeoutMs: 15_000 });

describe("retention jobs in the running app", () => {
  it("forget each kind of data after its period, exactly once, and log counts only", async () => {
    const { prisma } = harness;
    const wakeOutbox = harness.app.deps.wakeOutbox;

    // Anna signs up in the chat, with a message.
    const anna = harness.user({ firstName: "Anna" });
    await onboard(anna);
    await startSignup(anna);
    await anna.send(ANNA_MESSAGE);
    await anna.tap(text("signup-confirm-yes"));
    const annaSignup = await prisma.signup.findFirstOrThrow({ where: { resident: { channelUserId: String(anna.id) } } });
    expect(annaSignup.message).toBe(ANNA_MESSAGE);

    // Ben and Clara sign up for the Leih-Oma offer, which asks for a Führungszeugnis, and are accepted.
    const offer = await prisma.opportunity.findUniqueOrThrow({ where: { slug: "leih-oma-auenhain" } });
    const volunteers = [];
    for (const [firstName, message] of [["Ben", BEN_MESSAGE], ["Clara", CLARA_MESSAGE]] as const) {
      const user = harness.user({ firstName });
      const resident = await prisma.resident.create({ data: { channel: "telegram", channelUserId: String(user.id), firstName, consentAt: T0, consentVersion: "test", lastActiveAt: T0 } });
      const signup = await createSignup({ prisma, residentId: resident.id, opportunityId: offer.id, message, now: T0, wakeOutbox });
      await updateSignupStatus({ prisma, signupId: signup.id, status: "accepted", coordinatorSlackUserId: NETWORK_MANAGER, now: () => T0, wakeOutbox });
      await recordCertificateCheck({ prisma, signupId: signup.id, coordinatorSlackUserId: NETWORK_MANAGER, seenOn: calendarDay(T0), issuedOn: calendarDay(new Date(T0.getTime() - 30 * DAY)), now: () => T0 });
      volunteers.push({ residentId: resident.id, signupId: signup.id });
    }
    const [ben, clara] = volunteers as [(typeof volunteers)[number], (typeof volunteers)[number]];

    // Anna is declined with a reason and asks about it; Clara asks the network something.
    clock = new Date(T0.getTime() + MINUTE);
    await updateSignupStatus({ prisma, signupId: annaSignup.id, status: "declined", coordinatorSlackUserId: NETWORK_MANAGER, reason: ANNA_REASON, now: () => clock, wakeOutbox });
    clock = new Date(T0.getTime() + 2 * MINUTE);
    await askTeam({ prisma, residentId: annaSignup.residentId!, topic: { kind: "signup", signupId: annaSignup.id }, text: ANNA_QUESTION, now: clock, wakeOutbox });
    await askTeam({ prisma, residentId: clara.residentId, topic: { kind: "network" }, text: CLARA_QUESTION, now: clock, wakeOutbox });

    // Two weeks on, Ben and Clara are asked how it goes and answer; then Ben withdraws.
    clock = new Date(T0.getTime() + 15 * DAY);
    expect(await harness.app.jobs.runJobNow(CHECK_INS_JOB)).toEqual({ ok: true, counts: { "two-weeks": 2, "three-months": 0 } });
    for (const volunteer of [ben, clara]) {
      const checkIn = await prisma.checkIn.findFirstOrThrow({ where: { signupId: volunteer.signupId } });
      await answerCheckIn({ prisma, residentId: volunteer.residentId, checkInId: checkIn.id, answer: "started", now: clock, wakeOutbox });
    }
    clock = new Date(T0.getTime() + 20 * DAY);
    await withdrawSignup({ prisma, residentId: ben.residentId, signupId: ben.signupId, now: clock, wakeOutbox });
    await outboxDelivered();
    const clarasData = async () => ({
      signup: await prisma.signup.findUniqueOrThrow({ where: { id: clara.signupId }, select: { status: true, message: true, certificateSeenAt: true, certificateIssuedAt: true, certificateRecordedBy: true } }),
      checkIns: await prisma.checkIn.findMany({ where: { signupId: clara.signupId }, select: { kind: true, answer: true } }),
    });
    const claraBefore = await clarasData();
    expect(claraBefore.signup).toMatchObject({ status: "accepted", message: CLARA_MESSAGE, certificateRecordedBy: NETWORK_MANAGER });

    // 29 days: only the Telegram update records (a day) are due.
    clock = new Date(T0.getTime() + 29 * DAY);
    const updates = await prisma.telegramUpdate.count();
    expect(updates).toBeGreaterThan(0);
    expect(await runRetention()).toEqual({ ...nothing, "delete-old-telegram-updates": { deleted: updates, unhandled: 0 } });

    // Two months: Ben's certificate dates (ended 20 days in, RETENTION_CERTIFICATE_MONTHS=1) and the delivered notifications.
    clock = after(2);
    const sent = await prisma.notification.count({ where: { status: "sent" } });
    expect(sent).toBeGreaterThan(0);
    expect(await runRetention()).toEqual({
      ...nothing,
      "clear-certificate-dates": { certificates: 1, recheckMarks: 0 },
      "delete-old-notifications": { sent, parked: 0 },
    });
    expect(await prisma.signup.findUniqueOrThrow({ where: { id: ben.signupId } })).toMatchObject({ certificateSeenAt: null, certificateIssuedAt: null, certificateRecordedBy: null, message: BEN_MESSAGE });

    // Six months after Anna's decline: her texts and her conversation; Clara's question to the network too.
    clock = after(6, DAY);
    expect(await runRetention()).toEqual({
      ...nothing,
      "clear-signup-texts": { messages: 1, reasons: 1 },
      "delete-old-conversations": { threads: 2, messages: 2 },
    });
    const annaAfter = await prisma.signup.findUniqueOrThrow({ where: { id: annaSignup.id }, include: { statusEvents: true } });
    expect(annaAfter).toMatchObject({ status: "declined", message: null });
    expect(annaAfter.statusEvents.map((event) => event.reason)).toEqual(annaAfter.statusEvents.map(() => null));
    expect(await prisma.relayMessage.count()).toBe(0);

    // Six months after Ben withdrew: his message and his check-in.
    clock = after(7);
    expect(await runRetention()).toEqual({ ...nothing, "clear-signup-texts": { messages: 1, reasons: 0 }, "delete-old-check-ins": { checkIns: 1 } });
    expect(await prisma.checkIn.count({ where: { signupId: ben.signupId } })).toBe(0);
    // A second run finds nothing; Clara, still volunteering, keeps everything.
    expect(await runRetention()).toEqual(nothing);
    expect(await clarasData()).toEqual(claraBefore);

    // A year without a word: all three profiles go; Clara's signup is withdrawn and her coordinators told.
    clock = after(12, DAY);
    const erased = await runRetention();
    expect(erased["erase-inactive-residents"]).toEqual({ erased: 3, withdrawnSignups: 1 });
    expect(await prisma.resident.count()).toBe(0);
    expect(await harness.app.jobs.runJobNow(RETENTION_JOBS.inactiveResidents)).toEqual({ ok: true, counts: { erased: 0, withdrawnSignups: 0 } });

    // Every run was logged, with counts only: no texts, no ids of residents.
    const runs = logs.records.filter((record) => record.msg === "job run" && Object.values<string>(RETENTION_JOBS).includes(String(record.job)));
    expect(runs.length).toBe(6 * Object.keys(nothing).length + 1);
    for (const run of runs) {
      expect(Object.keys(run).sort()).toEqual(["counts", "durationMs", "hostname", "job", "level", "msg", "pid", "time"].filter((key) => key in run).sort());
      expect(Object.values(run.counts as Record<string, unknown>).every((count) => typeof count === "number")).toBe(true);
    }
    const everything = JSON.stringify(logs.records);
    for (const secret of [ANNA_MESSAGE, ANNA_REASON, ANNA_QUESTION, CLARA_QUESTION, BEN_MESSAGE, CLARA_MESSAGE]) expect(everything).not.toContain(secret);
  });
});
