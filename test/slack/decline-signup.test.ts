// "Abgesagt" opens a dialogue with an optional reason; sending it declines the signup, keeps the
// reason with the status event and updates the message in place. The whole way: signed requests
// to our HTTP front → Bolt → our listeners → database → the fake Web API.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DECLINE_REASON_ACTION_ID, DECLINE_REASON_BLOCK_ID, DECLINE_VIEW_ID } from "../../src/channels/slack/signup-dialog-ids";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { useTestDatabase } from "../support/db";
import { useFakeSlackApi } from "../support/slack/fake-slack-api";
import { createOrganisation, createSignupWithNotification, registerCoordinators, type SignupFixture } from "../support/slack/fixtures";
import { statusClickBody } from "../support/slack/signed-request";
import { postSignupMessage, startSlackFront, submissionAnswer, viewSubmissionBody, type SlackFront } from "../support/slack/signup-dialogs";

const COORDINATOR = "U0COORD001";
const OTHER_COORDINATOR = "U0OTHER001";
const NETWORK_MANAGER = "U0NETWORK1";
const DECLINED = "signup_status_declined";

const slack = useFakeSlackApi();
const db = useTestDatabase();
let prisma: PrismaClient;
let front: SlackFront;
let fixture: SignupFixture;
let message: { channel: string; ts: string };

beforeEach(async () => {
  prisma = db.prisma;
  fixture = await createSignupWithNotification(prisma, { status: "contacted" });
  await prisma.notification.updateMany({ data: { status: "sent" } });
  await registerCoordinators(prisma, { organisationId: fixture.organisationId, own: COORDINATOR, other: OTHER_COORDINATOR, networkManager: NETWORK_MANAGER });
  front = await startSlackFront({ prisma, slack });
  message = await postSignupMessage(prisma, front.app, fixture.signupId);
  slack.calls.length = 0;
});
afterEach(() => front.close());

const click = (coordinator: string, signupId = fixture.signupId) => front.post(statusClickBody({ coordinator, ...message, signupId, actionId: DECLINED }));

function submit(options: { user?: string; metadata?: string; reason?: string | null; values?: Record<string, Record<string, unknown>> } = {}) {
  return front.post(
    viewSubmissionBody({
      user: options.user ?? COORDINATOR,
      callbackId: DECLINE_VIEW_ID,
      privateMetadata: options.metadata ?? JSON.stringify({ signupId: fixture.signupId, message }),
      values: options.values ?? { [DECLINE_REASON_BLOCK_ID]: { [DECLINE_REASON_ACTION_ID]: { type: "plain_text_input", value: options.reason ?? null } } },
    }),
  );
}

async function signupState() {
  const signup = await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId }, include: { statusEvents: true } });
  return { status: signup.status, events: signup.statusEvents.map((event) => ({ to: event.toStatus, actor: event.actor, reason: event.reason })) };
}

