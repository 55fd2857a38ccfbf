// A coordinator clicked "Kontaktiert" or "Zugesagt" under a signup message. ("Abgesagt" opens a
// dialogue first, open-decline-modal.ts; given a declined click directly, this sets it without a reason.)
import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import { updateSignupStatus } from "../../../../services/signup/update-signup-status";
import { statusOfActionId } from "../../signup-message";
import type { SlackListenerDeps } from "../index";
import { answerButtonFailure, parseSignupButton, refreshSignupMessage } from "../signup-interaction";

/** The part of Bolt's arguments this listener uses; the body is checked, not trusted. */
export type SetSignupStatusArgs = Pick<AllMiddlewareArgs, "client"> & Pick<SlackActionMiddlewareArgs, "ack"> & { body: unknown };

export function createSetSignupStatusListener(deps: SlackListenerDeps) {
  const { prisma, logger } = deps;

  return async function setSignupStatus({ ack, body, client }: SetSignupStatusArgs): Promise<void> {
    // Slack shows the user an error unless we answer within 3 seconds, whatever happens next.
    await ack();

    const parsed = parseSignupButton(body);
    const status = parsed.ok ? statusOfActionId(parsed.click.actionId) : undefined;
    if (!parsed.ok || !status) {
      logger.warn({ issues: parsed.ok ? ["unknown action_id"] : parsed.issues }, "ignored malformed signup status action");
      return;
    }
    const { click } = parsed;
    const log = { signupId: click.signupId, status, slackUserId: click.userId };

    try {
      const result = await updateSignupStatus({
        prisma,
        signupId: click.signupId,
        status,
        coordinatorSlackUserId: click.userId,
        ...(deps.now ? { now: deps.now } : {}),
        ...(deps.wakeOutbox ? { wakeOutbox: deps.wakeOutbox } : {}),
      });
      logger.info({ ...log, previousStatus: result.previousStatus, changed: result.changed }, "signup status set from Slack");
    } catch (error) {
      // Refused (not a coordinator, another organisation's signup, status moved on) or failed:
      // the user is told, and a stale message shows the current state.
      await answerButtonFailure(deps, client, click, error, log);
      return;
    }
    await refreshSignupMessage(deps, client, click.signupId, click.message, log);
  };
}
