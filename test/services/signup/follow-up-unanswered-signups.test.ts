// The follow-ups against the real WebClient and the local Slack fake, with the test's clock:
// reminder in the signup's thread, escalation in the network channel, each once, and nothing
// once somebody acted.
import { beforeEach, describe, expect, it } from "vitest";
import { createSlackNotifier } from "../../../src/channels/slack/slack-notifier";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { createSilentLogger } from "../../../src/logger";
import { deliverPendingNotifications } from "../../../src/services/notification/deliver-pending-notifications";
import type { NotificationSenders } from "../../../src/services/notification/senders";
import { followUpUnansweredSignups, type SignupFollowUpSettings } from "../../../src/services/signup/follow-up-unanswered-signups";
import { updateSignupStatus } from "../../../src/services/signup/update-signup-status";
import { withdrawSignup } from "../../../src/services/signup/withdraw-signup";
import { createSignup } from "../../../src/services/signup/create-signup";
import { useTestDatabase } from "../../support/db";
import { useFakeSlackApi } from "../../support/slack/fake-slack-api";
import { createSignupWithNotification, testTranslator, type SignupFixture } from "../../support/slack/fixtures";

const NETWORK_CHANNEL = "C0NETWORK1";
const ORG_CHANNEL = "C0TAFEL001";
const KIM = "U0KIM00001";
const LEA = "U0LEA00001";
const settings: SignupFollowUpSettings = { reminderWorkingDays: 2, escalationWorkingDays: 5, releaseWorkingDays: 10, calendar: { state: "TH", timeZone: "Europe/Berlin" } };
const logger = createSilentLogger();

/** Friday 20 November 2026, 15:00 in Saalberg: the signup comes in. */
const SIGNED_UP = new Date("2026-11-20T15:00:00+01:00");
const MONDAY = new Date("2026-11-23T15:00:00+01:00"); // 1 working day
const TUESDAY = new Date("2026-11-24T15:00:00+01:00"); // 2 working days: reminder
const NEXT_FRIDAY = new Date("2026-11-27T15:00:00+01:00"); // 5 working days: escalation

const slack = useFakeSlackApi();
const db = useTestDatabase();
let prisma: PrismaClient;
let clock: Date;
let senders: NotificationSenders;

beforeEach(() => {
  prisma = db.prisma;
  clock = SIGNED_UP;
  senders = {
    slack: createSlackNotifier({
      prisma,
      translator: testTranslator(),
      logger,
      networkChannel: NETWORK_CHANNEL,
      token: "xoxb-test",
      slackApiUrl: slack.url,
      calendar: settings.calendar,
      now: () => clock,
    }),
  };
});

/** A signup that came in at SIGNED_UP, its Slack message posted, and two coordinators for its organisation. */
async function postedSignup(options: { coordinators?: boolean } = {}): Promise<SignupFixture & { ts: string }> {
  const fixture = await createSignupWithNotification(prisma);
  await prisma.signup.update({ where: { id: fixture.signupId }, data: { statusChangedAt: SIGNED_UP } });
  if (options.coordinators ?? true) {
    await prisma.coordinator.createMany({
      data: [
        { name: "Kim", slackUserId: KIM, organisationId: fixture.organisationId },
        { name: "Lea", slackUserId: LEA, organisationId: fixture.organisationId },
      ],
    });
  }
  // The network team is not mentioned in an organisation's thread.
  await prisma.coordinator.upsert({ where: { slackUserId: "U0NETZ0001" }, create: { name: "Netz", slackUserId: "U0NETZ0001" }, update: {} });
  await deliver();
  const signup = await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } });
  return { ...fixture, ts: signup.slackTs! };
}

async function followUp(at: Date) {
  clock = at;
  return followUpUnansweredSignups({ prisma, now: at, settings });
}

async function deliver() {
  return deliverPendingNotifications({ prisma, senders, logger });
}

const posts = () => slack.okCalls("chat.postMessage").slice(1).map((call) => call.body);

