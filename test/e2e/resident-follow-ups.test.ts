// Residents hear back, end to end: the real grammY against the local Bot API, the real Bolt app
// against the local Slack Web API, and signed requests built here as Slack would send them.
// Status messages in the resident's language with what to do next, the release after two weeks
// without an answer, the check-ins, and the conversation with the team both ways.
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECK_INS_JOB } from "../../src/services/jobs/check-ins-job";
import { SIGNUP_FOLLOW_UPS_JOB } from "../../src/services/jobs/signup-follow-ups-job";
import { updateSignupStatus } from "../../src/services/signup/update-signup-status";
import type { TestUser } from "../support/telegram";
import { callbackDataOf, NETWORK_CHANNEL, onboard, startAppHarness, startSignup, text, waitFor, type AppHarness } from "../support/app-harness";
import { signedSlackRequest, statusClickBody } from "../support/slack/signed-request";

const SIGNING_SECRET = "resident-follow-ups-signing-secret";
/** Friday 20 November 2026, 15:00 in Saalberg (Thuringia). */
const FRIDAY = new Date("2026-11-20T15:00:00+01:00");
const DAY = 24 * 60 * 60 * 1000;

let harness: AppHarness;
let clock = FRIDAY;

beforeAll(async () => {
  harness = await startAppHarness({ env: { SLACK_SIGNING_SECRET: SIGNING_SECRET }, now: () => clock, jobsFirstRunAfterMs: 3_600_000 });
});
afterAll(async () => {
  await harness?.close();
});

