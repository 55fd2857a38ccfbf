// The Slack app manifest asks for exactly the scopes the app uses and points Slack's button
// clicks at the path the app serves.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SLACK_EVENTS_PATH } from "../../src/channels/slack/slack-receiver";

const manifestSchema = z.object({
  display_information: z.object({ name: z.string().min(1).max(35), description: z.string().max(140) }),
  features: z.object({ bot_user: z.object({ display_name: z.string().min(1) }) }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({ interactivity: z.object({ is_enabled: z.literal(true), request_url: z.string() }), socket_mode_enabled: z.literal(false) }),
});

describe("slack/manifest.yaml", () => {
  const manifest = manifestSchema.parse(parse(readFileSync(fileURLToPath(new URL("../../slack/manifest.yaml", import.meta.url)), "utf8")));

  it("asks for the scopes the app uses, and no others", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(["channels:history", "chat:write", "chat:write.public", "groups:history"]);
  });

  it("sends button clicks to the app's Slack path", () => {
    expect(manifest.settings.interactivity.request_url).toBe(`https://<your-host>${SLACK_EVENTS_PATH}`);
  });
});
