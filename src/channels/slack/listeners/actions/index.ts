import type { App } from "@slack/bolt";
import { COORDINATOR_STATUSES } from "../../../../domain/signup-status";
import { SIGNUP_STATUS_ACTION_IDS } from "../../signup-message";
import type { SlackListenerDeps } from "../index";
import { createSetSignupStatusListener } from "./set-signup-status";

export function register(app: App, deps: SlackListenerDeps): void {
  const setSignupStatus = createSetSignupStatusListener(deps);
  for (const status of COORDINATOR_STATUSES) {
    app.action(SIGNUP_STATUS_ACTION_IDS[status], setSignupStatus);
  }
}
