// Retention of a signup's free text: the resident's message and the reasons given with its status
// changes are cleared RETENTION_SIGNUP_TEXT_MONTHS after the signup was declined or withdrawn.
// Signups still running keep theirs; the signups and their status history stay.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { clearEndedSignupTexts } from "../../../src/services/retention/clear-ended-signup-texts";
import { createSignup } from "../../../src/services/signup/create-signup";
import { updateSignupStatus } from "../../../src/services/signup/update-signup-status";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { COORDINATOR, DAY, ENDED, MINUTE, monthsAfter, retentionNetwork } from "./retention-fixtures";

let db: TestDatabase;
let prisma: PrismaClient;
beforeEach(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterEach(() => db.close());

const clear = (now: Date, months = 6) => clearEndedSignupTexts({ prisma, now, months });
const texts = async (signupId: number) => {
  const signup = await prisma.signup.findUniqueOrThrow({ where: { id: signupId }, include: { statusEvents: { orderBy: { id: "asc" } } } });
  return { status: signup.status, message: signup.message, reasons: signup.statusEvents.map((event) => event.reason), events: signup.statusEvents.length };
};

describe("clearEndedSignupTexts", () => {
  it("clears message and reasons six months after the end, once, and leaves running signups alone", async () => {
    const network = await retentionNetwork(prisma);
    const running = await network.signup({ ends: "never", accepted: false }, { message: "Ich habe samstags Zeit." });
    // A reason with a status that did not end the signup: it stays while the signup runs.
    await updateSignupStatus({ prisma, signupId: running.signupId, status: "contacted", coordinatorSlackUserId: COORDINATOR, reason: "Rückruf am Montag", now: () => ENDED });
    await updateSignupStatus({ prisma, signupId: running.signupId, status: "accepted", coordinatorSlackUserId: COORDINATOR, now: () => ENDED });
    const withdrawn = await network.signup({ ends: "withdrawn", at: ENDED }, { message: "Ich kann nur vormittags." });
    const declined = await network.signup({ ends: "declined", at: ENDED, reason: "Die Gruppe ist leider voll." }, { message: "Ich freue mich!" });
    const declinedLater = await network.signup({ ends: "declined", at: monthsAfter(ENDED, 1), reason: "Leider nicht passend." }, { message: "Hallo!" });
    const before = {
      withdrawn: await texts(withdrawn.signupId),
      declined: await texts(declined.signupId),
      declinedLater: await texts(declinedLater.signupId),
    };
    expect(before.declined).toMatchObject({ status: "declined", message: "Ich freue mich!" });
    expect(before.declined.reasons).toContain("Die Gruppe ist leider voll.");

    const sixMonths = monthsAfter(ENDED, 6);
    expect(await clear(new Date(sixMonths.getTime() - MINUTE))).toEqual({ messages: 0, reasons: 0 });
    expect(await clear(sixMonths)).toEqual({ messages: 0, reasons: 0 });

    expect(await clear(new Date(sixMonths.getTime() + MINUTE))).toEqual({ messages: 2, reasons: 1 });
    expect(await texts(withdrawn.signupId)).toEqual({ ...before.withdrawn, message: null });
    expect(await texts(declined.signupId)).toEqual({ ...before.declined, message: null, reasons: before.declined.reasons.map(() => null) });
    expect(await texts(declinedLater.signupId)).toEqual(before.declinedLater);
    expect((await texts(running.signupId)).message).toBe("Ich habe samstags Zeit.");
    // A second run finds nothing.
    expect(await clear(new Date(sixMonths.getTime() + 2 * MINUTE))).toEqual({ messages: 0, reasons: 0 });

    // A month later the later one goes too; the running signup still keeps its message.
    expect(await clear(new Date(monthsAfter(ENDED, 7).getTime() + MINUTE))).toEqual({ messages: 1, reasons: 1 });
    expect(await texts(declinedLater.signupId)).toMatchObject({ status: "declined", message: null, reasons: before.declinedLater.reasons.map(() => null) });
    expect(await clear(new Date(monthsAfter(ENDED, 60).getTime()))).toEqual({ messages: 0, reasons: 0 });
    expect(await texts(running.signupId)).toMatchObject({ status: "accepted", message: "Ich habe samstags Zeit.", reasons: ["Rückruf am Montag", null] });
  });

  it("keeps the text of a withdrawn signup the resident opened again", async () => {
    const network = await retentionNetwork(prisma);
    const { signupId, residentId } = await network.signup({ ends: "withdrawn", at: ENDED, accepted: false }, { message: "Erst einmal nicht." });
    await createSignup({ prisma, residentId, opportunityId: network.offer.id, message: "Jetzt doch!", now: new Date(ENDED.getTime() + DAY) });

    expect(await clear(monthsAfter(ENDED, 12))).toEqual({ messages: 0, reasons: 0 });
    expect(await texts(signupId)).toMatchObject({ status: "new", message: "Jetzt doch!" });
  });

  it("counts from the configured number of months", async () => {
    const network = await retentionNetwork(prisma);
    const { signupId } = await network.signup({ ends: "withdrawn", at: ENDED }, { message: "Bis bald." });

    expect(await clear(new Date(monthsAfter(ENDED, 2).getTime() - MINUTE), 2)).toEqual({ messages: 0, reasons: 0 });
    expect(await clear(new Date(monthsAfter(ENDED, 2).getTime() + MINUTE), 2)).toEqual({ messages: 1, reasons: 0 });
    expect((await texts(signupId)).message).toBeNull();
  });
});
