// The resident tapped an answer to a check-in. The first answer counts (statistics) and goes to
// the signup's Slack thread; a later tap on the same question changes nothing.
import type { PrismaClient } from "../../generated/prisma/client";
import { isAnswerOf, isCheckInKind, type CheckInAnswer } from "../../domain/check-ins";
import { transactionWithOutbox } from "../notification/enqueue";

/** Not this resident's check-in, or not an answer its question allows. */
export class CheckInNotFoundError extends Error {
  constructor(readonly checkInId: number) {
    super(`check-in ${checkInId} not found for this resident`);
    this.name = "CheckInNotFoundError";
  }
}

export type AnswerCheckInResult = { recorded: true; answer: CheckInAnswer } | { recorded: false; answer: CheckInAnswer };

export async function answerCheckIn(options: {
  prisma: PrismaClient;
  residentId: number;
  checkInId: number;
  answer: string;
  now: Date;
  wakeOutbox?: () => void;
}): Promise<AnswerCheckInResult> {
  const { residentId, checkInId, now } = options;
  return transactionWithOutbox(options, async (tx, enqueue) => {
    const checkIn = await tx.checkIn.findFirst({
      where: { id: checkInId, signup: { residentId } },
      select: { id: true, kind: true, answer: true, signupId: true },
    });
    if (!checkIn || !isCheckInKind(checkIn.kind) || !isAnswerOf(checkIn.kind, options.answer)) throw new CheckInNotFoundError(checkInId);
    if (checkIn.answer !== null && isAnswerOf(checkIn.kind, checkIn.answer)) return { recorded: false, answer: checkIn.answer };
    // Guarded on "not yet answered": of two taps at once, one records.
    const { count } = await tx.checkIn.updateMany({ where: { id: checkInId, answer: null }, data: { answer: options.answer, answeredAt: now } });
    if (count === 0) return { recorded: false, answer: options.answer };
    await enqueue("check-in-answered", { checkInId, signupId: checkIn.signupId });
    return { recorded: true, answer: options.answer };
  });
}
