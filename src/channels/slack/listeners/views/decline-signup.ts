// The coordinator sent the "Abgesagt" dialogue: the signup is declined with the reason (optional,
// stored with the status event; the resident reads it as written) and its message updated in
// place, as the other status buttons do. Permissions are checked again here: the dialogue's
// metadata arrives with the submission and is input like any other.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { safeError } from "../../../../logger";
import { updateSignupStatus } from "../../../../services/signup/update-signup-status";
import { DECLINE_REASON_ACTION_ID, DECLINE_REASON_BLOCK_ID, DECLINE_REASON_MAX_LENGTH, parseSignupDialogMetadata } from "../../signup-dialog-ids";
import type { SlackListenerDeps } from "../index";
import { coordinatorTexts, parseViewSubmission, refreshSignupMessage, refusalOf } from "../signup-interaction";

export type DeclineSignupArgs = Pick<AllMiddlewareArgs, "client"> & Pick<SlackViewMiddlewareArgs, "ack"> & { body: unknown };

/** The plain_text_input's state: value is null (or missing) when the field was left empty. */
const reasonStateSchema = z.object({ value: z.string().nullable().optional() }).optional();

export function createDeclineSignupListener(deps: SlackListenerDeps) {
  const { prisma, logger } = deps;

  return async function declineSignup({ ack, body, client }: DeclineSignupArgs): Promise<void> {
    const { t, statusLabel } = coordinatorTexts(deps);
    const fieldError = (text: string) => ack({ response_action: "errors", errors: { [DECLINE_REASON_BLOCK_ID]: text } });

    const parsed = parseViewSubmission(body);
    const metadata = parsed.ok ? parseSignupDialogMetadata(parsed.submission.privateMetadata) : null;
    const reasonState = parsed.ok ? reasonStateSchema.safeParse(parsed.submission.values[DECLINE_REASON_BLOCK_ID]?.[DECLINE_REASON_ACTION_ID]) : undefined;
    if (!parsed.ok || !metadata || !reasonState?.success) {
      // Not what our dialogue sends: nothing changes. Only paths are logged, never the reason.
      logger.warn({ issues: parsed.ok ? [metadata ? "reason" : "private_metadata"] : parsed.issues }, "ignored malformed decline submission");
      await fieldError(t("slack-error-generic"));
      return;
    }
    const { userId } = parsed.submission;
    const { signupId } = metadata;
    const reason = reasonState.data?.value?.trim() ?? "";
    if (reason.length > DECLINE_REASON_MAX_LENGTH) {
      await fieldError(t("slack-decline-reason-too-long", { max: String(DECLINE_REASON_MAX_LENGTH) }));
      return;
    }
    const log = { signupId, status: "declined", slackUserId: userId, withReason: reason !== "" };

    try {
      const result = await updateSignupStatus({
        prisma,
        signupId,
        status: "declined",
        coordinatorSlackUserId: userId,
        reason: reason === "" ? null : reason,
        ...(deps.now ? { now: deps.now } : {}),
        ...(deps.wakeOutbox ? { wakeOutbox: deps.wakeOutbox } : {}),
      });
      logger.info({ ...log, previousStatus: result.previousStatus, changed: result.changed }, "signup declined from Slack");
    } catch (error) {
      const refusal = refusalOf(error, statusLabel);
      if (!refusal) logger.error({ ...log, err: safeError(error) }, "declining signup failed");
      else logger.warn(log, refusal.logMessage);
      // The dialogue stays open and says why; nothing was changed.
      await fieldError(refusal ? t(refusal.key, refusal.args) : t("slack-error-generic"));
      if (refusal?.refresh) await refreshSignupMessage(deps, client, signupId, metadata.message, log);
      return;
    }
    await ack();
    await refreshSignupMessage(deps, client, signupId, metadata.message, log);
  };
}
