// Modal submissions (Bolt app.view): wires callback ids to handlers, nothing else.
import type { App } from "@slack/bolt";
import { RELAY_ANSWER_VIEW_ID } from "../../relay-ids";
import type { SlackListenerDeps } from "../index";
import { createAnswerSubmitListener } from "./answer-resident-submit";
import { BROADCAST_CALLBACK_ID, createBroadcastSubmitListener } from "./broadcast-submit";
import { CERTIFICATE_VIEW_ID, DECLINE_VIEW_ID } from "../../signup-dialog-ids";
import { createDeclineSignupListener } from "./decline-signup";
import { createRecordCertificateListener } from "./record-certificate";

export function register(app: App, deps: SlackListenerDeps): void {
  app.view(RELAY_ANSWER_VIEW_ID, createAnswerSubmitListener(deps));
  app.view(BROADCAST_CALLBACK_ID, createBroadcastSubmitListener(deps));
  app.view(DECLINE_VIEW_ID, createDeclineSignupListener(deps));
  app.view(CERTIFICATE_VIEW_ID, createRecordCertificateListener(deps));
}
