import type { PrismaClient } from "../../generated/prisma/client";
import { OPEN_SIGNUP_STATUSES } from "../../domain/signup-status";

/**
 * The Telegram username is contact data the resident agrees to pass to an organisation when they
 * sign up (createSignup stores it with that consent). Once none of their signups is open with such
 * a consent any more (declined, withdrawn, consent taken back), nobody needs to reach them that
 * way, so it is removed. Also clears what earlier versions stored at the privacy consent.
 * One statement, so a signup committed meanwhile is either seen or keeps the username it set.
 */
export async function forgetUnsharedTelegramUsernames(options: { prisma: PrismaClient }): Promise<{ usernamesForgotten: number }> {
  const { count } = await options.prisma.resident.updateMany({
    where: {
      telegramUsername: { not: null },
      signups: { none: { status: { in: [...OPEN_SIGNUP_STATUSES] }, contactConsentAt: { not: null }, anonymisedAt: null } },
    },
    data: { telegramUsername: null },
  });
  return { usernamesForgotten: count };
}
