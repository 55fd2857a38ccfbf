// A coordinator clicked "Kontaktiert", "Zugesagt" or "Abgesagt" under a signup message.
import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { DEFAULT_LOCALE, type SignupStatus } from "../../../../domain/vocabulary";
import {
  CoordinatorNotResponsibleError,
  SignupNotFoundError,
  SignupStatusTransitionError,
  UnknownCoordinatorError,
  updateSignupStatus,
} from "../../../../services/signup/update-signup-status";
import { safeError } from "../../../../logger";
import { loadSignupView } from "../../load-signup-view";
import { buildSignupMessage, statusOfActionId } from "../../signup-message";
import type { SlackListenerDeps } from "../index";

/** The part of Bolt's arguments this listener uses; the body is checked below, not trusted. */
export type SetSignupStatusArgs = Pick<AllMiddlewareArgs, "client"> & Pick<SlackActionMiddlewareArgs, "ack"> & { body: unknown };

// Only what we read. Slack sends much more; zod drops the rest.
const actionBodySchema = z.object({
  type: z.literal("block_actions"),
  user: z.object({ id: z.string().min(1) }),
  actions: z
    .array(z.object({ action_id: z.string(), value: z.string().regex(/^[1-9]\d{0,9}$/) }))
    .min(1),
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z.object({ channel_id: z.string().optional(), message_ts: z.string().optional() }).optional(),
  message: z.object({ ts: z.string() }).optional(),
});

export function createSetSignupStatusListener(deps: SlackListenerDeps) {
  const { prisma, translator, logger } = deps;
  const locale = deps.locale ?? DEFAULT_LOCALE;

  return async function setSignupStatus({ ack, body, client }: SetSignupStatusArgs): Promise<void> {
    // Slack shows the user an error unless we answer within 3 seconds, whatever happens next.
    await ack();

    const parsed = actionBodySchema.safeParse(body);
    const action = parsed.success ? parsed.data.actions[0] : undefined;
    const status = action ? statusOfActionId(action.action_id) : undefined;
    if (!parsed.success || !action || !status) {
      logger.warn({ issues: parsed.success ? ["unknown action_id"] : parsed.error.issues.map((issue) => issue.path.join(".")) }, "ignored malformed signup status action");
      return;
    }
    const { user } = parsed.data;
    const channelId = parsed.data.channel?.id ?? parsed.data.container?.channel_id;
    const messageTs = parsed.data.container?.message_ts ?? parsed.data.message?.ts;
    const signupId = Number(action.value);
    const log = { signupId, status, slackUserId: user.id };

    const tellUser = async (key: string, args?: Record<string, string>) => {
      if (!channelId) return;
      try {
        await client.chat.postEphemeral({ channel: channelId, user: user.id, text: translator.t(locale, key, args) });
      } catch (error) {
        logger.warn({ ...log, err: safeError(error) }, "could not send ephemeral answer");
      }
    };

    let refresh = true;
    try {
      const result = await updateSignupStatus({
        prisma,
        signupId,
        status,
        coordinatorSlackUserId: user.id,
        ...(deps.now ? { now: deps.now } : {}),
        ...(deps.wakeOutbox ? { wakeOutbox: deps.wakeOutbox } : {}),
      });
      logger.info({ ...log, previousStatus: result.previousStatus, changed: result.changed }, "signup status set from Slack");
    } catch (error) {
      if (error instanceof UnknownCoordinatorError) {
        refresh = false;
        logger.warn(log, "status change by unregistered Slack user");
        await tellUser("slack-error-not-coordinator");
      } else if (error instanceof CoordinatorNotResponsibleError) {
        refresh = false;
        logger.warn(log, "status change by coordinator of another organisation");
        await tellUser("slack-error-not-responsible", { organisation: error.organisationName });
      } else if (error instanceof SignupStatusTransitionError) {
        // Usually the message is out of date (the resident withdrew meanwhile): show the current state.
        logger.info({ ...log, from: error.from }, "status change not allowed");
        await tellUser("slack-error-transition", { from: label(error.from), to: label(error.to) });
      } else if (error instanceof SignupNotFoundError) {
        refresh = false;
        await tellUser("slack-error-not-found");
      } else {
        refresh = false;
        logger.error({ ...log, err: safeError(error) }, "setting signup status failed");
        await tellUser("slack-error-generic");
      }
    }
    if (!refresh) return;

    if (!channelId || !messageTs) {
      logger.warn(log, "action without channel or message; Slack message not updated");
      return;
    }
    try {
      const loaded = await loadSignupView(prisma, signupId);
      if (!loaded) return;
      await client.chat.update({ channel: channelId, ts: messageTs, ...buildSignupMessage(loaded.view, { translator, locale }) });
    } catch (error) {
      // The status is saved and the resident will hear of it; only the Slack message is stale.
      logger.warn({ ...log, err: safeError(error) }, "could not update the signup message");
    }
  };

  function label(status: SignupStatus): string {
    return translator.t(locale, `status-${status}`);
  }
}
