// A coordinator clicked "Abgesagt" under a signup message: a dialogue asks once more and takes an
// optional reason (views/decline-signup.ts saves it). Whoever may not decline this signup is told
// so and sees no dialogue.
import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import { safeError } from "../../../../logger";
import { checkStatusChangeAccess } from "../../../../services/signup/check-signup-access";
import { SignupNotFoundError } from "../../../../services/signup/update-signup-status";
import { buildDeclineModal } from "../../decline-modal";
import { loadSignupView } from "../../load-signup-view";
import type { SlackListenerDeps } from "../index";
import { answerButtonFailure, coordinatorTexts, parseSignupButton, refreshSignupMessage, tellEphemeral } from "../signup-interaction";

/** The part of Bolt's arguments this listener uses; the body is checked, not trusted. */
export type OpenDeclineModalArgs = Pick<AllMiddlewareArgs, "client"> & Pick<SlackActionMiddlewareArgs, "ack"> & { body: unknown };

export function createOpenDeclineModalListener(deps: SlackListenerDeps) {
  const { prisma, translator, logger } = deps;

  return async function openDeclineModal({ ack, body, client }: OpenDeclineModalArgs): Promise<void> {
    // Slack shows the user an error unless we answer within 3 seconds, whatever happens next.
    await ack();
    const parsed = parseSignupButton(body);
    if (!parsed.ok) {
      logger.warn({ issues: parsed.issues }, "ignored malformed decline button");
      return;
    }
    const { click } = parsed;
    const log = { signupId: click.signupId, slackUserId: click.userId };
    const { locale, t } = coordinatorTexts(deps);

    try {
      // Before the dialogue opens: nobody writes a reason for a signup they may not decline.
      const access = await checkStatusChangeAccess(prisma, { signupId: click.signupId, coordinatorSlackUserId: click.userId, status: "declined" });
      if (access.status === "declined") {
        // Declined already (a second click on a stale message): show it as it is.
        await refreshSignupMessage(deps, client, click.signupId, click.message, log);
        return;
      }
      const loaded = await loadSignupView(prisma, click.signupId);
      if (!loaded) throw new SignupNotFoundError(click.signupId);
      if (!click.triggerId) {
        logger.warn(log, "decline button without trigger_id; no dialogue");
        await tellEphemeral(deps, client, click, t("slack-error-generic"), log);
        return;
      }
      const view = buildDeclineModal({
        translator,
        locale,
        metadata: { signupId: click.signupId, message: click.message },
        signup: { title: loaded.view.opportunity.title, organisationName: loaded.view.opportunity.organisationName },
      });
      try {
        await client.views.open({ trigger_id: click.triggerId, view });
      } catch (error) {
        // Usually the trigger expired (Slack allows 3 s): clicking again helps.
        logger.warn({ ...log, err: safeError(error) }, "could not open the decline dialogue");
        await tellEphemeral(deps, client, click, t("slack-error-generic"), log);
        return;
      }
      logger.info(log, "decline dialogue opened");
    } catch (error) {
      await answerButtonFailure(deps, client, click, error, log);
    }
  };
}
