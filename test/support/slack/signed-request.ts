import { createHmac } from "node:crypto";

/** A POST as Slack sends it to a request URL: form body, timestamp and v0 signature headers. */
export function signedSlackRequest(body: string, signingSecret: string): RequestInit {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature": signature,
    },
    body,
  };
}

export interface StatusClick {
  coordinator: string;
  channel: string;
  ts: string;
  signupId: number;
  /** Default: the "contacted" button. */
  actionId?: string;
}

/** A coordinator's click on a status button under a signup message: the block_actions payload. */
export function statusClickPayload(options: StatusClick): Record<string, unknown> {
  return {
    type: "block_actions",
    user: { id: options.coordinator, username: "koordination", name: "koordination", team_id: "T0TEAM0001" },
    api_app_id: "A0APP00001",
    token: "verification-token",
    container: { type: "message", message_ts: options.ts, channel_id: options.channel, is_ephemeral: false },
    trigger_id: "1.2.3",
    team: { id: "T0TEAM0001", domain: "netzwerk" },
    channel: { id: options.channel, name: "anmeldungen" },
    message: { type: "message", ts: options.ts, text: "Neue Anmeldung" },
    response_url: "https://hooks.slack.com/actions/x",
    actions: [
      { action_id: options.actionId ?? "signup_status_contacted", block_id: "signup_status_actions", value: String(options.signupId), type: "button", action_ts: "1700000100.1" },
    ],
  };
}

/** The same click as the form body Slack posts to the request URL. */
export function statusClickBody(options: StatusClick): string {
  return new URLSearchParams({ payload: JSON.stringify(statusClickPayload(options)) }).toString();
}
