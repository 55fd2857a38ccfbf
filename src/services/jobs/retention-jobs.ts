// What the privacy notice and the Telegram update log promise to forget, as jobs: at start-up
// and every six hours, as before there were jobs.
import type { PrismaClient } from "../../generated/prisma/client";
import { eraseInactiveResidents } from "../resident/erase-inactive-residents";
import { deleteOldTelegramUpdates } from "../telegram-update/delete-old-telegram-updates";
import { defineJob, type Job } from "./define-job";

export const RETENTION_EVERY_MS = 6 * 60 * 60 * 1000;

/** Deletes profiles without contact for 12 months (their open signups are withdrawn, coordinators told). */
export function eraseInactiveResidentsJob(deps: { prisma: PrismaClient; wakeOutbox?: () => void }): Job {
  return defineJob({
    name: "erase-inactive-residents",
    everyMs: RETENTION_EVERY_MS,
    async run({ now }) {
      return eraseInactiveResidents({ prisma: deps.prisma, now, ...(deps.wakeOutbox ? { wakeOutbox: deps.wakeOutbox } : {}) });
    },
  });
}

/** Telegram re-delivers for a day at most; older update_ids need no remembering. */
export function deleteOldTelegramUpdatesJob(deps: { prisma: PrismaClient }): Job {
  return defineJob({
    name: "delete-old-telegram-updates",
    everyMs: RETENTION_EVERY_MS,
    async run({ now }) {
      return deleteOldTelegramUpdates({ prisma: deps.prisma, now });
    },
  });
}