async function postToSlackUrl(init: RequestInit): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${harness.port}/slack/events`, init);
  await response.text();
  return response.status;
}

/** An interaction (button, modal) as Slack posts it: a form with the JSON payload. */
function interaction(payload: Record<string, unknown>): Promise<number> {
  return postToSlackUrl(signedSlackRequest(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), SIGNING_SECRET));
}

/** An Events API callback as Slack posts it: signed JSON. */
function slackEvent(event: Record<string, unknown>): Promise<number> {
  const body = JSON.stringify({ type: "event_callback", team_id: "T0TEAM0001", api_app_id: "A0APP00001", event, event_id: `Ev${event.ts as string}`, event_time: 1_800_000_000 });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac("sha256", SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return postToSlackUrl({ method: "POST", headers: { "content-type": "application/json", "x-slack-request-timestamp": timestamp, "x-slack-signature": signature }, body });
}

let nextTs = 1_800_000_000;
function threadReply(options: { user: string; channel: string; threadTs: string; text: string; ts?: string }) {
  return { type: "message", user: options.user, text: options.text, ts: options.ts ?? `${nextTs++}.000100`, thread_ts: options.threadTs, channel: options.channel, channel_type: "channel" };
}

/** A resident signed up for the first recommended offer, its Slack message posted; and who may act on it. */
async function signedUpResident(firstName: string) {
  const resident = harness.user({ firstName });
  await onboard(resident);
  await startSignup(resident);
  await resident.tap(text("signup-message-skip"));
  await resident.tap(text("signup-confirm-yes"));
  const residentRow = await harness.prisma.resident.findFirstOrThrow({ where: { channelUserId: String(resident.id) } });
  const signup = await waitFor(
    async () => (await harness.prisma.signup.findFirst({ where: { residentId: residentRow.id, slackTs: { not: null } }, include: { opportunity: { include: { organisation: true } } } })) ?? undefined,
    "the signup's Slack message",
  );
  const organisation = signup.opportunity.organisation;
  const coordinator = await harness.prisma.coordinator.findFirstOrThrow({ where: { organisationId: organisation.id } });
  const otherCoordinator = await harness.prisma.coordinator.findFirstOrThrow({ where: { organisationId: { notIn: [organisation.id] } } });
  return { resident, residentRow, signup, organisation, coordinator, otherCoordinator, channel: signup.slackChannel!, ts: signup.slackTs! };
}

function blocksText(message: { blocks: unknown; text: unknown }): string {
  return JSON.stringify(message.blocks ?? "") + String(message.text);
}

describe("status messages tell the resident what happens next", () => {
  it("accepted: next steps and the organisation's contact as published, and a way to ask the team", async () => {
    const { resident, signup, organisation, coordinator, channel, ts } = await signedUpResident("Erika");
    const mark = resident.mark();

    expect(await postToSlackUrl(signedSlackRequest(statusClickBody({ coordinator: coordinator.slackUserId, channel, ts, signupId: signup.id, actionId: "signup_status_accepted" }), SIGNING_SECRET))).toBe(200);

    const told = await resident.waitForReply({ since: mark });
    const args = { title: signup.opportunity.title, organisation: organisation.name };
    expect(told.text).toContain(text("notify-signup-accepted", args));
    expect(told.text).toContain(text("notify-contact-heading", { organisation: organisation.name }));
    expect(told.text).toContain(text("notify-contact-address", { value: organisation.address }));
    if (organisation.contactEmail) expect(told.text).toContain(text("notify-contact-email", { value: organisation.contactEmail }));
    if (organisation.contactPhone) expect(told.text).toContain(text("notify-contact-phone", { value: organisation.contactPhone }));
    expect(resident.buttons(told.message_id)).toEqual([text("notify-button-ask")]);
  });

  it("declined: the reason as written, framed in the resident's language, and three other offers that open with one tap", async () => {
    const { resident, signup, organisation, coordinator } = await signedUpResident("Lena");
    const mark = resident.mark();

    await updateSignupStatus({ prisma: harness.prisma, signupId: signup.id, status: "declined", coordinatorSlackUserId: coordinator.slackUserId, reason: "Die Gruppe ist im Moment voll.", wakeOutbox: harness.app.deps.wakeOutbox });

    const told = await resident.waitForReply({ since: mark });
    expect(told.text).toContain(text("notify-signup-declined", { title: signup.opportunity.title, organisation: organisation.name }));
    expect(told.text).toContain(text("notify-decline-reason", { reason: "Die Gruppe ist im Moment voll." }));
    expect(told.text).toContain(text("notify-alternatives"));
    const offers = resident.buttons(told.message_id);
    expect(offers).toHaveLength(3);
    expect(offers).not.toContain(signup.opportunity.title);

    // The resident may be anywhere in the chat by now: the button opens the offer regardless.
    await resident.send("/profil");
    const opened = resident.mark();
    await resident.tap(offers[0]!, { messageId: told.message_id });
    const offerId = Number(/^>signup\|o(\d+)$/.exec(callbackDataOf(resident, offers[0]!, told.message_id))![1]);
    const offer = await harness.prisma.opportunity.findUniqueOrThrow({ where: { id: offerId } });
    expect(resident.repliesSince(opened).at(-1)?.text).toBe(text("signup-decide", { opportunityTitle: offer.title }));
  });
});

describe("release after two weeks without an answer", () => {
  it("tells the resident once, offers alternatives, and keeps or withdraws with one tap", async () => {
    clock = FRIDAY;
    const { resident, signup, organisation, channel, ts } = await signedUpResident("Hans");
    // Friday 20 November + 10 working days (Thuringia): Friday 4 December.
    clock = new Date("2026-12-04T15:00:00+01:00");
    const mark = resident.mark();

    const run = await harness.app.jobs.runJobNow(SIGNUP_FOLLOW_UPS_JOB);
    expect(run.ok && run.counts.released).toBeGreaterThanOrEqual(1);
    const told = await resident.waitForReply({ since: mark });
    expect(told.text).toContain(text("notify-signup-released", { title: signup.opportunity.title, organisation: organisation.name }));
    expect(resident.buttons(told.message_id).slice(0, 2)).toEqual([text("notify-button-keep"), text("notify-button-withdraw")]);
    expect(resident.buttons(told.message_id).length).toBeGreaterThan(2);
    // Once per signup, however often the job runs.
    await harness.app.jobs.runJobNow(SIGNUP_FOLLOW_UPS_JOB);
    expect(await harness.prisma.notification.count({ where: { kind: "signup-released", payload: { contains: `"signupId":${signup.id},` } } })).toBe(1);

    await resident.tap(text("notify-button-keep"), { messageId: told.message_id });
    expect(resident.lastReply().text).toBe(text("signup-waiting-kept"));
    await resident.tap(text("notify-button-keep"), { messageId: told.message_id });
    const kept = await waitFor(
      () => [...harness.slack.messages.values()].find((message) => message.threadTs === ts && message.channel === channel && String(message.text).includes(`#${signup.id} `) && String(message.text).includes(text("slack-signup-kept", { id: String(signup.id), title: signup.opportunity.title, coordinators: "" }).slice(0, 30))),
      "the note in the signup's thread",
    );
    expect(kept).toBeDefined();
    expect(await harness.prisma.notification.count({ where: { kind: "signup-kept", payload: { contains: `"signupId":${signup.id}}` } } })).toBe(1);

    await resident.tap(text("notify-button-withdraw"), { messageId: told.message_id });
    expect(resident.lastReply().text).toBe(text("signup-waiting-withdrawn"));
    expect((await harness.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } })).status).toBe("withdrawn");
    await resident.tap(text("notify-button-keep"), { messageId: told.message_id });
    expect(resident.lastReply().text).toBe(text("signup-waiting-answered"));
    clock = FRIDAY;
  });
});

