// Retention of the conversations with the team: a thread and its messages are deleted
// RETENTION_CONVERSATION_MONTHS after the later of the signup's end and the last message; a
// question to the network (no signup) after its last message. Conversations about signups still
// running stay.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { deleteOldConversations } from "../../../src/services/retention/delete-old-conversations";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { ACCEPTED, DAY, ENDED, MINUTE, monthsAfter, retentionNetwork } from "./retention-fixtures";

let db: TestDatabase;
let prisma: PrismaClient;
beforeEach(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterEach(() => db.close());

const run = (now: Date, months = 6) => deleteOldConversations({ prisma, now, months });
const justAfter = (at: Date) => new Date(at.getTime() + MINUTE);
const justBefore = (at: Date) => new Date(at.getTime() - MINUTE);
const messagesOf = (threadId: number) => prisma.relayMessage.count({ where: { threadId } });
const threadExists = async (threadId: number) => (await prisma.relayThread.count({ where: { id: threadId } })) === 1;

describe("deleteOldConversations", () => {
  it("deletes each conversation six months after it is over, once, and keeps those of running signups", async () => {
    const network = await retentionNetwork(prisma);
    // Declined on ENDED; asked and answered before that.
    const declined = await network.signup({ ends: "declined", at: ENDED, reason: "Leider voll." });
    const declinedThread = await network.question(declined.residentId, declined, new Date(ACCEPTED.getTime() + DAY));
    await network.answer(declinedThread, new Date(ACCEPTED.getTime() + 2 * DAY));
    // Withdrawn on ENDED, but the resident wrote two months later: counted from that message.
    const withdrawn = await network.signup({ ends: "withdrawn", at: ENDED });
    const withdrawnThread = await network.question(withdrawn.residentId, withdrawn, monthsAfter(ENDED, 2));
    // Still accepted: kept however old.
    const running = await network.signup({ ends: "never" });
    const runningThread = await network.question(running.residentId, running, new Date(ACCEPTED.getTime() + DAY));
    // A question to the network, answered a month later: counted from the answer.
    const networkThread = await network.question(running.residentId, "network", ENDED, "Gibt es auch etwas am Abend?");
    await network.answer(networkThread, monthsAfter(ENDED, 1));

    const sixMonths = monthsAfter(ENDED, 6);
    expect(await run(justBefore(sixMonths))).toEqual({ threads: 0, messages: 0 });
    expect(await run(justAfter(sixMonths))).toEqual({ threads: 1, messages: 2 });
    expect(await threadExists(declinedThread)).toBe(false);
    expect(await prisma.relayMessage.count({ where: { threadId: declinedThread } })).toBe(0);
    expect([await messagesOf(withdrawnThread), await messagesOf(runningThread), await messagesOf(networkThread)]).toEqual([1, 1, 2]);
    // The signup itself stays.
    expect(await prisma.signup.findUniqueOrThrow({ where: { id: declined.signupId } })).toMatchObject({ status: "declined" });
    expect(await run(justAfter(justAfter(sixMonths)))).toEqual({ threads: 0, messages: 0 });

    // Six months after the network's answer.
    expect(await run(justBefore(monthsAfter(ENDED, 7)))).toEqual({ threads: 0, messages: 0 });
    expect(await run(justAfter(monthsAfter(ENDED, 7)))).toEqual({ threads: 1, messages: 2 });
    expect(await threadExists(networkThread)).toBe(false);

    // Six months after the question that came after the withdrawal.
    expect(await run(justBefore(monthsAfter(ENDED, 8)))).toEqual({ threads: 0, messages: 0 });
    expect(await run(justAfter(monthsAfter(ENDED, 8)))).toEqual({ threads: 1, messages: 1 });
    expect(await threadExists(withdrawnThread)).toBe(false);

    // Years later the running signup's conversation is still there.
    expect(await run(monthsAfter(ENDED, 60))).toEqual({ threads: 0, messages: 0 });
    expect(await messagesOf(runningThread)).toBe(1);
  });

  it("keeps a conversation about a signup that ended long ago while it goes on", async () => {
    const network = await retentionNetwork(prisma);
    const withdrawn = await network.signup({ ends: "withdrawn", at: ENDED });
    const thread = await network.question(withdrawn.residentId, withdrawn, new Date(ENDED.getTime() - DAY));
    await network.answer(thread, monthsAfter(ENDED, 10));

    expect(await run(monthsAfter(ENDED, 12))).toEqual({ threads: 0, messages: 0 });
    expect(await run(justAfter(monthsAfter(ENDED, 16)))).toEqual({ threads: 1, messages: 2 });
  });
});
