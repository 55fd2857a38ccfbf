// A coordinator answers a resident from Slack (the "Antworten" modal, or a reply typed in the
// conversation's thread). Only coordinators of the conversation's organisation and the network
// managers may; the answer reaches the resident's chat through the outbox.
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { mayActFor } from "../../domain/coordinator-scope";
import { transactionWithOutbox } from "../notification/enqueue";
import { UnknownCoordinatorError } from "../signup/update-signup-status";
import { openThreadForSignup, QUESTION_MAX_LENGTH } from "./ask-team";

export class RelayThreadNotFoundError extends Error {
  constructor() {
    super("conversation not found");
    this.name = "RelayThreadNotFoundError";
  }
}

/** The coordinator belongs to another organisation; organisationName null = a network conversation. */
export class NotInConversationError extends Error {
  constructor(readonly organisationName: string | null) {
    super("coordinator may not answer in this conversation");
    this.name = "NotInConversationError";
  }
}

/** The signup's resident erased their data: nobody to answer. */
export class ResidentGoneError extends Error {
  constructor() {
    super("the resident is gone");
    this.name = "ResidentGoneError";
  }
}

export type AnswerTarget = { threadId: number } | { signupId: number };

export type AnswerResidentResult =
  | { status: "sent"; threadId: number; relayMessageId: number; slack: { channel: string; ts: string } | null }
  /** Slack delivered the same thread reply twice; it was relayed the first time. */
  | { status: "duplicate" };

export async function answerResident(options: {
  prisma: PrismaClient;
  target: AnswerTarget;
  coordinatorSlackUserId: string;
  text: string;
  /** The ts of a reply typed in Slack: an event delivered twice is relayed once. */
  slackEventTs?: string;
  now: Date;
  wakeOutbox?: () => void;
}): Promise<AnswerResidentResult> {
  const { prisma, now } = options;
  const text = options.text.trim().slice(0, QUESTION_MAX_LENGTH * 2);
  try {
    return await transactionWithOutbox(options, async (tx, enqueue) => {
      const coordinator = await tx.coordinator.findUnique({ where: { slackUserId: options.coordinatorSlackUserId }, select: { organisationId: true } });
      if (!coordinator) throw new UnknownCoordinatorError(options.coordinatorSlackUserId);

      let thread: { id: number; residentId: number; organisationId: number | null; slackChannel: string | null; slackTs: string | null } | null;
      if ("threadId" in options.target) {
        thread = await tx.relayThread.findUnique({ where: { id: options.target.threadId } });
      } else {
        const signup = await tx.signup.findUnique({
          where: { id: options.target.signupId },
          select: { id: true, residentId: true, slackChannel: true, slackTs: true, opportunity: { select: { organisationId: true, organisation: { select: { name: true } } } } },
        });
        if (!signup) throw new RelayThreadNotFoundError();
        // Checked before a conversation is opened, so a refused click leaves nothing behind.
        if (!mayActFor(coordinator, signup.opportunity.organisationId)) throw new NotInConversationError(signup.opportunity.organisation.name);
        if (signup.residentId === null) throw new ResidentGoneError();
        const opened = await openThreadForSignup(tx, { signupId: signup.id, residentId: signup.residentId, organisationId: signup.opportunity.organisationId, now });
        // A conversation the coordinator starts lives in the signup's thread from the outset.
        thread = await tx.relayThread.update({
          where: { id: opened.id },
          data: signup.slackChannel && signup.slackTs ? { slackChannel: signup.slackChannel, slackTs: signup.slackTs } : {},
        });
      }
      if (!thread) throw new RelayThreadNotFoundError();
      if (!mayActFor(coordinator, thread.organisationId)) {
        const organisation = thread.organisationId === null ? null : await tx.organisation.findUnique({ where: { id: thread.organisationId }, select: { name: true } });
        throw new NotInConversationError(organisation?.name ?? null);
      }

      const message = await tx.relayMessage.create({
        data: { threadId: thread.id, direction: "to-resident", text, slackUserId: options.coordinatorSlackUserId, slackEventTs: options.slackEventTs ?? null, createdAt: now },
      });
      await tx.relayThread.update({ where: { id: thread.id }, data: { updatedAt: now } });
      await enqueue("team-answer", { relayMessageId: message.id, residentId: thread.residentId });
      const slack = thread.slackChannel && thread.slackTs ? { channel: thread.slackChannel, ts: thread.slackTs } : null;
      return { status: "sent" as const, threadId: thread.id, relayMessageId: message.id, slack };
    });
  } catch (error) {
    if (options.slackEventTs && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { status: "duplicate" };
    throw error;
  }
}

/** The conversation a Slack thread carries, if any: replies there are answers to the resident. */
export async function findRelayThreadBySlackThread(prisma: PrismaClient, slack: { channel: string; threadTs: string }): Promise<{ id: number } | null> {
  return prisma.relayThread.findFirst({ where: { slackChannel: slack.channel, slackTs: slack.threadTs }, select: { id: true }, orderBy: { updatedAt: "desc" } });
}
