// A coordinator saw a volunteer's Führungszeugnis (§ 72a SGB VIII) and records it, data-minimal:
// the day they saw it, the day it was issued, and who recorded it. Never the document, never what
// it says. Only for accepted signups of opportunities that require it; recording again (a renewed
// certificate) replaces the dates, and the re-check reminder follows the new issue date.
import type { PrismaClient } from "../../generated/prisma/client";
import { CERTIFICATE_REQUIREMENT, checkCertificateDates, todayIn, type CertificateDateField, type CertificateDateProblem } from "../../domain/certificate-check";
import { signupStatusSchema, type SignupStatus } from "../../domain/vocabulary";
import { DEFAULT_TIME_ZONE } from "../../domain/working-days";
import { checkSignupAccess } from "./check-signup-access";

export interface RecordCertificateCheckOptions {
  prisma: PrismaClient;
  signupId: number;
  /** Who recorded it; must be a coordinator of the organisation or a network manager. */
  coordinatorSlackUserId: string;
  /** "YYYY-MM-DD" as entered; null = left empty. */
  seenOn: string | null;
  issuedOn: string | null;
  /** The city's time zone (CITY_TIME_ZONE): what "today" is for "not in the future". */
  timeZone?: string;
  now?: () => Date;
}

export interface RecordCertificateCheckResult {
  signupId: number;
  seenAt: Date;
  issuedAt: Date;
  /** Whether dates had been recorded before (a renewal). */
  renewed: boolean;
}

/** The opportunity does not ask for a Führungszeugnis: there is nothing to record. */
export class CertificateNotRequiredError extends Error {
  constructor(readonly signupId: number) {
    super(`signup ${signupId}: the opportunity requires no certificate`);
    this.name = "CertificateNotRequiredError";
  }
}

/** Only accepted volunteers show a certificate; anyone else's is not the organisation's business. */
export class CertificateSignupNotAcceptedError extends Error {
  constructor(
    readonly signupId: number,
    readonly status: SignupStatus,
  ) {
    super(`signup ${signupId} is ${status}, not accepted`);
    this.name = "CertificateSignupNotAcceptedError";
  }
}

export class InvalidCertificateDatesError extends Error {
  constructor(readonly problems: ReadonlyArray<{ field: CertificateDateField; problem: CertificateDateProblem }>) {
    super(`invalid certificate dates: ${problems.map((problem) => problem.problem).join(", ")}`);
    this.name = "InvalidCertificateDatesError";
  }
}

/** Checks what the caller may do before anything is asked (the Slack dialogue opens only then). */
export async function checkCertificateRecordable(options: { prisma: PrismaClient; signupId: number; coordinatorSlackUserId: string }): Promise<void> {
  const access = await checkSignupAccess(options.prisma, options);
  assertRecordable(access);
}

export async function recordCertificateCheck(options: RecordCertificateCheckOptions): Promise<RecordCertificateCheckResult> {
  const now = (options.now ?? (() => new Date()))();
  const today = todayIn(options.timeZone ?? DEFAULT_TIME_ZONE, now);
  const checked = checkCertificateDates({ seen: options.seenOn, issued: options.issuedOn }, today);

  return options.prisma.$transaction(async (tx) => {
    // Who and what first: a refused user learns nothing about the dates they typed.
    const access = await checkSignupAccess(tx, options);
    assertRecordable(access);
    if (!checked.ok) throw new InvalidCertificateDatesError(checked.problems);
    const { seenAt, issuedAt } = checked.dates;

    // Guarded on the status, so a withdrawal or decline committed in between wins.
    const before = await tx.signup.findUniqueOrThrow({ where: { id: options.signupId }, select: { certificateIssuedAt: true } });
    const updated = await tx.signup.updateMany({
      where: { id: options.signupId, status: "accepted" },
      data: { certificateSeenAt: seenAt, certificateIssuedAt: issuedAt, certificateRecordedBy: options.coordinatorSlackUserId },
    });
    if (updated.count !== 1) {
      const current = await tx.signup.findUnique({ where: { id: options.signupId }, select: { status: true } });
      throw new CertificateSignupNotAcceptedError(options.signupId, signupStatusSchema.catch(access.status).parse(current?.status));
    }
    return { signupId: options.signupId, seenAt, issuedAt, renewed: before.certificateIssuedAt !== null };
  });
}

function assertRecordable(access: { signupId: number; status: SignupStatus; requirements: readonly string[] }): void {
  if (!access.requirements.includes(CERTIFICATE_REQUIREMENT)) throw new CertificateNotRequiredError(access.signupId);
  if (access.status !== "accepted") throw new CertificateSignupNotAcceptedError(access.signupId, access.status);
}
