// "Antworten" under a resident's question (value: the conversation) or under a signup message
// (value: the signup): opens the modal in which a coordinator writes to the resident. Refused
// before anything opens for anyone who may not answer there.
import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { mayActFor } from "../../../../domain/coordinator-scope";
import { DEFAULT_LOCALE } from "../../../../domain/vocabulary";
import { safeError } from "../../../../logger";
import { QUESTION_MAX_LENGTH } from "../../../../services/relay/ask-team";
import { checkSignupAccess } from "../../../../services/signup/check-signup-access";
import { CoordinatorNotResponsibleError } from "../../../../services/signup/update-signup-status";
import { refusalKey } from "../views/answer-resident-submit";
import { RELAY_ANSWER_ACTION_ID, RELAY_ANSWER_VIEW_ID } from "../../relay-ids";
import type { SlackListenerDeps } from "../index";
import { issuePaths } from "../../../../logging/zod-issues";

export type OpenAnswerModalArgs = Pick<AllMiddlewareArgs, "client"> & Pick<SlackActionMiddlewareArgs, "ack"> & { body: unknown };

const bodySchema = z.object({
  type: z.literal("block_actions"),
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string().min(1) }),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().regex(/^[1-9]\d{0,9}$/) })).min(1),
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z.object({ channel_id: z.string().optional() }).optional(),
});

/** What the modal carries to its submission (checked again there: Slack hands it back as text). */
export const answerMetadataSchema = z.union([
  z.object({ threadId: z.number().int().positive() }).strict(),
  z.object({ signupId: z.number().int().positive() }).strict(),
]);

export const ANSWER_BLOCK_ID = "answer";
export const ANSWER_INPUT_ID = "text";

export function createOpenAnswerModalListener(deps: SlackListenerDeps) {
  const { prisma, translator, logger } = deps;
  const locale = deps.locale ?? DEFAULT_LOCALE;
  const t = (key: string, args?: Record<string, string>) => translator.t(locale, key, args);

  return async function openAnswerModal({ ack, body, client }: OpenAnswerModalArgs): Promise<void> {
    await ack();
    const parsed = bodySchema.safeParse(body);
    if (!parsed.success) {
      logger.warn({ issues: issuePaths(parsed.error) }, "ignored malformed answer button");
      return;
    }
    const action = parsed.data.actions[0]!;
    const userId = parsed.data.user.id;
    const id = Number(action.value);
    const target = action.action_id === RELAY_ANSWER_ACTION_ID ? { threadId: id } : { signupId: id };
    const channelId = parsed.data.channel?.id ?? parsed.data.container?.channel_id;

    const refusal = await refusalFor(userId, target);
    if (refusal) {
      logger.warn({ slackUserId: userId, ...target, refusal: refusal.key }, "answer modal refused");
      if (channelId) {
        await client.chat
          .postEphemeral({ channel: channelId, user: userId, text: t(refusal.key, refusal.args) })
          .catch((error: unknown) => logger.warn({ err: safeError(error) }, "could not send ephemeral answer"));
      }
      return;
    }
    try {
      await client.views.open({
        trigger_id: parsed.data.trigger_id,
        view: {
          type: "modal",
          callback_id: RELAY_ANSWER_VIEW_ID,
          private_metadata: JSON.stringify(target),
          title: { type: "plain_text", text: t("slack-answer-modal-title") },
          submit: { type: "plain_text", text: t("slack-answer-modal-submit") },
          close: { type: "plain_text", text: t("slack-answer-modal-cancel") },
          blocks: [
            {
              type: "input",
              block_id: ANSWER_BLOCK_ID,
              label: { type: "plain_text", text: t("slack-answer-modal-label") },
              hint: { type: "plain_text", text: t("slack-answer-modal-hint") },
              element: { type: "plain_text_input", action_id: ANSWER_INPUT_ID, multiline: true, max_length: QUESTION_MAX_LENGTH * 2 },
            },
          ],
        },
      });
    } catch (error) {
      // The trigger is valid for 3 seconds only; a slow Slack loses the modal, nothing else.
      logger.warn({ slackUserId: userId, err: safeError(error) }, "could not open the answer modal");
    }
  };

  /** Why this user may not answer here (a locale key), or null. The same checks the services make. */
  async function refusalFor(slackUserId: string, target: { threadId: number } | { signupId: number }): Promise<{ key: string; args?: Record<string, string> } | null> {
    if ("signupId" in target) {
      try {
        await checkSignupAccess(prisma, { signupId: target.signupId, coordinatorSlackUserId: slackUserId });
      } catch (error) {
        const key = refusalKey(error);
        if (!key) throw error;
        return error instanceof CoordinatorNotResponsibleError ? { key, args: { organisation: error.organisationName } } : { key };
      }
      const signup = await prisma.signup.findUnique({ where: { id: target.signupId }, select: { residentId: true } });
      return signup?.residentId ? null : { key: "slack-answer-resident-gone" };
    }
    const coordinator = await prisma.coordinator.findUnique({ where: { slackUserId }, select: { organisationId: true } });
    if (!coordinator) return { key: "slack-error-not-coordinator" };
    const thread = await prisma.relayThread.findUnique({ where: { id: target.threadId }, select: { organisationId: true, organisation: { select: { name: true } } } });
    if (!thread) return { key: "slack-error-not-found" };
    if (mayActFor(coordinator, thread.organisationId)) return null;
    return thread.organisation ? { key: "slack-error-not-responsible", args: { organisation: thread.organisation.name } } : { key: "slack-answer-network-only" };
  }
}
