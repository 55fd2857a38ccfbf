// A recorded Führungszeugnis has to be shown again CERTIFICATE_VALID_YEARS after it was issued.
// CERTIFICATE_RECHECK_NOTICE_DAYS before that, the organisation's coordinators are reminded in
// the signup's Slack thread: once per certificate (markOnce, keyed by the issue date, so a renewed
// one gets its own reminder years later), and only while the volunteer is still accepted.
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { requirementsCodec } from "../../db/codecs";
import { CERTIFICATE_REQUIREMENT, CERTIFICATE_VALID_YEARS, calendarDateOf, certificateRecheckNoticeAt } from "../../domain/certificate-check";
import { markOnce } from "../jobs/mark-once";
import { transactionWithOutbox } from "../notification/enqueue";

export const certificateRecheckSettingsSchema = z.object({
  /** CERTIFICATE_RECHECK_NOTICE_DAYS */
  noticeDays: z.number().int().min(1).max(365),
});
export type CertificateRecheckSettings = z.output<typeof certificateRecheckSettingsSchema>;

/** The JobMark key: per signup and per certificate (its issue date). */
export function certificateRecheckKey(signupId: number, issuedAt: Date): string {
  return `certificate-recheck:${signupId}:${calendarDateOf(issuedAt)}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export async function remindCertificateRechecks(options: {
  prisma: PrismaClient;
  now: Date;
  settings: CertificateRecheckSettings;
  wakeOutbox?: () => void;
}): Promise<{ due: number; reminded: number }> {
  const { prisma, now, settings } = options;
  // Issued before this (plus a few days' slack for short months) could be due; younger ones
  // are not even looked at. The exact rule is certificateRecheckNoticeAt below.
  const latest = new Date(now.getTime() + (settings.noticeDays + 3) * DAY_MS);
  latest.setUTCFullYear(latest.getUTCFullYear() - CERTIFICATE_VALID_YEARS);
  const candidates = await prisma.signup.findMany({
    where: { status: "accepted", certificateIssuedAt: { not: null, lte: latest } },
    select: { id: true, certificateIssuedAt: true, opportunity: { select: { requirements: true } } },
    orderBy: { id: "asc" },
  });
  const due = candidates.filter(
    (signup) =>
      signup.certificateIssuedAt !== null &&
      requiresCertificate(signup.opportunity.requirements) &&
      certificateRecheckNoticeAt(signup.certificateIssuedAt, settings.noticeDays) <= now,
  );

  const result = { due: due.length, reminded: 0 };
  for (const signup of due) {
    if (await queueOnce(signup.id, signup.certificateIssuedAt!)) result.reminded += 1;
  }
  return result;

  async function queueOnce(signupId: number, issuedAt: Date): Promise<boolean> {
    return transactionWithOutbox(options, async (tx, enqueue) => {
      if (!(await markOnce(tx, certificateRecheckKey(signupId, issuedAt), now))) return false;
      // Read again under the write lock markOnce took: a decline, withdrawal or renewal since the
      // query above wins. The mark stays: this certificate's reminder is settled either way.
      const current = await tx.signup.findUnique({ where: { id: signupId }, select: { status: true, certificateIssuedAt: true } });
      if (current?.status !== "accepted" || current.certificateIssuedAt?.getTime() !== issuedAt.getTime()) return false;
      await enqueue("certificate-recheck-due", { signupId });
      return true;
    });
  }
}

function requiresCertificate(requirements: string): boolean {
  try {
    return requirementsCodec.decode(requirements).includes(CERTIFICATE_REQUIREMENT);
  } catch {
    // An unreadable column: no reminder rather than a failing job for every signup.
    return false;
  }
}
