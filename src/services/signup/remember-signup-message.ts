// The coordinators' Slack message about a signup, remembered once it is posted: later
// notifications about the signup update it and reply in its thread. Written for every signup the
// outbox delivers, so straight to SQLite, sharing its commit with the other writes of the moment
// (writeTogether, src/db/direct.ts).
import { sqliteDateTime, writeTogether } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";

// updatedAt as Prisma's @updatedAt keeps it: any change to the row.
const REMEMBER = "UPDATE Signup SET slackChannel = ?, slackTs = ?, updatedAt = ? WHERE id = ?";

export async function rememberSignupMessage(options: { prisma: PrismaClient; signupId: number; message: { channel: string; ts: string } }): Promise<void> {
  const { signupId, message } = options;
  const updatedAt = sqliteDateTime(new Date());
  await writeTogether(options.prisma, (database) => database.prepare(REMEMBER).run(message.channel, message.ts, updatedAt, signupId));
}
