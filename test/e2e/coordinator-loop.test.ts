// The coordinator's side, end to end: a resident signs up on Telegram, the organisation's
// channel gets the Slack message, a coordinator clicks "Kontaktiert" (a signed request to the
// app's own HTTP server, as Slack would send it), and the resident is told in the chat.
import { describe, expect, it } from "vitest";
import { signedSlackRequest, statusClickBody } from "../support/slack/signed-request";
import { onboard, startSignup, text, useAppHarness, waitFor } from "../support/app-harness";

const SIGNING_SECRET = "coordinator-loop-signing-secret";

const harness = useAppHarness({ env: { SLACK_SIGNING_SECRET: SIGNING_SECRET } });

function signed(body: string): RequestInit {
  return signedSlackRequest(body, SIGNING_SECRET);
}

const click = statusClickBody;

describe("coordinator acts in Slack", () => {
  it("sets the status from the Slack button and the resident hears of it on Telegram", async () => {
    const resident = harness.user({ firstName: "Erika" });
    await onboard(resident);
    await startSignup(resident);
    await resident.tap(text("signup-message-skip"));
    await resident.tap(text("signup-confirm-yes"));

    const signup = await harness.prisma.signup.findFirstOrThrow({ include: { opportunity: { include: { organisation: true } } } });
    const post = await waitFor(() => harness.slack.okCalls("chat.postMessage")[0], "the signup's Slack message");
    const channel = String(post.body.channel);
    const coordinator = await harness.prisma.coordinator.findFirstOrThrow({
      where: { OR: [{ organisationId: signup.opportunity.organisationId }, { organisationId: null }] },
    });
    const notification = await waitFor(
      async () => (await harness.prisma.notification.findFirst({ where: { kind: "signup-created", status: "sent" } })) ?? undefined,
      "the signup notification marked sent",
    );
    const ts = notification.externalRef!.split(":")[1]!;
    const mark = resident.mark();

    const response = await fetch(`http://127.0.0.1:${harness.port}/slack/events`, signed(click({ coordinator: coordinator.slackUserId, channel, ts, signupId: signup.id })));

    expect(response.status).toBe(200);
    await waitFor(() => harness.slack.okCalls("chat.update")[0], "the updated Slack message");
    expect((await harness.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } })).status).toBe("contacted");
    const told = await resident.waitForReply({ since: mark });
    expect(told.text).toBe(text("notify-signup-contacted", { title: signup.opportunity.title, organisation: signup.opportunity.organisation.name }));
    await waitFor(
      async () => (await harness.prisma.notification.findFirst({ where: { kind: "signup-status-changed", status: "sent" } })) ?? undefined,
      "the Telegram notification marked sent",
    );
  });

  it("refuses a click whose signature does not match", async () => {
    const body = click({ coordinator: "U0NOBODY01", channel: "C0NETZWERK", ts: "1700000000.000100", signupId: 1 });
    const forged = { ...signed(body), headers: { ...(signed(body).headers as Record<string, string>), "x-slack-signature": "v0=forged" } };

    const response = await fetch(`http://127.0.0.1:${harness.port}/slack/events`, forged);

    expect(response.status).toBe(401);
  });
});
