// The check-ins as a job: hourly is soon enough for questions counted in days and months.
import type { PrismaClient } from "../../generated/prisma/client";
import { askDueCheckIns, checkInSettingsSchema, type CheckInSettings } from "../check-in/ask-due-check-ins";
import { defineJob, type Job } from "./define-job";

export const CHECK_INS_JOB = "check-ins";
const EVERY_MS = 60 * 60 * 1000;

export function checkInsJob(deps: { prisma: PrismaClient; settings: CheckInSettings; wakeOutbox?: () => void }): Job {
  const settings = checkInSettingsSchema.parse(deps.settings);
  return defineJob({
    name: CHECK_INS_JOB,
    everyMs: EVERY_MS,
    async run({ now }) {
      return askDueCheckIns({ prisma: deps.prisma, now, settings, ...(deps.wakeOutbox ? { wakeOutbox: deps.wakeOutbox } : {}) });
    },
  });
}
