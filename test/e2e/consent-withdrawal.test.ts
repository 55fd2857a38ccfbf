// Withdrawing the consent to pass one's data to an organisation, per signup, from /meine
// (Art. 7 (3) DSGVO), end to end: the real grammY against the local Bot API, the real WebClient
// against the local Slack Web API. The signup is withdrawn, its Slack message shows no first name,
// Telegram contact or message any more, and the thread is told that the consent was withdrawn —
// in words other than a plain withdrawal's. Signing up again gives the consent anew.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offerPayload } from "../../src/domain/deep-link";
import type { TestUser } from "../support/telegram";
import { onboard, startAppHarness, startSignup, text, waitFor, type AppHarness } from "../support/app-harness";

const MESSAGE = "Bitte abends unter 0170 5550123 anrufen.";

let harness: AppHarness;
beforeAll(async () => {
  harness = await startAppHarness();
});
afterAll(async () => {
  await harness?.close();
});

function shown(message: { blocks: unknown; text: unknown } | undefined): string {
  return JSON.stringify(message?.blocks ?? null) + String(message?.text);
}

/** Waits until the outbox sent the notification of this kind for the signup. */
function sentNotification(kind: string, signupId: number) {
  return waitFor(
    async () => (await harness.prisma.notification.findFirst({ where: { kind, payload: JSON.stringify({ signupId }), status: "sent" } })) ?? undefined,
    `the ${kind} notification of signup ${signupId} to be sent`,
  );
}

async function signedUp(user: TestUser) {
  await onboard(user);
  await startSignup(user);
  await user.send(MESSAGE);
  await user.tap(text("signup-confirm-yes"));
  const resident = await harness.prisma.resident.findFirstOrThrow({ where: { channelUserId: String(user.id) } });
  return waitFor(
    async () => (await harness.prisma.signup.findFirst({ where: { residentId: resident.id, slackTs: { not: null } }, include: { opportunity: true } })) ?? undefined,
    "the signup's Slack message",
  );
}

/** /meine → the signup → the question with its three answers; returns the answers' labels. */
async function chooseWithdrawal(user: TestUser): Promise<string[]> {
  await user.send("/meine");
  expect(user.lastReply().text).toBe(text("my-signups-choose"));
  const mark = user.mark();
  await user.tap(user.buttons()[0]!);
  expect(user.repliesSince(mark).map((reply) => reply.text)).toEqual([text("consent-withdraw-explain"), text("my-signups-withdraw-confirm")]);
  return user.buttons();
}

describe("withdrawing the consent for one signup from /meine", () => {
  it("withdraws the signup, takes the data back from the Slack message and tells the thread", async () => {
    const user = harness.user({ firstName: "Henriette", username: "henriette_w" });
    const signup = await signedUp(user);
    const original = () => harness.slack.messages.get(`${signup.slackChannel}:${signup.slackTs}`);
    for (const data of ["Henriette", "henriette_w", MESSAGE]) expect(shown(original()), data).toContain(data);

    expect(await chooseWithdrawal(user)).toEqual([text("my-signups-withdraw-yes"), text("consent-withdraw-button"), text("my-signups-withdraw-no")]);
    await user.tap(text("consent-withdraw-button"));
    expect(user.lastReply().text).toBe(text("consent-withdrawn-done"));

    const row = await harness.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } });
    expect(row).toMatchObject({ status: "withdrawn", contactConsentAt: null, message: null });
    expect(row.anonymisedAt).toBeInstanceOf(Date);
    expect(row.residentId).not.toBeNull();

    await sentNotification("signup-consent-withdrawn", signup.id);
    // The original message: no name, no contact, no message; withdrawn, without buttons.
    const updated = shown(original());
    // The number's tail, not its prefix: four digits like "0170" can turn up in a timestamp or id.
    for (const data of ["Henriette", "henriette_w", MESSAGE, "5550123"]) expect(updated, data).not.toContain(data);
    expect(updated).toContain(text("status-withdrawn"));
    expect(updated).not.toContain("signup_status_");
    // The thread hears that the consent was withdrawn, not merely the signup.
    const replies = [...harness.slack.messages.values()].filter((message) => message.threadTs === signup.slackTs && message.channel === signup.slackChannel);
    expect(replies.map((reply) => reply.text)).toEqual([text("slack-consent-withdrawn-reply")]);
    expect(text("slack-consent-withdrawn-reply")).not.toBe(text("slack-withdrawn-reply"));
    // Nowhere else in Slack either.
    for (const message of harness.slack.messages.values()) expect(shown(message)).not.toContain("Henriette");

    // /meine shows it withdrawn; the person stays a resident with their profile.
    await user.send("/meine");
    expect(user.lastReply().text).toContain(text("my-signups-status-withdrawn"));
    expect(await harness.prisma.resident.count({ where: { channelUserId: String(user.id) } })).toBe(1);

    // Signing up for the offer again gives the consent anew: the organisation sees the person again.
    await user.send(`/start ${offerPayload(signup.opportunityId)}`);
    await user.tap(text("signup-start"));
    if (user.buttons().includes(text("signup-requirements-ok"))) await user.tap(text("signup-requirements-ok"));
    await user.tap(text("signup-contact-consent-yes"));
    await user.tap(text("signup-message-skip"));
    await user.tap(text("signup-confirm-yes"));
    const reopened = await waitFor(async () => {
      const current = await harness.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } });
      return current.status === "new" && current.slackTs !== signup.slackTs ? current : undefined;
    }, "the signup reopened and posted anew");
    expect(reopened).toMatchObject({ anonymisedAt: null });
    expect(reopened.contactConsentAt).toBeInstanceOf(Date);
    expect(shown(harness.slack.messages.get(`${reopened.slackChannel}:${reopened.slackTs}`))).toContain("Henriette");
  });

  it("a plain withdrawal keeps what was passed, and the thread hears only of the withdrawal", async () => {
    const user = harness.user({ firstName: "Gottfried" });
    const signup = await signedUp(user);

    await chooseWithdrawal(user);
    await user.tap(text("my-signups-withdraw-yes"));
    expect(user.lastReply().text).toBe(text("my-signups-withdrawn"));

    const row = await harness.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } });
    expect(row).toMatchObject({ status: "withdrawn", message: MESSAGE, anonymisedAt: null });
    expect(row.contactConsentAt).toBeInstanceOf(Date);
    await sentNotification("signup-withdrawn", signup.id);
    const replies = [...harness.slack.messages.values()].filter((message) => message.threadTs === signup.slackTs && message.channel === signup.slackChannel);
    expect(replies.map((reply) => reply.text)).toEqual([text("slack-withdrawn-reply")]);
  });

  it("keeping the signup changes nothing", async () => {
    const user = harness.user({ firstName: "Ottilie" });
    const signup = await signedUp(user);

    await chooseWithdrawal(user);
    await user.tap(text("my-signups-withdraw-no"));
    expect(user.lastReply().text).toBe(text("my-signups-kept"));
    const row = await harness.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } });
    expect(row).toMatchObject({ status: "new", message: MESSAGE, anonymisedAt: null });
    expect(await harness.prisma.notification.count({ where: { payload: JSON.stringify({ signupId: signup.id }), kind: { in: ["signup-withdrawn", "signup-consent-withdrawn"] } } })).toBe(0);
  });
});
