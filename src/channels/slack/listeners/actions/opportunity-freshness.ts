// "Noch aktuell" and "Pausieren" under the question whether an offer is still current (and under
// the network channel's notice that nobody answered). Only the organisation's coordinators and
// the network managers may answer; anybody else is told so privately and nothing changes. After an
// answer the message is updated in place: no buttons any more, and who did what when.
import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { z } from "zod";
import { safeError } from "../../../../logger";
import { issuePaths } from "../../../../logging/zod-issues";
import { NotACoordinatorError } from "../../../../services/coordinator/find-coordinator-scope";
import { OpportunityNotFoundError, OpportunityNotInScopeError } from "../../../../services/coordinator/find-scoped-opportunity";
import { confirmOpportunity } from "../../../../services/freshness/confirm-opportunity";
import { FreshnessOpportunityNotFoundError, type FreshnessAnswer } from "../../../../services/freshness/freshness-access";
import { pauseAskedOpportunity } from "../../../../services/freshness/pause-asked-opportunity";
import {
  buildFreshnessAnswered,
  FRESHNESS_CONFIRM_ACTION_ID,
  FRESHNESS_PAUSE_ACTION_ID,
  type FreshnessAnswerKind,
} from "../../opportunity-freshness-message";
import { mention } from "../../signup-message";
import type { SlackListenerDeps } from "../index";
import { coordinatorTexts, tellEphemeral } from "../signup-interaction";

// Only what we read. Slack sends much more; zod drops the rest.
const clickSchema = z.object({
  type: z.literal("block_actions"),
  user: z.object({ id: z.string().min(1) }),
  actions: z
    .array(z.object({ action_id: z.enum([FRESHNESS_CONFIRM_ACTION_ID, FRESHNESS_PAUSE_ACTION_ID]), value: z.string().regex(/^[1-9]\d{0,9}$/).transform(Number) }))
    .min(1),
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z.object({ channel_id: z.string().optional(), message_ts: z.string().optional() }).optional(),
  message: z.object({ ts: z.string() }).optional(),
});

export type OpportunityFreshnessArgs = Pick<AllMiddlewareArgs, "client"> & Pick<SlackActionMiddlewareArgs, "ack"> & { body: unknown };

export function createOpportunityFreshnessListener(deps: SlackListenerDeps) {
  const { prisma, logger } = deps;
  const now = deps.now ?? (() => new Date());

  return async function answerFreshness({ ack, body, client }: OpportunityFreshnessArgs): Promise<void> {
    // Slack shows the user an error unless we answer within 3 seconds, whatever happens next.
    await ack();
    const parsed = clickSchema.safeParse(body);
    if (!parsed.success) {
      logger.warn({ issues: issuePaths(parsed.error) }, "ignored malformed freshness button");
      return;
    }
    const action = parsed.data.actions[0]!;
    const answer: FreshnessAnswerKind = action.action_id === FRESHNESS_CONFIRM_ACTION_ID ? "confirmed" : "paused";
    const userId = parsed.data.user.id;
    const channelId = parsed.data.channel?.id ?? parsed.data.container?.channel_id;
    const messageTs = parsed.data.container?.message_ts ?? parsed.data.message?.ts;
    const target = { channelId, userId };
    const log = { opportunityId: action.value, answer, slackUserId: userId };
    const { t } = coordinatorTexts(deps);

    const at = now();
    let result: FreshnessAnswer;
    try {
      const options = { prisma, opportunityId: action.value, slackUserId: userId, now: at };
      result = answer === "confirmed" ? await confirmOpportunity(options) : await pauseAskedOpportunity(options);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) {
        logger.warn(log, refusal.logMessage);
        await tellEphemeral(deps, client, target, t(refusal.key, refusal.args), log);
      } else {
        logger.error({ ...log, err: safeError(error) }, "freshness answer failed");
        await tellEphemeral(deps, client, target, t("slack-error-generic"), log);
      }
      return;
    }
    logger.info({ ...log, changed: result.changed }, "freshness question answered from Slack");
    if (channelId && messageTs) await updateMessage(client, { channel: channelId, ts: messageTs }, result, answer, userId, at);
  };

  /** The answer is saved either way; a message that cannot be updated only stays out of date, so that is logged. */
  async function updateMessage(client: WebClient, message: { channel: string; ts: string }, result: FreshnessAnswer, answer: FreshnessAnswerKind, userId: string, at: Date) {
    const { locale, t } = coordinatorTexts(deps);
    try {
      const offer = await prisma.opportunity.findUniqueOrThrow({ where: { id: result.opportunityId }, select: { confirmedAt: true, pausedAt: true, pausedBy: true } });
      const view = { id: result.opportunityId, slug: result.slug, title: result.title, organisationName: result.organisationName, confirmedAt: offer.confirmedAt };
      // An offer that was paused already keeps its first pause (the rule of set-opportunity-pause.ts): name that one.
      const who = answer === "paused" && offer.pausedAt && offer.pausedBy ? { user: offer.pausedBy, at: offer.pausedAt } : { user: userId, at };
      await client.chat.update({
        channel: message.channel,
        ts: message.ts,
        ...buildFreshnessAnswered(view, { t, locale, ...(deps.timeZone ? { timeZone: deps.timeZone } : {}), answer, userMention: mention(who.user), at: who.at }),
      });
    } catch (error) {
      logger.warn({ opportunityId: result.opportunityId, err: safeError(error) }, "could not update the freshness message");
    }
  }
}

/** What the clicking user is told when a service refused, or undefined for an unexpected error. */
function refusalOf(error: unknown): { key: string; args?: Record<string, string>; logMessage: string } | undefined {
  if (error instanceof NotACoordinatorError) return { key: "slack-freshness-error-not-coordinator", logMessage: "freshness answer by unregistered Slack user" };
  if (error instanceof OpportunityNotInScopeError) {
    return { key: "slack-freshness-error-not-responsible", args: { organisation: error.organisationName }, logMessage: "freshness answer by coordinator of another organisation" };
  }
  if (error instanceof FreshnessOpportunityNotFoundError || error instanceof OpportunityNotFoundError) {
    return { key: "slack-freshness-error-not-found", logMessage: "freshness answer for an offer that does not exist" };
  }
  return undefined;
}
