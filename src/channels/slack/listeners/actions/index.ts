import type { App } from "@slack/bolt";
import { COORDINATOR_STATUSES } from "../../../../domain/signup-status";
import { SIGNUP_STATUS_ACTION_IDS } from "../../signup-message";
import type { SlackListenerDeps } from "../index";
import { RELAY_ANSWER_ACTION_ID, SIGNUP_ANSWER_ACTION_ID } from "../../relay-ids";
import { createOpenAnswerModalListener } from "./open-answer-modal";
import { createSetSignupStatusListener } from "./set-signup-status";
import { CERTIFICATE_ACTION_ID } from "../../signup-dialog-ids";
import { createOpenCertificateModalListener } from "./open-certificate-modal";
import { createOpenDeclineModalListener } from "./open-decline-modal";
import { FRESHNESS_CONFIRM_ACTION_ID, FRESHNESS_PAUSE_ACTION_ID } from "../../opportunity-freshness-message";
import { createOpportunityFreshnessListener } from "./opportunity-freshness";

export function register(app: App, deps: SlackListenerDeps): void {
  const setSignupStatus = createSetSignupStatusListener(deps);
  for (const status of COORDINATOR_STATUSES) {
    // "Abgesagt" asks for a reason in a dialogue first (views/decline-signup.ts sets the status).
    if (status === "declined") continue;
    app.action(SIGNUP_STATUS_ACTION_IDS[status], setSignupStatus);
  }
  app.action(SIGNUP_STATUS_ACTION_IDS.declined, createOpenDeclineModalListener(deps));
  app.action(CERTIFICATE_ACTION_ID, createOpenCertificateModalListener(deps));
  const openAnswerModal = createOpenAnswerModalListener(deps);
  app.action(RELAY_ANSWER_ACTION_ID, openAnswerModal);
  app.action(SIGNUP_ANSWER_ACTION_ID, openAnswerModal);
  const answerFreshness = createOpportunityFreshnessListener(deps);
  app.action(FRESHNESS_CONFIRM_ACTION_ID, answerFreshness);
  app.action(FRESHNESS_PAUSE_ACTION_ID, answerFreshness);
}
