// Retention: the conversations with the team ("Frage an das Team": RelayThread, RelayMessage)
// are deleted RETENTION_CONVERSATION_MONTHS after they are over. A conversation about a signup
// is over when the signup has ended (declined or withdrawn) and nobody wrote since; one without
// a signup (a question to the network) when nobody wrote since. So the period counts from the
// later of the end and the last message: a question asked about a withdrawn signup is kept as
// long as any other. Conversations about signups still running are kept.
import type { PrismaClient } from "../../generated/prisma/client";
import { endedBefore, monthsBefore } from "./retention-periods";

export interface DeleteOldConversationsOptions {
  prisma: PrismaClient;
  now: Date;
  /** Months after the conversation is over (RETENTION_CONVERSATION_MONTHS). */
  months: number;
}

/** Deletes whole threads with their messages; returns how many of each: counts only. */
export async function deleteOldConversations(options: DeleteOldConversationsOptions): Promise<{ threads: number; messages: number }> {
  const { prisma, now } = options;
  const cutoff = monthsBefore(now, options.months);
  return prisma.$transaction(async (tx) => {
    const threads = await tx.relayThread.findMany({
      where: {
        createdAt: { lt: cutoff },
        // The last message is RelayMessage.createdAt, written with the app's clock; updatedAt
        // also moves when the Slack thread is noted, which says nothing about the conversation.
        messages: { none: { createdAt: { gte: cutoff } } },
        OR: [{ signupId: null }, { signup: endedBefore(cutoff) }],
      },
      select: { id: true },
    });
    if (threads.length === 0) return { threads: 0, messages: 0 };
    const threadIds = threads.map((thread) => thread.id);
    // Counted before the threads go (onDelete: Cascade would take the messages silently).
    const messages = await tx.relayMessage.deleteMany({ where: { threadId: { in: threadIds } } });
    const deleted = await tx.relayThread.deleteMany({ where: { id: { in: threadIds } } });
    return { threads: deleted.count, messages: messages.count };
  });
}
