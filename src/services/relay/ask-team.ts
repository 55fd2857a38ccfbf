// "Frage an das Team": a resident writes to the team of one organisation (about one of their
// signups) or of the network. The message is kept in a RelayThread of this resident and that
// organisation, and goes to Slack through the outbox in the same transaction.
import type { PrismaClient } from "../../generated/prisma/client";
import { transactionWithOutbox, type Tx } from "../notification/enqueue";

/** What the question is about: one of the resident's signups, an earlier conversation, or the network. */
export type QuestionTopic = { kind: "signup"; signupId: number } | { kind: "thread"; threadId: number } | { kind: "network" };

/** The signup or conversation is not this resident's (or no longer exists). */
export class QuestionTopicNotFoundError extends Error {
  constructor() {
    super("question topic not found for this resident");
    this.name = "QuestionTopicNotFoundError";
  }
}

export const QUESTION_MAX_LENGTH = 1000;

export async function askTeam(options: {
  prisma: PrismaClient;
  residentId: number;
  topic: QuestionTopic;
  text: string;
  now: Date;
  wakeOutbox?: () => void;
}): Promise<{ threadId: number; relayMessageId: number }> {
  const { residentId, topic, now } = options;
  const text = options.text.trim().slice(0, QUESTION_MAX_LENGTH);
  return transactionWithOutbox(options, async (tx, enqueue) => {
    const thread = await findOrOpenThread(tx, residentId, topic, now);
    const message = await tx.relayMessage.create({ data: { threadId: thread.id, direction: "to-team", text, createdAt: now } });
    await tx.relayThread.update({ where: { id: thread.id }, data: { updatedAt: now } });
    await enqueue("resident-question", { relayMessageId: message.id, threadId: thread.id, signupId: thread.signupId });
    return { threadId: thread.id, relayMessageId: message.id };
  });
}

async function findOrOpenThread(tx: Tx, residentId: number, topic: QuestionTopic, now: Date): Promise<{ id: number; signupId: number | null }> {
  const select = { id: true, signupId: true } as const;
  if (topic.kind === "thread") {
    const thread = await tx.relayThread.findFirst({ where: { id: topic.threadId, residentId }, select });
    if (!thread) throw new QuestionTopicNotFoundError();
    return thread;
  }
  if (topic.kind === "signup") {
    const signup = await tx.signup.findFirst({ where: { id: topic.signupId, residentId }, select: { id: true, opportunity: { select: { organisationId: true } } } });
    if (!signup) throw new QuestionTopicNotFoundError();
    return openThreadForSignup(tx, { signupId: signup.id, residentId, organisationId: signup.opportunity.organisationId, now });
  }
  // One conversation with the network per resident: a second general question continues it.
  const existing = await tx.relayThread.findFirst({ where: { residentId, organisationId: null, signupId: null }, select, orderBy: { id: "desc" } });
  return existing ?? tx.relayThread.create({ data: { residentId, createdAt: now }, select });
}

/** The conversation about a signup: one per signup, opened by the first message of either side. */
export async function openThreadForSignup(
  tx: Tx,
  signup: { signupId: number; residentId: number; organisationId: number; now: Date },
): Promise<{ id: number; signupId: number | null }> {
  const select = { id: true, signupId: true } as const;
  const existing = await tx.relayThread.findFirst({ where: { signupId: signup.signupId, residentId: signup.residentId }, select, orderBy: { id: "asc" } });
  return (
    existing ??
    tx.relayThread.create({
      data: { residentId: signup.residentId, signupId: signup.signupId, organisationId: signup.organisationId, createdAt: signup.now },
      select,
    })
  );
}
