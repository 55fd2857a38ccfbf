// Slash commands (Bolt app.command): wires command names to handlers, nothing else.
import type { App } from "@slack/bolt";
import type { SlackListenerDeps } from "../index";
import { createLotseCommandListener, LOTSE_COMMAND } from "./lotse";

export function register(app: App, deps: SlackListenerDeps): void {
  app.command(LOTSE_COMMAND, createLotseCommandListener(deps));
}
