// The follow-ups in the running app, across restarts: the first process reminds the
// organisation in the signup's thread, a second process on the same database escalates to the
// network channel and does not remind again, and releases the resident; a third does not again. The clock is the test's; runJobNow runs the job.
import { describe, expect, it } from "vitest";
import { SIGNUP_FOLLOW_UPS_JOB } from "../../src/services/jobs/signup-follow-ups-job";
import { createSignup } from "../../src/services/signup/create-signup";
import { updateSignupStatus } from "../../src/services/signup/update-signup-status";
import { useAppAcrossRestarts } from "../support/app-across-restarts";
import { NETWORK_CHANNEL, waitFor } from "../support/app-harness";

/** Friday 20 November 2026, 15:00 in Saalberg (Thuringia). */
const SIGNED_UP = new Date("2026-11-20T15:00:00+01:00");
const TUESDAY = new Date("2026-11-24T15:00:00+01:00");
const NEXT_FRIDAY = new Date("2026-11-27T15:00:00+01:00");
/** Ten working days after SIGNED_UP. */
const RELEASE = new Date("2026-12-04T15:00:00+01:00");

const { slack, startAppAt } = useAppAcrossRestarts();

describe("signup follow-ups across a restart", () => {
  it("reminds once in the thread, escalates once to the network channel, and leaves acted-on signups alone", async () => {
    let clock = SIGNED_UP;
    const first = await startAppAt(() => clock);
    const { prisma } = first.app.deps;
    // The sample network's Tafel has its own channel and one registered coordinator.
    const tafel = await prisma.organisation.findUniqueOrThrow({ where: { slug: "tafel" }, include: { coordinators: true, opportunities: { take: 1, orderBy: { id: "asc" } } } });
    const opportunityId = tafel.opportunities[0]!.id;
    const [waiting, answered] = await Promise.all(
      ["4242001", "4242002"].map((channelUserId) => prisma.resident.create({ data: { channel: "telegram", channelUserId, firstName: "Erika", consentAt: SIGNED_UP } })),
    );
    const signup = await createSignup({ prisma, residentId: waiting!.id, opportunityId, message: null, now: SIGNED_UP, wakeOutbox: first.app.deps.wakeOutbox });
    const acted = await createSignup({ prisma, residentId: answered!.id, opportunityId, message: null, now: SIGNED_UP, wakeOutbox: first.app.deps.wakeOutbox });
    await updateSignupStatus({ prisma, signupId: acted.id, status: "contacted", coordinatorSlackUserId: tafel.coordinators[0]!.slackUserId, now: () => SIGNED_UP });
    const posted = await waitFor(async () => (await prisma.signup.findUniqueOrThrow({ where: { id: signup.id } })).slackTs ?? undefined, "the signup's Slack message");

    clock = TUESDAY;
    expect(await first.app.jobs.runJobNow(SIGNUP_FOLLOW_UPS_JOB)).toEqual({ ok: true, counts: { waiting: 1, reminded: 1, escalated: 0, released: 0 } });
    const reminder = await waitFor(() => [...slack.messages.values()].find((message) => message.threadTs === posted), "the reminder in the thread");
    expect(reminder.channel).toBe(tafel.slackChannel);
    expect(String(reminder.text)).toContain(`<@${tafel.coordinators[0]!.slackUserId}>`);
    await first.stop();

    // A new process on the same database, three working days later.
    clock = NEXT_FRIDAY;
    const second = await startAppAt(() => clock);
    expect(await second.app.jobs.runJobNow(SIGNUP_FOLLOW_UPS_JOB)).toEqual({ ok: true, counts: { waiting: 1, reminded: 0, escalated: 1, released: 0 } });
    expect(await second.app.jobs.runJobNow(SIGNUP_FOLLOW_UPS_JOB)).toEqual({ ok: true, counts: { waiting: 1, reminded: 0, escalated: 0, released: 0 } });
    const escalation = await waitFor(() => [...slack.messages.values()].find((message) => message.channel === NETWORK_CHANNEL), "the notice in the network channel");
    expect(String(escalation.text)).toContain(`Anmeldung #${signup.id}`);
    await waitFor(async () => (await second.app.deps.prisma.notification.count({ where: { channel: "slack", status: "pending" } })) === 0, "the Slack outbox to be empty");

    // Per signup: its message, one reminder, one escalation; nothing for the one a coordinator acted on.
    expect(slack.messages.size).toBe(4); // two signup messages, one reminder, one escalation
    expect([...slack.messages.values()].filter((message) => message.threadTs !== undefined)).toHaveLength(1);
    expect(await second.app.deps.prisma.notification.groupBy({ by: ["kind"], where: { channel: "slack" }, _count: true, orderBy: { kind: "asc" } })).toEqual([
      { kind: "signup-created", _count: 2 },
      { kind: "signup-escalated", _count: 1 },
      { kind: "signup-reminder", _count: 1 },
    ]);

    // Ten working days after the signup the resident is released, once, also across another restart.
    clock = RELEASE;
    expect(await second.app.jobs.runJobNow(SIGNUP_FOLLOW_UPS_JOB)).toEqual({ ok: true, counts: { waiting: 1, reminded: 0, escalated: 0, released: 1 } });
    await second.stop();
    const third = await startAppAt(() => clock);
    expect(await third.app.jobs.runJobNow(SIGNUP_FOLLOW_UPS_JOB)).toEqual({ ok: true, counts: { waiting: 1, reminded: 0, escalated: 0, released: 0 } });
    expect(await third.app.deps.prisma.notification.count({ where: { kind: "signup-released" } })).toBe(1);
  });
});