describe("check-ins after acceptance", () => {
  it("asks after 14 days and after 3 months, once each; the answers reach the thread, and 'did not work out' brings new offers", async () => {
    clock = FRIDAY;
    const { resident, signup, organisation, coordinator, ts } = await signedUpResident("Olga");
    await updateSignupStatus({ prisma: harness.prisma, signupId: signup.id, status: "accepted", coordinatorSlackUserId: coordinator.slackUserId, now: () => clock, wakeOutbox: harness.app.deps.wakeOutbox });
    const args = { title: signup.opportunity.title, organisation: organisation.name };

    // (Signups accepted by earlier tests of this file are asked along; the counts are about this one.)
    const asked = async () => (await harness.prisma.checkIn.findMany({ where: { signupId: signup.id }, orderBy: { id: "asc" } })).map((checkIn) => checkIn.kind);
    clock = new Date(FRIDAY.getTime() + 13 * DAY);
    expect(await harness.app.jobs.runJobNow(CHECK_INS_JOB)).toMatchObject({ ok: true });
    expect(await asked()).toEqual([]);
    clock = new Date(FRIDAY.getTime() + 14 * DAY);
    let mark = resident.mark();
    expect(await harness.app.jobs.runJobNow(CHECK_INS_JOB)).toMatchObject({ ok: true });
    expect(await harness.app.jobs.runJobNow(CHECK_INS_JOB)).toMatchObject({ ok: true, counts: { "two-weeks": 0, "three-months": 0 } });
    expect(await asked()).toEqual(["two-weeks"]);
    const first = await resident.waitForReply({ since: mark, matching: (message) => message.text === text("notify-check-in-two-weeks", args) });
    expect(resident.buttons(first.message_id)).toEqual([
      text("check-in-answer-started"),
      text("check-in-answer-not-yet"),
      text("check-in-answer-failed"),
      text("notify-button-ask"),
    ]);

    mark = resident.mark();
    await resident.tap(text("check-in-answer-failed"), { messageId: first.message_id });
    const after = resident.repliesSince(mark).map((reply) => reply.text);
    expect(after[0]).toBe(text("check-in-sorry"));
    expect(after.at(-1)).toBe(text("recommendations-pick"));
    const answered = await waitFor(
      () => [...harness.slack.messages.values()].find((message) => message.threadTs === ts && String(message.text).includes(text("slack-check-in-answer-failed"))),
      "the check-in answer in the signup's thread",
    );
    expect(String(answered.text)).toContain(`#${signup.id}`);
    await resident.tap(text("check-in-answer-started"), { messageId: first.message_id });
    expect(resident.lastReply().text).toBe(text("check-in-already"));

    clock = new Date("2027-02-20T16:00:00+01:00");
    mark = resident.mark();
    expect(await harness.app.jobs.runJobNow(CHECK_INS_JOB)).toMatchObject({ ok: true, counts: { "two-weeks": 0 } });
    expect(await asked()).toEqual(["two-weeks", "three-months"]);
    const second = await resident.waitForReply({ since: mark, matching: (message) => message.text === text("notify-check-in-three-months", args) });
    await resident.tap(text("check-in-answer-still-in"), { messageId: second.message_id });
    expect(resident.lastReply().text).toBe(text("check-in-thanks"));
    const checkIns = await harness.prisma.checkIn.findMany({ where: { signupId: signup.id }, orderBy: { id: "asc" } });
    expect(checkIns.map((checkIn) => [checkIn.kind, checkIn.answer])).toEqual([
      ["two-weeks", "failed"],
      ["three-months", "still-in"],
    ]);
    clock = FRIDAY;
  });
});

