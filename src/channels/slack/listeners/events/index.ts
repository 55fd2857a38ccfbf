// Events API events (Bolt app.event): wires event types to handlers, nothing else.
import type { App } from "@slack/bolt";
import type { SlackListenerDeps } from "../index";
import { createRelayThreadReplyListener } from "./relay-thread-reply";
import { createAppHomeOpenedListener } from "./app-home-opened";

export function register(app: App, deps: SlackListenerDeps): void {
  app.event("message", createRelayThreadReplyListener(deps));
  app.event("app_home_opened", createAppHomeOpenedListener(deps));
}