describe("signup follow-ups", () => {
  it("reminds once, in the signup's thread, mentioning the organisation's coordinators, after two working days", async () => {
    const signup = await postedSignup();

    expect(await followUp(MONDAY)).toMatchObject({ waiting: 1, reminded: 0, escalated: 0 });
    expect(await followUp(new Date(TUESDAY.getTime() - 1))).toMatchObject({ waiting: 1, reminded: 0, escalated: 0 });
    expect(await followUp(TUESDAY)).toMatchObject({ waiting: 1, reminded: 1, escalated: 0 });
    expect(await followUp(TUESDAY)).toMatchObject({ waiting: 1, reminded: 0, escalated: 0 });
    await deliver();

    const [reminder, ...others] = posts();
    expect(others).toEqual([]);
    expect(reminder).toMatchObject({ channel: ORG_CHANNEL, thread_ts: signup.ts, reply_broadcast: "false" });
    expect(reminder!.text).toBe(
      testTranslator().t("de", "slack-reminder", { coordinators: `<@${KIM}> <@${LEA}>`, id: String(signup.signupId), title: "Lebensmittelausgabe am Samstag", days: 2 }),
    );
    expect(reminder!.text).toContain("seit 2 Arbeitstagen");
  });

  it("tells the network channel once after five working days, naming organisation, offer, signup and age, without resident data", async () => {
    const signup = await postedSignup();

    // A first run after a long pause: both are due, each is queued once.
    expect(await followUp(NEXT_FRIDAY)).toMatchObject({ waiting: 1, reminded: 1, escalated: 1 });
    expect(await followUp(new Date("2026-12-10T15:00:00+01:00"))).toMatchObject({ waiting: 1, reminded: 0, escalated: 0 });
    await deliver();

    const escalations = posts().filter((body) => body.channel === NETWORK_CHANNEL);
    expect(escalations).toHaveLength(1);
    const text = String(escalations[0]!.text);
    expect(text).toContain(`Anmeldung #${signup.signupId}`);
    expect(text).toContain("Lebensmittelausgabe am Samstag");
    expect(text).toContain("Tafel Nordstadt e.V.");
    // Its age at delivery, in working days (the clock stands at 10 December now).
    expect(text).toContain("seit 14 Arbeitstagen");
    expect(text).toContain(`<#${ORG_CHANNEL}>`);
    const everything = JSON.stringify(escalations[0]);
    for (const personal of ["Amira", "amira_k", "samstags Zeit"]) expect(everything).not.toContain(personal);
  });

  it("says so when the organisation has no coordinator registered", async () => {
    await postedSignup({ coordinators: false });
    await followUp(TUESDAY);
    await deliver();
    const [reminder] = posts();
    expect(reminder!.text).toContain("niemand als Koordinator:in eingetragen");
    expect(reminder!.text).not.toContain("<@");
  });

  it("does nothing once a coordinator acted or the resident withdrew, even for a reminder already queued", async () => {
    const contacted = await postedSignup();
    const withdrawn = await createSignupWithNotification(prisma, { organisation: contacted });
    const clickedLate = await createSignupWithNotification(prisma, { organisation: contacted });
    await prisma.signup.updateMany({ where: { id: { in: [withdrawn.signupId, clickedLate.signupId] } }, data: { statusChangedAt: SIGNED_UP } });
    await deliver();
    const act = (signupId: number) =>
      updateSignupStatus({ prisma, signupId, status: "contacted", coordinatorSlackUserId: KIM, now: () => MONDAY });

    await act(contacted.signupId);
    await withdrawSignup({ prisma, residentId: withdrawn.residentId, signupId: withdrawn.signupId, now: MONDAY });
    await deliver();
    const before = posts().length;

    expect(await followUp(TUESDAY)).toMatchObject({ waiting: 1, reminded: 1, escalated: 0 });
    // The coordinator clicks after the reminder was queued and before Slack got it.
    await act(clickedLate.signupId);
    await deliver();
    expect(await followUp(NEXT_FRIDAY)).toMatchObject({ waiting: 0, reminded: 0, escalated: 0 });
    await deliver();

    expect(posts().slice(before)).toEqual([]);
    expect(await prisma.notification.findFirst({ where: { kind: "signup-reminder" } })).toMatchObject({ status: "sent", externalRef: null });
  });

  it("reminds again when a resident who withdrew signs up anew: the organisation hears of it as a new signup", async () => {
    const signup = await postedSignup();
    await followUp(TUESDAY);
    await withdrawSignup({ prisma, residentId: signup.residentId, signupId: signup.signupId, now: TUESDAY });
    const again = await createSignup({ prisma, residentId: signup.residentId, opportunityId: signup.opportunityId, message: null, now: NEXT_FRIDAY });
    expect(again.id).toBe(signup.signupId);

    expect(await followUp(new Date("2026-12-01T15:00:00+01:00"))).toMatchObject({ waiting: 1, reminded: 1, escalated: 0 });
    expect(await prisma.notification.count({ where: { kind: "signup-reminder" } })).toBe(2);
  });

  it("releases the resident once after ten working days, and not an anonymised signup or one somebody answered", async () => {
    const waiting = await postedSignup();
    const erased = await createSignupWithNotification(prisma, { organisation: waiting });
    await prisma.signup.update({ where: { id: erased.signupId }, data: { statusChangedAt: SIGNED_UP, residentId: null, anonymisedAt: SIGNED_UP } });
    // Friday 20 November + 10 working days in Thuringia: Friday 4 December, 15:00.
    const RELEASE = new Date("2026-12-04T15:00:00+01:00");

    expect(await followUp(new Date(RELEASE.getTime() - 1))).toMatchObject({ released: 0 });
    expect(await followUp(RELEASE)).toMatchObject({ released: 1 });
    expect(await followUp(RELEASE)).toMatchObject({ released: 0 });
    const rows = await prisma.notification.findMany({ where: { kind: "signup-released" } });
    expect(rows.map((row) => JSON.parse(row.payload))).toEqual([{ signupId: waiting.signupId, residentId: waiting.residentId }]);
    expect(rows[0]!.stream).toBe(`telegram:resident:${waiting.residentId}`);
  });
});
