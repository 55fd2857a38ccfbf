// /lotse nachricht <slug> opens a modal (buildBroadcastModal); its submission lands here: the
// text goes to every accepted volunteer of the offer through the outbox, and the coordinator is
// told how many in a direct message (a modal has no channel to answer in).
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, types } from "@slack/bolt";
import { z } from "zod";
import { SLACK_USER_ID } from "../../../../domain/slack-ids";
import { DEFAULT_LOCALE } from "../../../../domain/vocabulary";
import { safeError } from "../../../../logger";
import {
  BROADCAST_MAX_LENGTH,
  broadcastTextSchema,
  broadcastToVolunteers,
  NoVolunteersError,
  type BroadcastTarget,
} from "../../../../services/coordinator/broadcast-to-volunteers";
import { findCoordinatorScope, NotACoordinatorError } from "../../../../services/coordinator/find-coordinator-scope";
import { OpportunityNotFoundError, OpportunityNotInScopeError } from "../../../../services/coordinator/find-scoped-opportunity";
import { translate, type T } from "../../coordinator-texts";
import { escapeMrkdwn } from "../../signup-message";
import type { SlackListenerDeps } from "../index";
import { issuePaths } from "../../../../logging/zod-issues";

export const BROADCAST_CALLBACK_ID = "lotse_broadcast";
const MESSAGE_BLOCK_ID = "broadcast_message";
const MESSAGE_ACTION_ID = "message";

/** Slack's limits for a modal: title and button texts 24 characters. */
const MODAL_TEXT_MAX = 24;
const short = (text: string) => (text.length <= MODAL_TEXT_MAX ? text : `${text.slice(0, MODAL_TEXT_MAX - 1)}…`);

/** The modal for one offer; the offer's id travels in private_metadata and is checked again on submit. */
export function buildBroadcastModal(target: BroadcastTarget, t: T): types.ModalView {
  return {
    type: "modal",
    callback_id: BROADCAST_CALLBACK_ID,
    private_metadata: JSON.stringify({ opportunityId: target.opportunityId }),
    title: { type: "plain_text", text: short(t("slack-broadcast-modal-title")) },
    submit: { type: "plain_text", text: short(t("slack-broadcast-modal-submit")) },
    close: { type: "plain_text", text: short(t("slack-broadcast-modal-close")) },
    blocks: [
      {
        type: "section",
        block_id: "broadcast_intro",
        text: {
          type: "mrkdwn",
          text: t("slack-broadcast-modal-intro", { count: target.recipients, title: escapeMrkdwn(target.title), organisation: escapeMrkdwn(target.organisationName) }),
        },
      },
      {
        type: "input",
        block_id: MESSAGE_BLOCK_ID,
        label: { type: "plain_text", text: t("slack-broadcast-modal-label") },
        element: {
          type: "plain_text_input",
          action_id: MESSAGE_ACTION_ID,
          multiline: true,
          max_length: BROADCAST_MAX_LENGTH,
          placeholder: { type: "plain_text", text: t("slack-broadcast-modal-placeholder") },
        },
      },
    ],
  };
}

const metadataSchema = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "private_metadata is not JSON" });
      return z.NEVER;
    }
  })
  .pipe(z.object({ opportunityId: z.number().int().positive() }));

// Only what we read; zod drops the rest of what Slack sends.
const submissionSchema = z.object({
  type: z.literal("view_submission"),
  user: z.object({ id: z.string().regex(SLACK_USER_ID) }),
  view: z.object({
    callback_id: z.literal(BROADCAST_CALLBACK_ID),
    private_metadata: metadataSchema,
    state: z.object({
      values: z.object({ [MESSAGE_BLOCK_ID]: z.object({ [MESSAGE_ACTION_ID]: z.object({ value: z.string().nullish() }) }) }),
    }),
  }),
});

export type BroadcastSubmitArgs = Pick<AllMiddlewareArgs, "client"> & Pick<SlackViewMiddlewareArgs, "ack"> & { body: unknown };

export function createBroadcastSubmitListener(deps: SlackListenerDeps) {
  const { prisma, translator, logger } = deps;
  const t = translate(translator, deps.locale ?? DEFAULT_LOCALE);
  const now = deps.now ?? (() => new Date());

  return async function broadcastSubmit({ ack, body, client }: BroadcastSubmitArgs): Promise<void> {
    const parsed = submissionSchema.safeParse(body);
    if (!parsed.success) {
      await ack();
      logger.warn({ issues: issuePaths(parsed.error) }, "ignored malformed broadcast submission");
      return;
    }
    const { user, view } = parsed.data;
    const text = broadcastTextSchema.safeParse(view.state.values[MESSAGE_BLOCK_ID][MESSAGE_ACTION_ID].value ?? "");
    if (!text.success) {
      // Keeps the modal open with the hint under the field.
      await ack({ response_action: "errors", errors: { [MESSAGE_BLOCK_ID]: t("slack-broadcast-invalid", { max: BROADCAST_MAX_LENGTH }) } });
      return;
    }
    // Closes the modal; Slack waits no longer than 3 seconds for this.
    await ack();

    const { opportunityId } = view.private_metadata;
    const log = { slackUserId: user.id, opportunityId };
    let answer: string;
    try {
      const scope = await findCoordinatorScope({ prisma, slackUserId: user.id });
      const result = await broadcastToVolunteers({
        prisma,
        scope,
        opportunityId,
        text: text.data,
        now: now(),
        ...(deps.wakeOutbox ? { wakeOutbox: deps.wakeOutbox } : {}),
      });
      // Never the text itself: it is free text a person wrote.
      logger.info({ ...log, broadcastId: result.broadcastId, recipients: result.recipients }, "broadcast to volunteers queued");
      answer = t("slack-broadcast-sent", { count: result.recipients, title: escapeMrkdwn(result.title) });
    } catch (error) {
      if (error instanceof NotACoordinatorError) {
        logger.warn(log, "broadcast by unregistered Slack user");
        answer = t("slack-lotse-not-coordinator");
      } else if (error instanceof OpportunityNotInScopeError) {
        logger.warn(log, "broadcast for another organisation's opportunity");
        answer = t("slack-opportunity-not-yours", { slug: escapeMrkdwn(error.slug), organisation: escapeMrkdwn(error.organisationName) });
      } else if (error instanceof OpportunityNotFoundError) {
        answer = t("slack-broadcast-failed");
      } else if (error instanceof NoVolunteersError) {
        const opportunity = await prisma.opportunity.findUnique({ where: { id: opportunityId }, select: { title: true } });
        answer = t("slack-broadcast-no-volunteers", { title: escapeMrkdwn(opportunity?.title ?? "") });
      } else {
        logger.error({ ...log, err: safeError(error) }, "broadcast to volunteers failed");
        answer = t("slack-broadcast-failed");
      }
    }
    try {
      // A message to the user's id lands in their direct messages with the app.
      await client.chat.postMessage({ channel: user.id, text: answer });
    } catch (error) {
      logger.warn({ ...log, err: safeError(error) }, "could not tell the coordinator about the broadcast");
    }
  };
}
