// Retention of the Führungszeugnis dates (§ 72a (5) SGB VIII): cleared RETENTION_CERTIFICATE_MONTHS
// (at most 3) after the signup was declined or withdrawn, with the re-check reminder's mark, which
// holds the issue date too. Accepted volunteers keep theirs.
import { createSilentLogger } from "../../../src/logger";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { eraseResident } from "../../../src/services/resident/erase-resident";
import { clearEndedCertificates } from "../../../src/services/retention/clear-ended-certificates";
import { certificateRecheckKey, remindCertificateRechecks } from "../../../src/services/signup/remind-certificate-rechecks";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { ENDED, MINUTE, monthsAfter, retentionNetwork } from "./retention-fixtures";

let db: TestDatabase;
let prisma: PrismaClient;
beforeEach(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterEach(() => db.close());

const run = (now: Date, months = 3) => clearEndedCertificates({ prisma, now, months });
const certificateOf = (signupId: number) =>
  prisma.signup.findUniqueOrThrow({ where: { id: signupId }, select: { certificateSeenAt: true, certificateIssuedAt: true, certificateRecordedBy: true } });
const ISSUED = new Date("2026-12-01T00:00:00Z");

describe("clearEndedCertificates", () => {
  it("clears the dates three months after the end, once, and keeps those of accepted volunteers", async () => {
    const network = await retentionNetwork(prisma);
    const running = await network.signup({ ends: "never" }, { certificate: true });
    const withdrawn = await network.signup({ ends: "withdrawn", at: ENDED }, { certificate: true });
    const declined = await network.signup({ ends: "declined", at: monthsAfter(ENDED, 1) }, { certificate: true });
    // As if the re-check reminders had gone out: each mark names the certificate's issue date.
    for (const signup of [running, withdrawn]) await prisma.jobMark.create({ data: { key: certificateRecheckKey(signup.signupId, ISSUED), doneAt: ENDED } });
    const recorded = await certificateOf(running.signupId);
    expect(recorded).toEqual({ certificateSeenAt: new Date("2027-01-15T00:00:00Z"), certificateIssuedAt: ISSUED, certificateRecordedBy: "U0KIM00001" });

    const threeMonths = monthsAfter(ENDED, 3);
    expect(await run(new Date(threeMonths.getTime() - MINUTE))).toEqual({ certificates: 0, recheckMarks: 0 });
    expect(await run(new Date(threeMonths.getTime() + MINUTE))).toEqual({ certificates: 1, recheckMarks: 1 });
    expect(await certificateOf(withdrawn.signupId)).toEqual({ certificateSeenAt: null, certificateIssuedAt: null, certificateRecordedBy: null });
    expect(await certificateOf(declined.signupId)).toEqual(recorded);
    expect(await certificateOf(running.signupId)).toEqual(recorded);
    expect((await prisma.jobMark.findMany()).map((mark) => mark.key)).toEqual([certificateRecheckKey(running.signupId, ISSUED)]);
    expect(await run(new Date(threeMonths.getTime() + 2 * MINUTE))).toEqual({ certificates: 0, recheckMarks: 0 });

    expect(await run(new Date(monthsAfter(ENDED, 4).getTime() + MINUTE))).toEqual({ certificates: 1, recheckMarks: 0 });
    expect(await certificateOf(declined.signupId)).toEqual({ certificateSeenAt: null, certificateIssuedAt: null, certificateRecordedBy: null });
    expect(await run(monthsAfter(ENDED, 60))).toEqual({ certificates: 0, recheckMarks: 0 });
    expect(await certificateOf(running.signupId)).toEqual(recorded);
  });

  it("with 0 months clears them at the first run after the end", async () => {
    const network = await retentionNetwork(prisma);
    const { signupId } = await network.signup({ ends: "withdrawn", at: ENDED }, { certificate: true });

    expect(await run(ENDED, 0)).toEqual({ certificates: 0, recheckMarks: 0 });
    expect(await run(new Date(ENDED.getTime() + MINUTE), 0)).toEqual({ certificates: 1, recheckMarks: 0 });
    expect((await certificateOf(signupId)).certificateIssuedAt).toBeNull();
  });

  it("forgets the re-check mark of a certificate erased with its resident", async () => {
    const network = await retentionNetwork(prisma);
    const { signupId, residentId } = await network.signup({ ends: "never" }, { certificate: true });
    const reminderDay = new Date("2031-10-15T09:00:00Z");
    expect(await remindCertificateRechecks({ prisma, now: reminderDay, settings: { noticeDays: 60 } })).toMatchObject({ reminded: 1 });
    expect(await prisma.jobMark.count({ where: { key: certificateRecheckKey(signupId, ISSUED) } })).toBe(1);
    const resident = await prisma.resident.findUniqueOrThrow({ where: { id: residentId } });
    await eraseResident({ prisma, identity: { channel: "telegram", channelUserId: resident.channelUserId }, now: reminderDay, by: "resident", logger: createSilentLogger() });

    expect(await run(new Date(reminderDay.getTime() + MINUTE))).toEqual({ certificates: 0, recheckMarks: 1 });
    expect(await prisma.jobMark.count()).toBe(0);
    expect(await run(new Date(reminderDay.getTime() + 2 * MINUTE))).toEqual({ certificates: 0, recheckMarks: 0 });
  });
});
