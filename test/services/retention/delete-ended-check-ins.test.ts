// Retention of the check-ins ("Hat es geklappt?" and the answer): deleted
// RETENTION_CONVERSATION_MONTHS after the signup was declined or withdrawn. Rows, not answers:
// a nulled answer would count as "not answered" in /lotse statistik; the remaining figures stay true.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { answerCheckIn } from "../../../src/services/check-in/answer-check-in";
import { askDueCheckIns } from "../../../src/services/check-in/ask-due-check-ins";
import { signupStatistics } from "../../../src/services/coordinator/signup-statistics";
import { deleteEndedCheckIns } from "../../../src/services/retention/delete-ended-check-ins";
import { updateSignupStatus } from "../../../src/services/signup/update-signup-status";
import { withdrawSignup } from "../../../src/services/signup/withdraw-signup";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { ACCEPTED, COORDINATOR, DAY, MINUTE, monthsAfter, retentionNetwork } from "./retention-fixtures";

let db: TestDatabase;
let prisma: PrismaClient;
beforeEach(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterEach(() => db.close());

const run = (now: Date, months = 6) => deleteEndedCheckIns({ prisma, now, months });
const ASKED = new Date(ACCEPTED.getTime() + 15 * DAY);
/** After the check-in: the signups end from here. */
const ENDED = new Date(ACCEPTED.getTime() + 20 * DAY);

describe("deleteEndedCheckIns", () => {
  it("deletes the check-ins of a signup six months after it ended, once, and keeps those of running signups", async () => {
    const network = await retentionNetwork(prisma);
    const running = await network.signup({ ends: "never" });
    const toWithdraw = await network.signup({ ends: "never" });
    const toDecline = await network.signup({ ends: "never" });
    expect(await askDueCheckIns({ prisma, now: ASKED, settings: { firstAfterDays: 14, secondAfterMonths: 3 } })).toEqual({ "two-weeks": 3, "three-months": 0 });
    const checkInOf = async (signupId: number) => (await prisma.checkIn.findFirstOrThrow({ where: { signupId } })).id;
    for (const signup of [running, toWithdraw]) {
      await answerCheckIn({ prisma, residentId: signup.residentId, checkInId: await checkInOf(signup.signupId), answer: "started", now: ASKED });
    }
    await withdrawSignup({ prisma, residentId: toWithdraw.residentId, signupId: toWithdraw.signupId, now: ENDED });
    await updateSignupStatus({ prisma, signupId: toDecline.signupId, status: "declined", coordinatorSlackUserId: COORDINATOR, now: () => monthsAfter(ENDED, 1) });

    const sixMonths = monthsAfter(ENDED, 6);
    expect(await run(new Date(sixMonths.getTime() - MINUTE))).toEqual({ checkIns: 0 });
    expect(await run(new Date(sixMonths.getTime() + MINUTE))).toEqual({ checkIns: 1 });
    expect(await prisma.checkIn.count({ where: { signupId: toWithdraw.signupId } })).toBe(0);
    expect(await prisma.checkIn.findMany({ where: { signupId: { in: [running.signupId, toDecline.signupId] } }, select: { answer: true }, orderBy: { id: "asc" } })).toEqual([
      { answer: "started" },
      { answer: null },
    ]);
    expect(await run(new Date(sixMonths.getTime() + 2 * MINUTE))).toEqual({ checkIns: 0 });

    expect(await run(new Date(monthsAfter(ENDED, 7).getTime() + MINUTE))).toEqual({ checkIns: 1 });
    expect(await run(monthsAfter(ENDED, 60))).toEqual({ checkIns: 0 });
    expect(await prisma.checkIn.findMany({ select: { signupId: true, answer: true } })).toEqual([{ signupId: running.signupId, answer: "started" }]);
  });

  it("leaves the statistics true: what remains counts as answered, nothing turns into 'not answered'", async () => {
    const network = await retentionNetwork(prisma);
    const running = await network.signup({ ends: "never" });
    const ended = await network.signup({ ends: "never" });
    await askDueCheckIns({ prisma, now: ASKED, settings: { firstAfterDays: 14, secondAfterMonths: 3 } });
    for (const signup of [running, ended]) {
      const checkIn = await prisma.checkIn.findFirstOrThrow({ where: { signupId: signup.signupId } });
      await answerCheckIn({ prisma, residentId: signup.residentId, checkInId: checkIn.id, answer: "started", now: ASKED });
    }
    await withdrawSignup({ prisma, residentId: ended.residentId, signupId: ended.signupId, now: ENDED });
    const now = new Date(monthsAfter(ENDED, 6).getTime() + MINUTE);
    await run(now);

    const organisation = await prisma.organisation.findFirstOrThrow();
    const statistics = await signupStatistics({ prisma, scope: { network: true, organisations: [{ id: organisation.id, name: organisation.name }] }, now, days: 365 });
    expect(statistics.total.checkIns["two-weeks"]).toEqual({ answers: { started: 1, "not-yet": 0, failed: 0 }, unanswered: 0 });
    // The signups themselves are still counted.
    expect(statistics.total.signupsTotal).toBe(2);
  });
});
