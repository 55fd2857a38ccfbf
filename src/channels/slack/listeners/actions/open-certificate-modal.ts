// A coordinator clicked "Führungszeugnis erfassen" (or "erneuern") under an accepted signup: a
// dialogue with two dates opens (views/record-certificate.ts saves them). Whoever may not record
// it for this signup, or a signup that needs none or is not accepted, gets an answer instead.
import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import { todayIn } from "../../../../domain/certificate-check";
import { DEFAULT_TIME_ZONE } from "../../../../domain/working-days";
import { safeError } from "../../../../logger";
import { checkCertificateRecordable } from "../../../../services/signup/record-certificate-check";
import { SignupNotFoundError } from "../../../../services/signup/update-signup-status";
import { buildCertificateModal } from "../../certificate-modal";
import { loadSignupView } from "../../load-signup-view";
import type { SlackListenerDeps } from "../index";
import { answerButtonFailure, coordinatorTexts, parseSignupButton, tellEphemeral } from "../signup-interaction";

export type OpenCertificateModalArgs = Pick<AllMiddlewareArgs, "client"> & Pick<SlackActionMiddlewareArgs, "ack"> & { body: unknown };

export function createOpenCertificateModalListener(deps: SlackListenerDeps) {
  const { prisma, translator, logger } = deps;

  return async function openCertificateModal({ ack, body, client }: OpenCertificateModalArgs): Promise<void> {
    await ack();
    const parsed = parseSignupButton(body);
    if (!parsed.ok) {
      logger.warn({ issues: parsed.issues }, "ignored malformed certificate button");
      return;
    }
    const { click } = parsed;
    const log = { signupId: click.signupId, slackUserId: click.userId };
    const { locale, t } = coordinatorTexts(deps);

    try {
      await checkCertificateRecordable({ prisma, signupId: click.signupId, coordinatorSlackUserId: click.userId });
      const loaded = await loadSignupView(prisma, click.signupId);
      if (!loaded) throw new SignupNotFoundError(click.signupId);
      if (!click.triggerId) {
        logger.warn(log, "certificate button without trigger_id; no dialogue");
        await tellEphemeral(deps, client, click, t("slack-error-generic"), log);
        return;
      }
      const view = buildCertificateModal({
        translator,
        locale,
        metadata: { signupId: click.signupId, message: click.message },
        signup: { title: loaded.view.opportunity.title },
        today: todayIn(deps.timeZone ?? DEFAULT_TIME_ZONE, (deps.now ?? (() => new Date()))()),
      });
      try {
        await client.views.open({ trigger_id: click.triggerId, view });
      } catch (error) {
        logger.warn({ ...log, err: safeError(error) }, "could not open the certificate dialogue");
        await tellEphemeral(deps, client, click, t("slack-error-generic"), log);
        return;
      }
      logger.info(log, "certificate dialogue opened");
    } catch (error) {
      await answerButtonFailure(deps, client, click, error, log);
    }
  };
}
