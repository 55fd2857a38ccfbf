// The Führungszeugnis re-check in the running app, across a restart: a coordinator recorded the
// certificate of an accepted volunteer; CERTIFICATE_RECHECK_NOTICE_DAYS before it is due again the
// organisation's coordinators are mentioned in the signup's thread, once, and a second process on
// the same database does not repeat it. The clock is the test's; runJobNow runs the job.
import { describe, expect, it } from "vitest";
import { CERTIFICATE_RECHECKS_JOB } from "../../src/services/jobs/certificate-rechecks-job";
import { createSignup } from "../../src/services/signup/create-signup";
import { recordCertificateCheck } from "../../src/services/signup/record-certificate-check";
import { updateSignupStatus } from "../../src/services/signup/update-signup-status";
import { useAppAcrossRestarts } from "../support/app-across-restarts";
import { waitFor } from "../support/app-harness";

const SIGNED_UP = new Date("2026-06-01T09:00:00+02:00");
const RECORDED = new Date("2026-06-15T10:00:00+02:00");
/** Issued 1 April 2026: due 1 April 2031; with 30 days' notice the reminder comes from 2 March 2031. */
const BEFORE_NOTICE = new Date("2031-03-01T12:00:00Z");
const NOTICE_DAY = new Date("2031-03-02T08:00:00Z");
const LATER = new Date("2031-03-09T08:00:00Z");

const { slack, startAppAt } = useAppAcrossRestarts({ CERTIFICATE_RECHECK_NOTICE_DAYS: "30" });

describe("Führungszeugnis re-check across a restart", () => {
  it("mentions the organisation's coordinators in the signup's thread once, and not for a declined signup", async () => {
    let clock = SIGNED_UP;
    const first = await startAppAt(() => clock);
    const { prisma } = first.app.deps;
    // The sample network's Leih-Oma offer asks for a Führungszeugnis; its Mehrgenerationenhaus has two coordinators.
    const opportunity = await prisma.opportunity.findUniqueOrThrow({ where: { slug: "leih-oma-auenhain" }, include: { organisation: { include: { coordinators: { orderBy: { id: "asc" } } } } } });
    const coordinators = opportunity.organisation.coordinators.map((coordinator) => coordinator.slackUserId);
    expect(coordinators.length).toBeGreaterThan(0);
    const [kept, declinedLater] = await Promise.all(
      ["4343001", "4343002"].map((channelUserId) => prisma.resident.create({ data: { channel: "telegram", channelUserId, firstName: "Erika", consentAt: SIGNED_UP } })),
    );
    const signups: Array<{ id: number }> = [];
    for (const resident of [kept!, declinedLater!]) {
      const signup = await createSignup({ prisma, residentId: resident.id, opportunityId: opportunity.id, message: null, now: SIGNED_UP, wakeOutbox: first.app.deps.wakeOutbox });
      await updateSignupStatus({ prisma, signupId: signup.id, status: "accepted", coordinatorSlackUserId: coordinators[0]!, now: () => RECORDED });
      await recordCertificateCheck({ prisma, signupId: signup.id, coordinatorSlackUserId: coordinators[0]!, seenOn: "2026-06-15", issuedOn: "2026-04-01", now: () => RECORDED });
      signups.push(signup);
    }
    const [signup, declined] = [signups[0]!, signups[1]!];
    await updateSignupStatus({ prisma, signupId: declined.id, status: "declined", coordinatorSlackUserId: coordinators[0]!, now: () => RECORDED });
    const posted = await waitFor(async () => (await prisma.signup.findUniqueOrThrow({ where: { id: signup.id } })).slackTs ?? undefined, "the signup's Slack message");

    clock = BEFORE_NOTICE;
    expect(await first.app.jobs.runJobNow(CERTIFICATE_RECHECKS_JOB)).toEqual({ ok: true, counts: { due: 0, reminded: 0 } });
    clock = NOTICE_DAY;
    expect(await first.app.jobs.runJobNow(CERTIFICATE_RECHECKS_JOB)).toEqual({ ok: true, counts: { due: 1, reminded: 1 } });
    const reminder = await waitFor(() => [...slack.messages.values()].find((message) => message.threadTs === posted), "the reminder in the thread");
    expect(reminder.channel).toBe(opportunity.organisation.slackChannel);
    const text = String(reminder.text);
    for (const coordinator of coordinators) expect(text).toContain(`<@${coordinator}>`);
    expect(text).toContain(`Anmeldung #${signup.id}`);
    expect(text).toContain("am 01.04.2026 ausgestellt und muss bis 01.04.2031 erneut vorgelegt werden");
    await first.stop();

    // A new process on the same database, a week later.
    clock = LATER;
    const second = await startAppAt(() => clock);
    expect(await second.app.jobs.runJobNow(CERTIFICATE_RECHECKS_JOB)).toEqual({ ok: true, counts: { due: 1, reminded: 0 } });
    await waitFor(async () => (await second.app.deps.prisma.notification.count({ where: { channel: "slack", status: "pending" } })) === 0, "the Slack outbox to be empty");

    const replies = [...slack.messages.values()].filter((message) => message.threadTs !== undefined);
    expect(replies).toHaveLength(1);
    expect(await second.app.deps.prisma.notification.count({ where: { kind: "certificate-recheck-due" } })).toBe(1);
  });
});
