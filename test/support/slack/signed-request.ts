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

/** The form body of a coordinator's click on a status button under a signup message, as Slack posts it. */
export function statusClickBody(options: { coordinator: string; channel: string; ts: string; signupId: number; actionId?: string }): string {
  const payload = {
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
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
