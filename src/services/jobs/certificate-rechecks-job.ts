// The Führungszeugnis re-check reminders as a job. A few times a day is plenty: the reminder
// comes weeks before the certificate is due, and a run that finds nothing costs one query.
import type { PrismaClient } from "../../generated/prisma/client";
import { certificateRecheckSettingsSchema, remindCertificateRechecks, type CertificateRecheckSettings } from "../signup/remind-certificate-rechecks";
import { defineJob, type Job } from "./define-job";

export const CERTIFICATE_RECHECKS_JOB = "certificate-rechecks";
const EVERY_MS = 6 * 60 * 60 * 1000;

export function certificateRechecksJob(deps: { prisma: PrismaClient; settings: CertificateRecheckSettings; wakeOutbox?: () => void }): Job {
  const settings = certificateRecheckSettingsSchema.parse(deps.settings);
  return defineJob({
    name: CERTIFICATE_RECHECKS_JOB,
    everyMs: EVERY_MS,
    async run({ now }) {
      return remindCertificateRechecks({ prisma: deps.prisma, now, settings, ...(deps.wakeOutbox ? { wakeOutbox: deps.wakeOutbox } : {}) });
    },
  });
}