describe("Frage an das Team", () => {
  it("relays both ways through the signup's thread, once per Slack event, only from the organisation's coordinators", async () => {
    const { resident, signup, organisation, coordinator, otherCoordinator, channel, ts } = await signedUpResident("Mira");
    const bystander = harness.user({ firstName: "Paul" });
    await onboard(bystander);

    await resident.send("/frage");
    // One signup: the choice of teams lists it and the network.
    expect(resident.lastReply().text).toBe(text("question-choose"));
    await resident.tap(new RegExp(`^${organisation.name.slice(0, 8)}|${signup.opportunity.title.slice(0, 8)}`));
    expect(resident.lastReply().text).toBe(text("question-write"));
    await resident.send("Wann ist das erste Treffen?");
    expect(resident.lastReply().text).toBe(text("question-sent"));

    const question = await waitFor(
      () => [...harness.slack.messages.values()].find((message) => message.threadTs === ts && blocksText(message).includes("Wann ist das erste Treffen?")),
      "the question in the signup's thread",
    );
    expect(question.channel).toBe(channel);
    expect(String(question.text)).toContain(`<@${coordinator.slackUserId}>`);

    // A coordinator answers in the thread; Slack delivers the event twice.
    const mark = resident.mark();
    const reply = threadReply({ user: coordinator.slackUserId, channel, threadTs: ts, text: "Am Montag um 10 Uhr im Büro." });
    expect(await slackEvent(reply)).toBe(200);
    const answer = await resident.waitForReply({ since: mark });
    expect(answer.text).toBe(text("notify-team-answer", { organisation: organisation.name, message: "Am Montag um 10 Uhr im Büro." }));
    expect(resident.buttons(answer.message_id)).toEqual([text("notify-button-reply")]);
    expect(await slackEvent(reply)).toBe(200);
    await waitFor(() => harness.slack.okCalls("chat.postEphemeral").find((call) => call.body.text === text("slack-answer-relayed")), "the confirmation to the coordinator");

    // Someone of another organisation replies in the same thread: nothing reaches the resident.
    expect(await slackEvent(threadReply({ user: otherCoordinator.slackUserId, channel, threadTs: ts, text: "Falscher Thread" }))).toBe(200);
    await waitFor(() => harness.slack.okCalls("chat.postEphemeral").find((call) => call.body.user === otherCoordinator.slackUserId && call.body.text === text("slack-answer-not-relayed")), "the refusal");
    // Talk in a thread that carries no conversation stays in Slack.
    expect(await slackEvent(threadReply({ user: coordinator.slackUserId, channel, threadTs: "1700000000.999999", text: "Nur intern" }))).toBe(200);

    // The resident answers with the button; it goes back into the same thread.
    await resident.tap(text("notify-button-reply"), { messageId: answer.message_id });
    expect(resident.lastReply().text).toBe(text("question-write"));
    await resident.send("Danke, ich komme!");
    await waitFor(() => [...harness.slack.messages.values()].find((message) => message.threadTs === ts && blocksText(message).includes("Danke, ich komme!")), "the resident's reply in the same thread");

    await waitFor(async () => (await harness.prisma.notification.count({ where: { status: "pending" } })) === 0, "the outbox to be empty");
    const messages = await harness.prisma.relayMessage.findMany({ where: { thread: { signupId: signup.id } }, orderBy: { id: "asc" } });
    expect(messages.map((message) => [message.direction, message.text])).toEqual([
      ["to-team", "Wann ist das erste Treffen?"],
      ["to-resident", "Am Montag um 10 Uhr im Büro."],
      ["to-team", "Danke, ich komme!"],
    ]);
    const bystanderSaw = bystander.replies.map((message) => message.text ?? "").join("\n");
    expect(bystanderSaw).not.toContain("Am Montag");
    expect(resident.replies.map((message) => message.text ?? "").join("\n")).not.toContain("Falscher Thread");
  });

  it("a general question goes to the network channel; the Antworten modal answers it, and only network managers may", async () => {
    const resident = harness.user({ firstName: "Ali" });
    await onboard(resident);
    await resident.send("/frage");
    // No signups: straight to writing, to the network's team.
    expect(resident.lastReply().text).toBe(text("question-write"));
    await resident.send("Gibt es Angebote am Wochenende?");

    const question = await waitFor(
      () => [...harness.slack.messages.values()].find((message) => message.channel === NETWORK_CHANNEL && blocksText(message).includes("Gibt es Angebote am Wochenende?")),
      "the question in the network channel",
    );
    expect(question.threadTs).toBeUndefined();
    // The notifier notes where the question is in Slack once Slack has answered the post.
    const thread = await waitFor(() => harness.prisma.relayThread.findFirst({ where: { slackTs: question.ts } }).then((found) => found ?? undefined), "the thread's Slack position");
    const manager = await harness.prisma.coordinator.findFirstOrThrow({ where: { organisationId: null } });
    const orgCoordinator = await harness.prisma.coordinator.findFirstOrThrow({ where: { organisationId: { not: null } } });
    const click = (user: string) => ({
      type: "block_actions",
      user: { id: user },
      trigger_id: `trigger-${user}`,
      team: { id: "T0TEAM0001" },
      channel: { id: NETWORK_CHANNEL },
      container: { type: "message", channel_id: NETWORK_CHANNEL, message_ts: question.ts },
      actions: [{ action_id: "relay_answer", block_id: "b", value: String(thread.id), type: "button", action_ts: "1" }],
    });

    // An organisation's coordinator and a stranger cannot even open the modal.
    const opened = harness.slack.okCalls("views.open").length;
    expect(await interaction(click(orgCoordinator.slackUserId))).toBe(200);
    expect(await interaction(click("U0STRANGER"))).toBe(200);
    await waitFor(() => harness.slack.okCalls("chat.postEphemeral").find((call) => call.body.user === "U0STRANGER" && call.body.text === text("slack-error-not-coordinator")), "the stranger's refusal");
    await waitFor(() => harness.slack.okCalls("chat.postEphemeral").find((call) => call.body.user === orgCoordinator.slackUserId && call.body.text === text("slack-answer-network-only")), "the coordinator's refusal");
    expect(harness.slack.okCalls("views.open")).toHaveLength(opened);

    expect(await interaction(click(manager.slackUserId))).toBe(200);
    const modal = await waitFor(() => harness.slack.okCalls("views.open")[opened], "the modal");
    const view = (typeof modal.body.view === "string" ? JSON.parse(modal.body.view) : modal.body.view) as { callback_id: string; private_metadata: string };
    const mark = resident.mark();
    const submit = (user: string, answer: string) =>
      interaction({
        type: "view_submission",
        user: { id: user },
        team: { id: "T0TEAM0001" },
        view: { id: "V1", type: "modal", callback_id: view.callback_id, private_metadata: view.private_metadata, state: { values: { answer: { text: { type: "plain_text_input", value: answer } } } } },
      });
    // A forged submission by someone else (the metadata is in their hands) is refused too.
    expect(await submit(orgCoordinator.slackUserId, "Nicht von mir")).toBe(200);
    expect(await submit(manager.slackUserId, "Ja, samstags beim Repair-Café.")).toBe(200);

    const answer = await resident.waitForReply({ since: mark });
    expect(answer.text).toBe(text("notify-team-answer-network", { message: "Ja, samstags beim Repair-Café." }));
    await waitFor(() => [...harness.slack.messages.values()].find((message) => message.threadTs === question.ts && blocksText(message).includes("Repair-Café")), "the answer's copy in the thread");
    expect(resident.replies.map((message) => message.text ?? "").join("\n")).not.toContain("Nicht von mir");
  });
});

