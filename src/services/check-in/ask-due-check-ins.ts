// The check-ins: some time after a signup was accepted the resident is asked how it goes ("Hat es
// geklappt?" after CHECK_IN_FIRST_DAYS, "Sind Sie noch dabei?" after CHECK_IN_SECOND_MONTHS).
// A CheckIn row per signup and kind, written with its message in one transaction, makes each
// question go out once, however often this runs and in however many processes.
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { Prisma } from "../../generated/prisma/client";
import { CHECK_IN_KINDS, checkInDueAt, type CheckInKind } from "../../domain/check-ins";
import { transactionWithOutbox } from "../notification/enqueue";

export const checkInSettingsSchema = z.object({
  firstAfterDays: z.number().int().min(1),
  secondAfterMonths: z.number().int().min(1),
});
export type CheckInSettings = z.output<typeof checkInSettingsSchema>;

const DAY_MS = 24 * 60 * 60 * 1000;

export async function askDueCheckIns(options: {
  prisma: PrismaClient;
  now: Date;
  settings: CheckInSettings;
  wakeOutbox?: () => void;
}): Promise<Record<CheckInKind, number>> {
  const { prisma, now, settings } = options;
  const asked: Record<CheckInKind, number> = { "two-weeks": 0, "three-months": 0 };
  // statusChangedAt of an accepted signup is when it was accepted. Only still accepted signups
  // of residents who still exist are asked; older than the first check-in, or nothing can be due.
  const candidates = await prisma.signup.findMany({
    where: {
      status: "accepted",
      residentId: { not: null },
      statusChangedAt: { lte: new Date(now.getTime() - settings.firstAfterDays * DAY_MS) },
    },
    select: { id: true, residentId: true, statusChangedAt: true, checkIns: { select: { kind: true } } },
    orderBy: { id: "asc" },
  });
  for (const signup of candidates) {
    for (const kind of CHECK_IN_KINDS) {
      if (signup.checkIns.some((checkIn) => checkIn.kind === kind)) continue;
      const dueAt = checkInDueAt(kind, signup.statusChangedAt, settings);
      if (dueAt > now) continue;
      // Months late for the first question (the bot was down, or the feature is new)? Then the
      // second one is the right one to ask; the first is skipped rather than sent out of season.
      if (kind === "two-weeks" && checkInDueAt("three-months", signup.statusChangedAt, settings) <= now) continue;
      if (await ask(signup.id, kind, signup.statusChangedAt)) asked[kind] += 1;
    }
  }
  return asked;

  async function ask(signupId: number, kind: CheckInKind, acceptedAt: Date): Promise<boolean> {
    try {
      return await transactionWithOutbox(options, async (tx, enqueue) => {
        // Read again inside the transaction: a decline or withdrawal since the query above wins.
        const current = await tx.signup.findUnique({ where: { id: signupId }, select: { status: true, residentId: true, statusChangedAt: true } });
        if (current?.status !== "accepted" || current.residentId === null || current.statusChangedAt.getTime() !== acceptedAt.getTime()) return false;
        const checkIn = await tx.checkIn.create({ data: { signupId, kind, askedAt: now } });
        await enqueue("check-in", { checkInId: checkIn.id, residentId: current.residentId });
        return true;
      });
    } catch (error) {
      // Another process asked at the same moment: (signupId, kind) is unique, and it won.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
      throw error;
    }
  }
}
