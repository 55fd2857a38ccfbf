// Where a chat stands, read at the start of every turn (src/conversation/run-turn.ts). Every update
// passes here, so the statements go straight to SQLite (src/db/direct.ts).
import { directly } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";
import type { ResidentIdentity } from "../resident/resident-identity";

export interface LoadedConversation {
  /** The flow engine's state as stored (JSON), or null when the chat is idle. */
  state: string | null;
  /** The resident's language, or null when they have not signed up (no Resident row). */
  residentLocale: string | null;
}

const STATE = "SELECT state FROM Conversation WHERE channel = ? AND channelUserId = ?";
const LOCALE = "SELECT locale FROM Resident WHERE channel = ? AND channelUserId = ?";

export function loadConversation(options: { prisma: PrismaClient; identity: ResidentIdentity }): Promise<LoadedConversation> {
  const { channel, channelUserId } = options.identity;
  return directly(options.prisma, (database) => {
    const conversation = database.prepare(STATE).get(channel, channelUserId) as { state: string } | undefined;
    const resident = database.prepare(LOCALE).get(channel, channelUserId) as { locale: string } | undefined;
    return { state: conversation?.state ?? null, residentLocale: resident?.locale ?? null };
  });
}
