// The coordinator sent the Führungszeugnis dialogue: the two dates are checked (each problem is
// shown at its field) and recorded, and the signup message shows them. Permissions are checked
// again here, before the dates: the submission is input like any other.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { safeError } from "../../../../logger";
import { InvalidCertificateDatesError, recordCertificateCheck } from "../../../../services/signup/record-certificate-check";
import { CERTIFICATE_PROBLEM_KEYS, CERTIFICATE_RULE_ARGS } from "../../certificate-modal";
import { CERTIFICATE_DATE_ACTION_ID, CERTIFICATE_ISSUED_BLOCK_ID, CERTIFICATE_SEEN_BLOCK_ID, parseSignupDialogMetadata } from "../../signup-dialog-ids";
import type { SlackListenerDeps } from "../index";
import { coordinatorTexts, parseViewSubmission, refreshSignupMessage, refusalOf } from "../signup-interaction";

export type RecordCertificateArgs = Pick<AllMiddlewareArgs, "client"> & Pick<SlackViewMiddlewareArgs, "ack"> & { body: unknown };

/** A datepicker's state: selected_date is "YYYY-MM-DD", or null when nothing is picked. */
const dateStateSchema = z.object({ selected_date: z.string().max(10).nullable().optional() }).optional();

const BLOCK_OF_FIELD = { seen: CERTIFICATE_SEEN_BLOCK_ID, issued: CERTIFICATE_ISSUED_BLOCK_ID } as const;

export function createRecordCertificateListener(deps: SlackListenerDeps) {
  const { prisma, logger } = deps;

  return async function recordCertificate({ ack, body, client }: RecordCertificateArgs): Promise<void> {
    const { t, statusLabel } = coordinatorTexts(deps);
    const errors = (byBlock: Record<string, string>) => ack({ response_action: "errors", errors: byBlock });

    const parsed = parseViewSubmission(body);
    const metadata = parsed.ok ? parseSignupDialogMetadata(parsed.submission.privateMetadata) : null;
    const seen = parsed.ok ? dateStateSchema.safeParse(parsed.submission.values[CERTIFICATE_SEEN_BLOCK_ID]?.[CERTIFICATE_DATE_ACTION_ID]) : undefined;
    const issued = parsed.ok ? dateStateSchema.safeParse(parsed.submission.values[CERTIFICATE_ISSUED_BLOCK_ID]?.[CERTIFICATE_DATE_ACTION_ID]) : undefined;
    if (!parsed.ok || !metadata || !seen?.success || !issued?.success) {
      logger.warn({ issues: parsed.ok ? [metadata ? "dates" : "private_metadata"] : parsed.issues }, "ignored malformed certificate submission");
      await errors({ [CERTIFICATE_SEEN_BLOCK_ID]: t("slack-error-generic") });
      return;
    }
    const { userId } = parsed.submission;
    const { signupId } = metadata;
    const log = { signupId, slackUserId: userId };

    try {
      const result = await recordCertificateCheck({
        prisma,
        signupId,
        coordinatorSlackUserId: userId,
        seenOn: seen.data?.selected_date ?? null,
        issuedOn: issued.data?.selected_date ?? null,
        ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
        ...(deps.now ? { now: deps.now } : {}),
      });
      // The dates are not personal enough to matter, but the log needs only that it happened.
      logger.info({ ...log, renewed: result.renewed }, "certificate check recorded from Slack");
    } catch (error) {
      if (error instanceof InvalidCertificateDatesError) {
        const byBlock: Record<string, string> = {};
        // The first problem per field is the one to fix.
        for (const { field, problem } of error.problems) byBlock[BLOCK_OF_FIELD[field]] ??= t(CERTIFICATE_PROBLEM_KEYS[problem], CERTIFICATE_RULE_ARGS);
        await errors(byBlock);
        return;
      }
      const refusal = refusalOf(error, statusLabel);
      if (!refusal) logger.error({ ...log, err: safeError(error) }, "recording certificate check failed");
      else logger.warn(log, refusal.logMessage);
      await errors({ [CERTIFICATE_SEEN_BLOCK_ID]: refusal ? t(refusal.key, refusal.args) : t("slack-error-generic") });
      if (refusal?.refresh) await refreshSignupMessage(deps, client, signupId, metadata.message, log);
      return;
    }
    await ack();
    await refreshSignupMessage(deps, client, signupId, metadata.message, log);
  };
}
