// Data minimisation as a job: Telegram usernames nobody may use any more are removed at start-up
// (which also cleans rows stored by earlier versions) and every six hours, like the retention jobs.
import type { PrismaClient } from "../../generated/prisma/client";
import { forgetUnsharedTelegramUsernames } from "../resident/forget-unshared-telegram-usernames";
import { defineJob, type Job } from "./define-job";

export const FORGET_UNSHARED_USERNAMES_JOB = "forget-unshared-usernames";
const EVERY_MS = 6 * 60 * 60 * 1000;

export function forgetUnsharedUsernamesJob(deps: { prisma: PrismaClient }): Job {
  return defineJob({
    name: FORGET_UNSHARED_USERNAMES_JOB,
    everyMs: EVERY_MS,
    async run() {
      return forgetUnsharedTelegramUsernames({ prisma: deps.prisma });
    },
  });
}