describe("entry buttons are untrusted input", () => {
  it("answers forged or foreign ones like stale buttons, and never acts on another resident's signup or check-in", async () => {
    const { signup } = await signedUpResident("Vera");
    const intruder = harness.user({ firstName: "Max" });
    await onboard(intruder);

    // A flow that takes no entry button, or the wrong number of values: a stale button.
    await intruder.tapData(">erase|yes");
    expect(intruder.lastReply().text).toBe(text("recommendations-pick"));
    expect(intruder.repliesSince(0).some((reply) => reply.text === text("common-stale-button"))).toBe(true);
    const mark = intruder.mark();
    await intruder.tapData(">signup-waiting|s1");
    expect(intruder.repliesSince(mark)[0]?.text).toBe(text("common-stale-button"));

    // Well-formed, but not theirs: nothing happens to Vera's signup.
    await intruder.tapData(`>signup-waiting|s${signup.id}|withdraw`);
    expect(intruder.lastReply().text).toBe(text("signup-waiting-answered"));
    expect((await harness.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } })).status).not.toBe("withdrawn");
    await intruder.tapData(">check-in|c999999|started");
    expect(intruder.lastReply().text).toBe(text("check-in-unknown"));
    await intruder.tapData(`>question|s${signup.id}`);
    // Not their signup: they choose among their own topics (none: straight to the network's team).
    expect(intruder.lastReply().text).toBe(text("question-write"));
  });
});

