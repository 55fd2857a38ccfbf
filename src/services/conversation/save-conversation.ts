// The chat's new state after a turn, and the resident's last activity (retention counts from it),
// both or neither. Every update passes here, so the statements go straight to SQLite and share
// their commit with the other updates' writes of the moment (writeTogether, src/db/direct.ts).
import { sqliteDateTime, writeTogether } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";
import type { ResidentIdentity } from "../resident/resident-identity";

export interface SaveConversationOptions {
  prisma: PrismaClient;
  identity: ResidentIdentity;
  /** The flow engine's state as JSON; null for an idle chat, which leaves nothing behind. */
  state: string | null;
  now: Date;
}

const UPSERT =
  "INSERT INTO Conversation (channel, channelUserId, state, updatedAt) VALUES (?, ?, ?, ?) " +
  "ON CONFLICT (channel, channelUserId) DO UPDATE SET state = excluded.state, updatedAt = excluded.updatedAt";
const DELETE = "DELETE FROM Conversation WHERE channel = ? AND channelUserId = ?";
const TOUCH_RESIDENT = "UPDATE Resident SET lastActiveAt = ? WHERE channel = ? AND channelUserId = ?";

/** Resolves once the state is committed: the turn's replies go out only after that. */
export async function saveConversation(options: SaveConversationOptions): Promise<void> {
  const { identity, state } = options;
  const now = sqliteDateTime(options.now);
  await writeTogether(options.prisma, (database) => {
    if (state === null) database.prepare(DELETE).run(identity.channel, identity.channelUserId);
    else database.prepare(UPSERT).run(identity.channel, identity.channelUserId, state, now);
    database.prepare(TOUCH_RESIDENT).run(now, identity.channel, identity.channelUserId);
  });
}
