// The follow-ups as a job. Every few minutes, so that a reminder comes soon after its working
// day is reached; a run that finds nothing due costs one indexed query.
import type { PrismaClient } from "../../generated/prisma/client";
import { followUpUnansweredSignups, signupFollowUpSettingsSchema, type SignupFollowUpSettings } from "../signup/follow-up-unanswered-signups";
import { defineJob, type Job } from "./define-job";

export const SIGNUP_FOLLOW_UPS_JOB = "signup-follow-ups";
const EVERY_MS = 5 * 60 * 1000;

export function signupFollowUpsJob(deps: { prisma: PrismaClient; settings: SignupFollowUpSettings; wakeOutbox?: () => void }): Job {
  const settings = signupFollowUpSettingsSchema.parse(deps.settings);
  return defineJob({
    name: SIGNUP_FOLLOW_UPS_JOB,
    everyMs: EVERY_MS,
    async run({ now }) {
      return followUpUnansweredSignups({ prisma: deps.prisma, now, settings, ...(deps.wakeOutbox ? { wakeOutbox: deps.wakeOutbox } : {}) });
    },
  });
}