describe("a coordinator writes first", () => {
  it("\"Antworten\" under the signup message opens the modal for the organisation's coordinators only; the answer reaches the resident, whose reply lands in the signup's thread", async () => {
    const { resident, signup, organisation, coordinator, otherCoordinator, channel, ts } = await signedUpResident("Jana");
    const message = [...harness.slack.messages.values()].find((candidate) => candidate.ts === ts)!;
    expect(JSON.stringify(message.blocks)).toContain('"action_id":"signup_answer"');
    const click = (user: string) =>
      interaction({
        type: "block_actions",
        user: { id: user },
        trigger_id: `trigger-signup-${user}`,
        team: { id: "T0TEAM0001" },
        channel: { id: channel },
        container: { type: "message", channel_id: channel, message_ts: ts },
        actions: [{ action_id: "signup_answer", block_id: "signup_status_actions", value: String(signup.id), type: "button", action_ts: "1" }],
      });
    const opened = harness.slack.okCalls("views.open").length;
    expect(await click(otherCoordinator.slackUserId)).toBe(200);
    await waitFor(
      () => harness.slack.okCalls("chat.postEphemeral").find((call) => call.body.user === otherCoordinator.slackUserId && call.body.text === text("slack-error-not-responsible", { organisation: organisation.name })),
      "the refusal",
    );
    expect(harness.slack.okCalls("views.open")).toHaveLength(opened);

    expect(await click(coordinator.slackUserId)).toBe(200);
    const modal = await waitFor(() => harness.slack.okCalls("views.open")[opened], "the modal");
    const view = (typeof modal.body.view === "string" ? JSON.parse(modal.body.view) : modal.body.view) as { callback_id: string; private_metadata: string };
    const mark = resident.mark();
    expect(
      await interaction({
        type: "view_submission",
        user: { id: coordinator.slackUserId },
        team: { id: "T0TEAM0001" },
        view: { id: "V2", type: "modal", callback_id: view.callback_id, private_metadata: view.private_metadata, state: { values: { answer: { text: { type: "plain_text_input", value: "Können Sie am Dienstag?" } } } } },
      }),
    ).toBe(200);
    const answer = await resident.waitForReply({ since: mark });
    expect(answer.text).toBe(text("notify-team-answer", { organisation: organisation.name, message: "Können Sie am Dienstag?" }));
    await waitFor(() => [...harness.slack.messages.values()].find((candidate) => candidate.threadTs === ts && blocksText(candidate).includes("Können Sie am Dienstag?")), "the answer's copy in the signup's thread");

    await resident.tap(text("notify-button-reply"), { messageId: answer.message_id });
    await resident.send("Ja, Dienstag passt.");
    await waitFor(() => [...harness.slack.messages.values()].find((candidate) => candidate.threadTs === ts && blocksText(candidate).includes("Ja, Dienstag passt.")), "the resident's reply in the signup's thread");
  });
});

