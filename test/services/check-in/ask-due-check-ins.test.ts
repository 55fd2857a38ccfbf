// The check-ins as a service: due after CHECK_IN_FIRST_DAYS and CHECK_IN_SECOND_MONTHS from the
// acceptance, once per signup and kind also when two processes run at the same moment, never
// for a signup no longer accepted or a resident who is gone; answers recorded once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { askDueCheckIns } from "../../../src/services/check-in/ask-due-check-ins";
import { answerCheckIn, CheckInNotFoundError } from "../../../src/services/check-in/answer-check-in";
import { updateSignupStatus } from "../../../src/services/signup/update-signup-status";
import { withdrawSignup } from "../../../src/services/signup/withdraw-signup";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createSignupWithNotification } from "../../support/slack/fixtures";

const ACCEPTED = new Date("2026-11-20T15:00:00+01:00");
const DAY = 24 * 60 * 60 * 1000;
const settings = { firstAfterDays: 14, secondAfterMonths: 3 };
const COORDINATOR = "U0KIM00001";

let db: TestDatabase;
let prisma: PrismaClient;
beforeEach(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterEach(() => db.close());

async function acceptedSignup() {
  const fixture = await createSignupWithNotification(prisma);
  await prisma.coordinator.upsert({ where: { slackUserId: COORDINATOR }, create: { name: "Kim", slackUserId: COORDINATOR }, update: {} });
  await updateSignupStatus({ prisma, signupId: fixture.signupId, status: "accepted", coordinatorSlackUserId: COORDINATOR, now: () => ACCEPTED });
  return fixture;
}

const ask = (at: Date) => askDueCheckIns({ prisma, now: at, settings });

describe("check-ins", () => {
  it("asks after 14 days and after 3 months, once each, also when two runs meet", async () => {
    const fixture = await acceptedSignup();
    expect(await ask(new Date(ACCEPTED.getTime() + 14 * DAY - 1))).toEqual({ "two-weeks": 0, "three-months": 0 });
    const [one, two] = await Promise.all([ask(new Date(ACCEPTED.getTime() + 14 * DAY)), ask(new Date(ACCEPTED.getTime() + 14 * DAY))]);
    expect(one["two-weeks"] + two["two-weeks"]).toBe(1);
    expect(await ask(new Date("2027-02-20T14:59:59+01:00"))).toEqual({ "two-weeks": 0, "three-months": 0 });
    expect(await ask(new Date("2027-02-20T15:00:00+01:00"))).toEqual({ "two-weeks": 0, "three-months": 1 });
    const rows = await prisma.notification.findMany({ where: { kind: "check-in" }, orderBy: { id: "asc" } });
    expect(rows.map((row) => row.stream)).toEqual([`telegram:resident:${fixture.residentId}`, `telegram:resident:${fixture.residentId}`]);
  });

  it("skips the first question when it is already time for the second, and asks nobody who withdrew", async () => {
    const late = await acceptedSignup();
    const gone = await acceptedSignup();
    await withdrawSignup({ prisma, residentId: gone.residentId, signupId: gone.signupId, now: ACCEPTED });
    expect(await ask(new Date("2027-03-01T12:00:00+01:00"))).toEqual({ "two-weeks": 0, "three-months": 1 });
    expect((await prisma.checkIn.findMany()).map((checkIn) => [checkIn.signupId, checkIn.kind])).toEqual([[late.signupId, "three-months"]]);
  });

  it("records the first answer only, only the resident's own, only an answer the question allows", async () => {
    const fixture = await acceptedSignup();
    const other = await acceptedSignup();
    await ask(new Date(ACCEPTED.getTime() + 15 * DAY));
    const checkIn = await prisma.checkIn.findFirstOrThrow({ where: { signupId: fixture.signupId } });
    const now = new Date(ACCEPTED.getTime() + 16 * DAY);

    await expect(answerCheckIn({ prisma, residentId: other.residentId, checkInId: checkIn.id, answer: "started", now })).rejects.toBeInstanceOf(CheckInNotFoundError);
    await expect(answerCheckIn({ prisma, residentId: fixture.residentId, checkInId: checkIn.id, answer: "still-in", now })).rejects.toBeInstanceOf(CheckInNotFoundError);
    expect(await answerCheckIn({ prisma, residentId: fixture.residentId, checkInId: checkIn.id, answer: "not-yet", now })).toEqual({ recorded: true, answer: "not-yet" });
    expect(await answerCheckIn({ prisma, residentId: fixture.residentId, checkInId: checkIn.id, answer: "failed", now })).toEqual({ recorded: false, answer: "not-yet" });
    expect(await prisma.notification.count({ where: { kind: "check-in-answered" } })).toBe(1);
  });
});
