// The Slack app manifest asks for exactly the scopes the app uses and points Slack's button
// clicks at the path the app serves.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LOTSE_COMMAND } from "../../src/channels/slack/listeners/commands/lotse";
import { SLACK_EVENTS_PATH } from "../../src/channels/slack/slack-receiver";

const manifestSchema = z.object({
  display_information: z.object({ name: z.string().min(1).max(35), description: z.string().max(140) }),
  features: z.object({
    bot_user: z.object({ display_name: z.string().min(1) }),
    app_home: z.object({ home_tab_enabled: z.boolean(), messages_tab_enabled: z.boolean(), messages_tab_read_only_enabled: z.boolean() }).optional(),
    slash_commands: z.array(z.object({ command: z.string(), url: z.string(), description: z.string().min(1), usage_hint: z.string().optional(), should_escape: z.boolean() })).optional(),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    interactivity: z.object({ is_enabled: z.literal(true), request_url: z.string() }),
    event_subscriptions: z.object({ request_url: z.string(), bot_events: z.array(z.string()) }).optional(),
    socket_mode_enabled: z.literal(false),
  }),
});

describe("slack/manifest.yaml", () => {
  const manifest = manifestSchema.parse(parse(readFileSync(fileURLToPath(new URL("../../slack/manifest.yaml", import.meta.url)), "utf8")));

  it("asks for the scopes the app uses, and no others", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(["channels:history", "chat:write", "chat:write.public", "commands", "files:write", "groups:history", "im:write"]);
  });

  it("sends button clicks to the app's Slack path", () => {
    expect(manifest.settings.interactivity.request_url).toBe(`https://<your-host>${SLACK_EVENTS_PATH}`);
  });

  it("offers /lotse, served on the app's Slack path", () => {
    expect(manifest.features.slash_commands).toContainEqual(expect.objectContaining({ command: LOTSE_COMMAND, url: `https://<your-host>${SLACK_EVENTS_PATH}`, should_escape: false }));
  });

  it("has a Home tab and subscribes to app_home_opened on the app's Slack path", () => {
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: true });
    expect(manifest.settings.event_subscriptions?.request_url).toBe(`https://<your-host>${SLACK_EVENTS_PATH}`);
    expect([...(manifest.settings.event_subscriptions?.bot_events ?? [])].sort()).toEqual(["app_home_opened", "message.channels", "message.groups"]);
  });
});
