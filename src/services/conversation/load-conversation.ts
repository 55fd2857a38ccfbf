// Where a chat stands, read at the start of every turn (src/conversation/run-turn.ts). Every update
// passes here, so it is one statement straight to SQLite (src/db/direct.ts).
import { directly } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";
import type { ResidentIdentity } from "../resident/resident-identity";

export interface LoadedConversation {
  /** The flow engine's state as stored (JSON), or null when the chat is idle. */
  state: string | null;
  /** The resident's language, or null when they have not signed up (no Resident row). */
  residentLocale: string | null;
}

const LOAD = `
  SELECT (SELECT state FROM Conversation WHERE channel = ? AND channelUserId = ?) AS state,
         (SELECT locale FROM Resident WHERE channel = ? AND channelUserId = ?) AS residentLocale`;

export function loadConversation(options: { prisma: PrismaClient; identity: ResidentIdentity }): Promise<LoadedConversation> {
  const { channel, channelUserId } = options.identity;
  return directly(options.prisma, (database) => database.prepare(LOAD).get(channel, channelUserId, channel, channelUserId) as LoadedConversation);
}
