// loadConversation / saveConversation: the state a turn starts from and leaves, written with
// direct statements and read back by Prisma (so both agree on the columns and formats).
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../../src/services/conversation/load-conversation";
import { saveConversation } from "../../../src/services/conversation/save-conversation";
import { recordConsent } from "../../../src/services/resident/record-consent";
import type { ResidentIdentity } from "../../../src/services/resident/resident-identity";
import { useTestDatabase } from "../../support/db";

const anna: ResidentIdentity = { channel: "telegram", channelUserId: "4711", firstName: "Anna", telegramUsername: null };

describe("conversation store", () => {
  const db = useTestDatabase();

  it("starts idle for a stranger", async () => {
    expect(await loadConversation({ prisma: db.prisma, identity: anna })).toEqual({ state: null, residentLocale: null });
  });

  it("keeps a chat's state, replaces it, and forgets it when the chat goes idle", async () => {
    const first = new Date("2026-11-24T09:00:00.000Z");
    await saveConversation({ prisma: db.prisma, identity: anna, state: '{"flowId":"onboarding"}', now: first });
    expect((await loadConversation({ prisma: db.prisma, identity: anna })).state).toBe('{"flowId":"onboarding"}');
    expect(await db.prisma.conversation.findUnique({ where: { channel_channelUserId: { channel: "telegram", channelUserId: "4711" } } })).toMatchObject({ updatedAt: first });

    await saveConversation({ prisma: db.prisma, identity: anna, state: '{"flowId":"find"}', now: new Date("2026-11-24T09:01:00.000Z") });
    expect((await loadConversation({ prisma: db.prisma, identity: anna })).state).toBe('{"flowId":"find"}');
    expect(await db.prisma.conversation.count()).toBe(1);

    await saveConversation({ prisma: db.prisma, identity: anna, state: null, now: new Date("2026-11-24T09:02:00.000Z") });
    expect((await loadConversation({ prisma: db.prisma, identity: anna })).state).toBeNull();
    expect(await db.prisma.conversation.count()).toBe(0);
  });

  it("reads a resident's language and notes their last activity", async () => {
    await recordConsent({ prisma: db.prisma, identity: anna, locale: "uk", now: new Date("2026-11-01T10:00:00.000Z") });
    expect((await loadConversation({ prisma: db.prisma, identity: anna })).residentLocale).toBe("uk");
    const now = new Date("2026-11-24T09:00:00.000Z");
    await saveConversation({ prisma: db.prisma, identity: anna, state: null, now });
    expect((await db.prisma.resident.findUnique({ where: { channel_channelUserId: { channel: anna.channel, channelUserId: anna.channelUserId } } }))?.lastActiveAt).toEqual(now);
  });
});
