// Straight to SQLite, sharing its commit with the other writes of the moment (writeTogether,
// src/db/direct.ts): one of the writes of a resident's onboarding.
import { writeTogether } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";
import type { BotLocale } from "../../domain/vocabulary";
import type { ResidentIdentity } from "./resident-identity";

const SET_LOCALE = "UPDATE Resident SET locale = ? WHERE channel = ? AND channelUserId = ?";

/** Stores the chosen language for a resident who exists; before consent nothing is stored. */
export async function setResidentLocale(options: { prisma: PrismaClient; identity: ResidentIdentity; locale: BotLocale }): Promise<void> {
  const { identity, locale } = options;
  await writeTogether(options.prisma, (database) => database.prepare(SET_LOCALE).run(locale, identity.channel, identity.channelUserId));
}