describe("the decline dialogue", () => {
  it("opens for the organisation's coordinator, with the click's trigger, and changes nothing yet", async () => {
    expect((await click(COORDINATOR)).status).toBe(200);

    await expect.poll(() => slack.okCalls("views.open").length).toBe(1);
    const call = slack.okCalls("views.open")[0]!;
    expect(call.body.trigger_id).toBe("1.2.3");
    const view = call.body.view as { callback_id: string; private_metadata: string; title: { text: string }; submit: { text: string }; blocks: unknown[] };
    expect(view.callback_id).toBe(DECLINE_VIEW_ID);
    expect(JSON.parse(view.private_metadata)).toEqual({ signupId: fixture.signupId, message });
    expect(view.title.text).toBe("Anmeldung absagen?");
    expect(view.submit.text).toBe("Absagen");
    const input = view.blocks.find((block) => (block as { block_id?: string }).block_id === DECLINE_REASON_BLOCK_ID) as {
      optional: boolean;
      hint: { text: string };
      element: { type: string; action_id: string; multiline: boolean; max_length: number };
    };
    expect(input.optional).toBe(true);
    expect(input.element).toMatchObject({ type: "plain_text_input", action_id: DECLINE_REASON_ACTION_ID, multiline: true, max_length: 500 });
    // The coordinator is told that the resident reads the reason as written.
    expect(input.hint.text).toContain("genau so, wie du ihn hier schreibst");
    expect(JSON.stringify(view.blocks)).toContain("Lebensmittelausgabe am Samstag");

    expect(await signupState()).toMatchObject({ status: "contacted", events: [] });
    expect(slack.okCalls("chat.postEphemeral")).toHaveLength(0);
  });

  it("opens for a network manager too", async () => {
    await click(NETWORK_MANAGER);
    await expect.poll(() => slack.okCalls("views.open").length).toBe(1);
  });

  it.each([
    ["a coordinator of another organisation", OTHER_COORDINATOR, "Diese Anmeldung gehört zu Tafel Nordstadt e.V."],
    ["an unregistered Slack user", "U0STRANGER", "Du bist nicht als Koordinator:in eingetragen"],
  ])("does not open for %s: an ephemeral refusal instead", async (_who, user, refusal) => {
    expect((await click(user)).status).toBe(200);

    await expect.poll(() => slack.okCalls("chat.postEphemeral").length).toBe(1);
    const ephemeral = slack.okCalls("chat.postEphemeral")[0]!;
    expect(ephemeral.body).toMatchObject({ channel: message.channel, user });
    expect(String(ephemeral.body.text)).toContain(refusal);
    expect(slack.calls.filter((call) => call.method === "views.open")).toHaveLength(0);
    expect(await signupState()).toMatchObject({ status: "contacted", events: [] });
  });

  it("does not open for a signup that can no longer be declined, and shows its current state", async () => {
    await prisma.signup.update({ where: { id: fixture.signupId }, data: { status: "withdrawn" } });
    await click(COORDINATOR);

    await expect.poll(() => slack.okCalls("chat.update").length).toBe(1);
    expect(String(slack.okCalls("chat.postEphemeral")[0]!.body.text)).toBe("Die Anmeldung steht auf „Zurückgezogen“ und kann nicht mehr auf „Abgesagt“ gesetzt werden.");
    expect(JSON.stringify(slack.okCalls("chat.update")[0]!.body.blocks)).toContain("*Zurückgezogen*");
    expect(slack.calls.filter((call) => call.method === "views.open")).toHaveLength(0);
  });

  it("says so when Slack does not open the dialogue (the trigger expired)", async () => {
    slack.failNext("views.open", { error: "expired_trigger_id" });
    await click(COORDINATOR);
    await expect.poll(() => slack.okCalls("chat.postEphemeral").length).toBe(1);
    expect(String(slack.okCalls("chat.postEphemeral")[0]!.body.text)).toBe("Das hat nicht geklappt. Bitte versuche es gleich noch einmal.");
    expect((await signupState()).status).toBe("contacted");
  });
});

