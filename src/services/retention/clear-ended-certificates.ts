// Retention, § 72a (5) SGB VIII: the Führungszeugnis dates (seen, issued, recorded by) go at the
// latest three months after the activity ended. A signup's activity ends when it is declined or
// withdrawn; RETENTION_CERTIFICATE_MONTHS (0-3, default 3) after that the dates are cleared.
// The re-check reminder's marks (JobMark "certificate-recheck:<signup id>:<issue date>") carry
// the issue date too: they go once their signup has no certificate any more (cleared here, or by
// erasing the resident), since without a certificate there is nothing left to remind about.
import type { PrismaClient } from "../../generated/prisma/client";
import { endedBefore, monthsBefore } from "./retention-periods";

const RECHECK_MARK_PREFIX = "certificate-recheck:";

export interface ClearEndedCertificatesOptions {
  prisma: PrismaClient;
  now: Date;
  /** Months after the signup ended (RETENTION_CERTIFICATE_MONTHS). */
  months: number;
}

/** Returns how many signups lost their certificate dates and how many reminder marks went: counts only. */
export async function clearEndedCertificates(options: ClearEndedCertificatesOptions): Promise<{ certificates: number; recheckMarks: number }> {
  const { prisma, now } = options;
  const ended = endedBefore(monthsBefore(now, options.months));
  return prisma.$transaction(async (tx) => {
    const certificates = await tx.signup.updateMany({
      where: { ...ended, OR: [{ certificateSeenAt: { not: null } }, { certificateIssuedAt: { not: null } }, { certificateRecordedBy: { not: null } }] },
      data: { certificateSeenAt: null, certificateIssuedAt: null, certificateRecordedBy: null },
    });
    const marks = await tx.jobMark.findMany({ where: { key: { startsWith: RECHECK_MARK_PREFIX } }, select: { key: true } });
    const signupIdOf = (key: string) => Number(key.slice(RECHECK_MARK_PREFIX.length).split(":")[0]);
    const markedIds = [...new Set(marks.map((mark) => signupIdOf(mark.key)).filter((id) => Number.isSafeInteger(id)))];
    const stillCertified = new Set(
      (await tx.signup.findMany({ where: { id: { in: markedIds }, certificateIssuedAt: { not: null } }, select: { id: true } })).map((signup) => signup.id),
    );
    const obsolete = marks.filter((mark) => !stillCertified.has(signupIdOf(mark.key))).map((mark) => mark.key);
    const recheckMarks = obsolete.length === 0 ? { count: 0 } : await tx.jobMark.deleteMany({ where: { key: { in: obsolete } } });
    return { certificates: certificates.count, recheckMarks: recheckMarks.count };
  });
}
