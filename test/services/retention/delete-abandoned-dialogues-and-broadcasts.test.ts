// Two small retention rules: a dialogue left in the middle goes RETENTION_DIALOGUE_DAYS after it
// last moved, a coordinator's message to volunteers RETENTION_SIGNUP_TEXT_MONTHS after it was written.
import { describe, expect, it } from "vitest";
import { deleteAbandonedDialogues } from "../../../src/services/retention/delete-abandoned-dialogues";
import { deleteOldBroadcasts } from "../../../src/services/retention/delete-old-broadcasts";
import { useTestDatabase } from "../../support/db";
import { createSignupWithNotification } from "../../support/slack/fixtures";
import { DAY } from "./retention-fixtures";

const db = useTestDatabase();
const NOW = new Date("2027-03-01T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

describe("deleteAbandonedDialogues", () => {
  it("deletes dialogues that have not moved for 30 days, once, and keeps younger ones", async () => {
    // updatedAt is set by Prisma unless a write gives it.
    await db.prisma.conversation.createMany({
      data: [
        { channel: "telegram", channelUserId: "1001", state: "{}", updatedAt: daysAgo(31) },
        { channel: "telegram", channelUserId: "1002", state: "{}", updatedAt: daysAgo(29) },
      ],
    });

    expect(await deleteAbandonedDialogues({ prisma: db.prisma, now: NOW, days: 30 })).toEqual({ dialogues: 1 });
    expect(await deleteAbandonedDialogues({ prisma: db.prisma, now: NOW, days: 30 })).toEqual({ dialogues: 0 });
    expect((await db.prisma.conversation.findMany()).map((row) => row.channelUserId)).toEqual(["1002"]);
  });
});

describe("deleteOldBroadcasts", () => {
  it("deletes messages to volunteers six calendar months after they were written", async () => {
    const fixture = await createSignupWithNotification(db.prisma);
    const write = (createdAt: Date) =>
      db.prisma.broadcast.create({ data: { opportunityId: fixture.opportunityId, text: "Fällt aus", slackUserId: "U0KIM00001", recipientCount: 3, createdAt } });
    await write(new Date("2026-08-31T12:00:00Z"));
    const kept = await write(new Date("2026-09-01T12:00:01Z"));

    expect(await deleteOldBroadcasts({ prisma: db.prisma, now: NOW, months: 6 })).toEqual({ broadcasts: 1 });
    expect(await deleteOldBroadcasts({ prisma: db.prisma, now: NOW, months: 6 })).toEqual({ broadcasts: 0 });
    expect((await db.prisma.broadcast.findMany()).map((row) => row.id)).toEqual([kept.id]);
  });
});
