// Keeping offers fresh as a job (src/services/freshness/sweep-opportunity-freshness.ts). Every
// hour: the thresholds are days, and a run that finds nothing due costs two small queries.
import type { PrismaClient } from "../../generated/prisma/client";
import { freshnessSettingsSchema, sweepOpportunityFreshness, type FreshnessSweepSettings } from "../freshness/sweep-opportunity-freshness";
import { defineJob, type Job } from "./define-job";

export const OPPORTUNITY_FRESHNESS_JOB = "opportunity-freshness";
const EVERY_MS = 60 * 60 * 1000;

export function opportunityFreshnessJob(deps: { prisma: PrismaClient; settings: FreshnessSweepSettings; wakeOutbox?: () => void }): Job {
  const settings = freshnessSettingsSchema.parse(deps.settings);
  return defineJob({
    name: OPPORTUNITY_FRESHNESS_JOB,
    everyMs: EVERY_MS,
    async run({ now }) {
      return sweepOpportunityFreshness({ prisma: deps.prisma, now, settings, ...(deps.wakeOutbox ? { wakeOutbox: deps.wakeOutbox } : {}) });
    },
  });
}
