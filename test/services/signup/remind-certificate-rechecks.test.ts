// The Führungszeugnis re-check reminder as the job runs it, on a clock the test moves: once per
// certificate, across a restart (a new job runner on the same database), never for signups that
// are no longer accepted, and again for a renewed certificate.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { createSilentLogger } from "../../../src/logger";
import { CERTIFICATE_RECHECKS_JOB, certificateRechecksJob } from "../../../src/services/jobs/certificate-rechecks-job";
import { startJobs, type JobRunner } from "../../../src/services/jobs/start-jobs";
import { recordCertificateCheck } from "../../../src/services/signup/record-certificate-check";
import { certificateRecheckKey } from "../../../src/services/signup/remind-certificate-rechecks";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createSignupWithNotification, type SignupFixture } from "../../support/slack/fixtures";

const COORDINATOR = "U0COORD001";
/** Seen 15 June 2026, issued 1 April 2026: due again 1 April 2031, reminded 60 days before, on 31 January 2031. */
const SEEN = "2026-06-15";
const ISSUED = "2026-04-01";

let db: TestDatabase;
let prisma: PrismaClient;
let fixture: SignupFixture;
let clock: Date;
const runners: JobRunner[] = [];

beforeEach(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  fixture = await createSignupWithNotification(prisma, { status: "accepted" });
  await prisma.opportunity.update({ where: { id: fixture.opportunityId }, data: { requirements: JSON.stringify(["fuehrungszeugnis"]) } });
  await prisma.coordinator.create({ data: { name: "Kim", slackUserId: COORDINATOR, organisationId: fixture.organisationId } });
  await record(fixture.signupId, SEEN, ISSUED);
});
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.stop();
  await db.close();
});

function record(signupId: number, seenOn: string, issuedOn: string) {
  return recordCertificateCheck({ prisma, signupId, coordinatorSlackUserId: COORDINATOR, seenOn, issuedOn, now: () => new Date(`${seenOn}T10:00:00Z`) });
}

/** A job runner as the app starts it; the timers are pushed out, the test runs the job. */
function startRunner(): JobRunner {
  const runner = startJobs([certificateRechecksJob({ prisma, settings: { noticeDays: 60 } })], { logger: createSilentLogger(), now: () => clock, firstRunAfterMs: 3_600_000 });
  runners.push(runner);
  return runner;
}

async function reminders() {
  const rows = await prisma.notification.findMany({ where: { kind: "certificate-recheck-due" }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ channel: row.channel, stream: row.stream, payload: JSON.parse(row.payload) as unknown }));
}

describe("certificate re-check reminders", () => {
  it("queues one reminder from the notice day on, also across a restart", async () => {
    const runner = startRunner();
    clock = new Date("2031-01-30T12:00:00Z");
    expect(await runner.runJobNow(CERTIFICATE_RECHECKS_JOB)).toEqual({ ok: true, counts: { due: 0, reminded: 0 } });

    clock = new Date("2031-01-31T00:00:00Z");
    expect(await runner.runJobNow(CERTIFICATE_RECHECKS_JOB)).toEqual({ ok: true, counts: { due: 1, reminded: 1 } });
    expect(await runner.runJobNow(CERTIFICATE_RECHECKS_JOB)).toEqual({ ok: true, counts: { due: 1, reminded: 0 } });
    await runner.stop();

    // Another process on the same database, a week later.
    clock = new Date("2031-02-07T09:00:00Z");
    const restarted = startRunner();
    expect(await restarted.runJobNow(CERTIFICATE_RECHECKS_JOB)).toEqual({ ok: true, counts: { due: 1, reminded: 0 } });

    expect(await reminders()).toEqual([{ channel: "slack", stream: `slack:signup:${fixture.signupId}`, payload: { signupId: fixture.signupId } }]);
    expect(await prisma.jobMark.findUnique({ where: { key: certificateRecheckKey(fixture.signupId, new Date(`${ISSUED}T00:00:00Z`)) } })).not.toBeNull();
    expect(certificateRecheckKey(fixture.signupId, new Date(`${ISSUED}T00:00:00Z`))).toBe(`certificate-recheck:${fixture.signupId}:${ISSUED}`);
  });

  it("reminds again for a renewed certificate, when that one is due", async () => {
    const runner = startRunner();
    clock = new Date("2031-02-01T08:00:00Z");
    expect(await runner.runJobNow(CERTIFICATE_RECHECKS_JOB)).toMatchObject({ counts: { reminded: 1 } });

    await record(fixture.signupId, "2031-02-10", "2031-02-03");
    clock = new Date("2031-02-10T12:00:00Z");
    expect(await runner.runJobNow(CERTIFICATE_RECHECKS_JOB)).toEqual({ ok: true, counts: { due: 0, reminded: 0 } });

    // Due 3 February 2036; 60 days before is 5 December 2035.
    clock = new Date("2035-12-04T12:00:00Z");
    expect(await runner.runJobNow(CERTIFICATE_RECHECKS_JOB)).toEqual({ ok: true, counts: { due: 0, reminded: 0 } });
    clock = new Date("2035-12-05T00:00:00Z");
    expect(await runner.runJobNow(CERTIFICATE_RECHECKS_JOB)).toEqual({ ok: true, counts: { due: 1, reminded: 1 } });
    expect(await runner.runJobNow(CERTIFICATE_RECHECKS_JOB)).toEqual({ ok: true, counts: { due: 1, reminded: 0 } });
    expect(await reminders()).toHaveLength(2);
  });

  it.each(["declined", "withdrawn"])("never reminds for a %s signup", async (status) => {
    await prisma.signup.update({ where: { id: fixture.signupId }, data: { status } });
    const runner = startRunner();
    clock = new Date("2031-03-15T12:00:00Z");
    expect(await runner.runJobNow(CERTIFICATE_RECHECKS_JOB)).toEqual({ ok: true, counts: { due: 0, reminded: 0 } });
    expect(await reminders()).toEqual([]);
  });

  it("does not remind for an offer that no longer requires one, nor for signups without a record", async () => {
    const unrecorded = await createSignupWithNotification(prisma, { status: "accepted", organisation: fixture });
    await prisma.opportunity.update({ where: { id: fixture.opportunityId }, data: { requirements: "[]" } });
    const runner = startRunner();
    clock = new Date("2031-03-15T12:00:00Z");
    expect(await runner.runJobNow(CERTIFICATE_RECHECKS_JOB)).toEqual({ ok: true, counts: { due: 0, reminded: 0 } });
    expect(await reminders()).toEqual([]);
    expect((await prisma.signup.findUniqueOrThrow({ where: { id: unrecorded.signupId } })).certificateIssuedAt).toBeNull();
  });

  it("is refused a notice period outside 1 to 365 days when the job is made", () => {
    expect(() => certificateRechecksJob({ prisma, settings: { noticeDays: 0 } })).toThrow();
    expect(() => certificateRechecksJob({ prisma, settings: { noticeDays: 366 } })).toThrow();
  });
});