describe("sending the decline dialogue", () => {
  it("declines with the reason in the status event, queues the resident's message and updates the message in place", async () => {
    const response = await submit({ reason: "  Die Gruppe ist für dieses Halbjahr leider schon voll.\n" });

    expect(response.status).toBe(200);
    // An empty answer closes the dialogue.
    expect(await submissionAnswer(response)).toBeNull();
    expect(await signupState()).toEqual({
      status: "declined",
      events: [{ to: "declined", actor: COORDINATOR, reason: "Die Gruppe ist für dieses Halbjahr leider schon voll." }],
    });
    const told = await prisma.notification.findMany({ where: { channel: "telegram" } });
    expect(told.map((row) => [row.kind, JSON.parse(row.payload)])).toEqual([["signup-status-changed", { signupId: fixture.signupId, residentId: fixture.residentId, status: "declined" }]]);

    await expect.poll(() => slack.okCalls("chat.update").length).toBe(1);
    const update = slack.okCalls("chat.update")[0]!;
    expect(update.body).toMatchObject({ channel: message.channel, ts: message.ts });
    const blocks = JSON.stringify(update.body.blocks);
    expect(blocks).toContain("*Abgesagt*");
    expect(blocks).toContain(`Status „Abgesagt“ gesetzt von <@${COORDINATOR}>`);
    expect(blocks).not.toContain("signup_status_");
    expect(slack.okCalls("chat.postEphemeral")).toHaveLength(0);
  });

  it.each([
    ["left empty", null],
    ["only spaces", "   "],
  ])("declines without a reason when the field is %s", async (_how, reason) => {
    expect(await submissionAnswer(await submit({ reason }))).toBeNull();
    expect(await signupState()).toEqual({ status: "declined", events: [{ to: "declined", actor: COORDINATOR, reason: null }] });
  });

  it("declines without a reason when Slack leaves the untouched field out", async () => {
    expect(await submissionAnswer(await submit({ values: {} }))).toBeNull();
    expect((await signupState()).events).toEqual([{ to: "declined", actor: COORDINATOR, reason: null }]);
  });

  it("keeps the dialogue open for a reason over 500 characters", async () => {
    expect(await submissionAnswer(await submit({ reason: "x".repeat(501) }))).toEqual({
      response_action: "errors",
      errors: { [DECLINE_REASON_BLOCK_ID]: "Bitte höchstens 500 Zeichen." },
    });
    expect(await signupState()).toMatchObject({ status: "contacted", events: [] });
  });

  it.each([
    ["a coordinator of another organisation", OTHER_COORDINATOR, "Diese Anmeldung gehört zu Tafel Nordstadt e.V."],
    ["an unregistered Slack user", "U0STRANGER", "Du bist nicht als Koordinator:in eingetragen"],
  ])("refuses a submission by %s in the dialogue, and changes nothing", async (_who, user, refusal) => {
    const answer = await submissionAnswer(await submit({ user, reason: "Passt nicht." }));
    expect(answer).toMatchObject({ response_action: "errors" });
    expect((answer!.errors as Record<string, string>)[DECLINE_REASON_BLOCK_ID]).toContain(refusal);
    expect(await signupState()).toMatchObject({ status: "contacted", events: [] });
    expect(await prisma.notification.count({ where: { channel: "telegram" } })).toBe(0);
    expect(slack.calls.filter((call) => call.method === "chat.update")).toHaveLength(0);
  });

  it("rejects forged or damaged private_metadata and changes nothing", async () => {
    const otherOrganisation = await createSignupWithNotification(prisma, { organisation: await createOrganisation(prisma, { name: "Chor" }) });
    const generic = { response_action: "errors", errors: { [DECLINE_REASON_BLOCK_ID]: "Das hat nicht geklappt. Bitte versuche es gleich noch einmal." } };

    for (const metadata of ["not json", "", JSON.stringify({ signupId: String(fixture.signupId), message }), JSON.stringify({ signupId: fixture.signupId, message: { channel: "<!channel>", ts: "1" } })]) {
      expect(await submissionAnswer(await submit({ metadata, reason: "x" }))).toEqual(generic);
    }
    // Well-formed, but naming a signup of an organisation this coordinator does not belong to.
    const answer = await submissionAnswer(await submit({ metadata: JSON.stringify({ signupId: otherOrganisation.signupId, message }), reason: "x" }));
    expect(JSON.stringify(answer)).toContain("Diese Anmeldung gehört zu Chor");

    expect(await signupState()).toMatchObject({ status: "contacted", events: [] });
    expect((await prisma.signup.findUniqueOrThrow({ where: { id: otherOrganisation.signupId } })).status).toBe("new");
    expect(slack.calls.filter((call) => call.method === "chat.update")).toHaveLength(0);
  });

  it("updates the signup's own message even if the metadata names another one", async () => {
    const elsewhere = await front.app.client.chat.postMessage({ channel: message.channel, text: "eine andere Nachricht" });
    await submit({ metadata: JSON.stringify({ signupId: fixture.signupId, message: { channel: message.channel, ts: elsewhere.ts } }) });
    await expect.poll(() => slack.okCalls("chat.update").length).toBe(1);
    expect(slack.okCalls("chat.update")[0]!.body).toMatchObject({ channel: message.channel, ts: message.ts });
    expect(slack.messages.get(`${message.channel}:${elsewhere.ts}`)?.text).toBe("eine andere Nachricht");
  });

  it("says so when the resident withdrew while the dialogue was open, and shows the current state", async () => {
    await prisma.signup.update({ where: { id: fixture.signupId }, data: { status: "withdrawn" } });
    const answer = await submissionAnswer(await submit({ reason: "Passt nicht." }));
    expect(answer).toEqual({
      response_action: "errors",
      errors: { [DECLINE_REASON_BLOCK_ID]: "Die Anmeldung steht auf „Zurückgezogen“ und kann nicht mehr auf „Abgesagt“ gesetzt werden." },
    });
    await expect.poll(() => slack.okCalls("chat.update").length).toBe(1);
    expect(JSON.stringify(slack.okCalls("chat.update")[0]!.body.blocks)).toContain("*Zurückgezogen*");
    expect(await prisma.signupStatusEvent.count()).toBe(0);
  });
});
