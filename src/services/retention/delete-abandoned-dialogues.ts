// A dialogue left in the middle (a Conversation row: where the chat stands, with what was typed
// so far) is of no use after a while, and for somebody who never consented it is the only thing
// stored about them (their Telegram id and chosen language). Deleted RETENTION_DIALOGUE_DAYS
// after it last moved; whoever comes back starts the question again.
import type { PrismaClient } from "../../generated/prisma/client";
import { daysBefore } from "./retention-periods";

export async function deleteAbandonedDialogues(options: { prisma: PrismaClient; now: Date; days: number }): Promise<{ dialogues: number }> {
  const { count } = await options.prisma.conversation.deleteMany({ where: { updatedAt: { lt: daysBefore(options.now, options.days) } } });
  return { dialogues: count };
}
