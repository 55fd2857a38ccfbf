// The Führungszeugnis record (§ 72a SGB VIII) in Slack: the button under accepted signups of
// offers that require one, the dialogue with two dates, its checks per field, the record in the
// signup message, and the refusals. Signed requests → our HTTP front → Bolt → the fake Web API.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadSignupView } from "../../src/channels/slack/load-signup-view";
import {
  CERTIFICATE_ACTION_ID,
  CERTIFICATE_DATE_ACTION_ID,
  CERTIFICATE_ISSUED_BLOCK_ID,
  CERTIFICATE_SEEN_BLOCK_ID,
  CERTIFICATE_VIEW_ID,
} from "../../src/channels/slack/signup-dialog-ids";
import { buildSignupMessage } from "../../src/channels/slack/signup-message";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { useTestDatabase } from "../support/db";
import { useFakeSlackApi } from "../support/slack/fake-slack-api";
import { createSignupWithNotification, registerCoordinators, testTranslator, type SignupFixture } from "../support/slack/fixtures";
import { statusClickBody } from "../support/slack/signed-request";
import { postSignupMessage, startSlackFront, submissionAnswer, viewSubmissionBody, type SlackFront } from "../support/slack/signup-dialogs";

const COORDINATOR = "U0COORD001";
const OTHER_COORDINATOR = "U0OTHER001";
/** 15 June 2026, 00:30 in Saalberg: still the 14th in UTC, so "today" must come from the city's calendar. */
const NOW = new Date("2026-06-14T22:30:00Z");
const TODAY = "2026-06-15";

const slack = useFakeSlackApi();
const db = useTestDatabase();
let prisma: PrismaClient;
let front: SlackFront;
let fixture: SignupFixture;
let message: { channel: string; ts: string };

beforeEach(async () => {
  prisma = db.prisma;
  fixture = await createSignupWithNotification(prisma, { status: "accepted" });
  await requireCertificate(fixture.opportunityId);
  await registerCoordinators(prisma, { organisationId: fixture.organisationId, own: COORDINATOR, other: OTHER_COORDINATOR });
  front = await startSlackFront({ prisma, slack, now: () => NOW, timeZone: "Europe/Berlin" });
  message = await postSignupMessage(prisma, front.app, fixture.signupId);
  slack.calls.length = 0;
});
afterEach(() => front.close());

function requireCertificate(opportunityId: number, requirements = ["fuehrungszeugnis", "schulung"]) {
  return prisma.opportunity.update({ where: { id: opportunityId }, data: { requirements: JSON.stringify(requirements) } });
}

async function messageBlocks(signupId = fixture.signupId): Promise<string> {
  const loaded = await loadSignupView(prisma, signupId);
  return JSON.stringify(buildSignupMessage(loaded!.view, { translator: testTranslator() }).blocks);
}

const click = (coordinator: string) => front.post(statusClickBody({ coordinator, ...message, signupId: fixture.signupId, actionId: CERTIFICATE_ACTION_ID }));

function submit(dates: { seen?: string | null; issued?: string | null }, options: { user?: string; metadata?: string } = {}) {
  const picker = (date: string | null | undefined) => ({ [CERTIFICATE_DATE_ACTION_ID]: { type: "datepicker", selected_date: date ?? null } });
  return front.post(
    viewSubmissionBody({
      user: options.user ?? COORDINATOR,
      callbackId: CERTIFICATE_VIEW_ID,
      privateMetadata: options.metadata ?? JSON.stringify({ signupId: fixture.signupId, message }),
      values: { [CERTIFICATE_SEEN_BLOCK_ID]: picker(dates.seen), [CERTIFICATE_ISSUED_BLOCK_ID]: picker(dates.issued) },
    }),
  );
}

async function record() {
  const { certificateSeenAt, certificateIssuedAt, certificateRecordedBy } = await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } });
  return { seen: certificateSeenAt?.toISOString().slice(0, 10) ?? null, issued: certificateIssuedAt?.toISOString().slice(0, 10) ?? null, by: certificateRecordedBy };
}

const NOTHING = { seen: null, issued: null, by: null };

describe("the Führungszeugnis button", () => {
  it("is under accepted signups of offers that require one, and says that nothing is recorded yet", async () => {
    const blocks = await messageBlocks();
    expect(blocks).toContain(CERTIFICATE_ACTION_ID);
    expect(blocks).toContain("Führungszeugnis erfassen");
    expect(blocks).toContain("Führungszeugnis: noch nicht erfasst");
  });

  it.each(["new", "contacted", "declined", "withdrawn"])("is not under a %s signup", async (status) => {
    await prisma.signup.update({ where: { id: fixture.signupId }, data: { status } });
    const blocks = await messageBlocks();
    expect(blocks).not.toContain(CERTIFICATE_ACTION_ID);
    expect(blocks).not.toContain("Führungszeugnis");
  });

  it("is not under signups of offers that require none", async () => {
    await requireCertificate(fixture.opportunityId, ["schulung"]);
    const blocks = await messageBlocks();
    expect(blocks).not.toContain(CERTIFICATE_ACTION_ID);
    expect(blocks).not.toContain("Führungszeugnis");
  });

  it("opens the dialogue with two dates, today's (the city's) as the default for 'eingesehen am'", async () => {
    expect((await click(COORDINATOR)).status).toBe(200);

    await expect.poll(() => slack.okCalls("views.open").length).toBe(1);
    const view = slack.okCalls("views.open")[0]!.body.view as { callback_id: string; private_metadata: string; blocks: Array<Record<string, unknown>> };
    expect(view.callback_id).toBe(CERTIFICATE_VIEW_ID);
    expect(JSON.parse(view.private_metadata)).toEqual({ signupId: fixture.signupId, message });
    const inputs = view.blocks.filter((block) => block.type === "input");
    expect(inputs.map((block) => [block.block_id, (block.element as { type: string }).type, (block.element as { initial_date?: string }).initial_date])).toEqual([
      [CERTIFICATE_SEEN_BLOCK_ID, "datepicker", TODAY],
      [CERTIFICATE_ISSUED_BLOCK_ID, "datepicker", undefined],
    ]);
    // The rule is said where the date is picked; nothing but dates is asked.
    expect((inputs[1]!.hint as { text: string }).text).toContain("höchstens 3 Monate alt (übliche Praxis)");
    expect(JSON.stringify(view.blocks)).not.toContain("plain_text_input");
    expect(JSON.stringify(view.blocks)).not.toContain("file_input");
  });

  it.each([
    ["a coordinator of another organisation", OTHER_COORDINATOR, "Diese Anmeldung gehört zu Tafel Nordstadt e.V."],
    ["an unregistered Slack user", "U0STRANGER", "Du bist nicht als Koordinator:in eingetragen"],
  ])("does not open the dialogue for %s", async (_who, user, refusal) => {
    await click(user);
    await expect.poll(() => slack.okCalls("chat.postEphemeral").length).toBe(1);
    expect(String(slack.okCalls("chat.postEphemeral")[0]!.body.text)).toContain(refusal);
    expect(slack.calls.filter((call) => call.method === "views.open")).toHaveLength(0);
  });

  it("does not open the dialogue for a signup that is no longer accepted, and shows its current state", async () => {
    await prisma.signup.update({ where: { id: fixture.signupId }, data: { status: "withdrawn" } });
    await click(COORDINATOR);
    await expect.poll(() => slack.okCalls("chat.update").length).toBe(1);
    expect(String(slack.okCalls("chat.postEphemeral")[0]!.body.text)).toBe(
      "Ein Führungszeugnis lässt sich nur bei zugesagten Anmeldungen erfassen. Diese steht auf „Zurückgezogen“.",
    );
    expect(slack.calls.filter((call) => call.method === "views.open")).toHaveLength(0);
  });
});

describe("sending the Führungszeugnis dialogue", () => {
  it("records the two dates and who recorded them, and the message shows them with the re-check date", async () => {
    const response = await submit({ seen: TODAY, issued: "2026-04-01" });

    expect(await submissionAnswer(response)).toBeNull();
    expect(await record()).toEqual({ seen: TODAY, issued: "2026-04-01", by: COORDINATOR });
    await expect.poll(() => slack.okCalls("chat.update").length).toBe(1);
    const update = slack.okCalls("chat.update")[0]!;
    expect(update.body).toMatchObject({ channel: message.channel, ts: message.ts });
    const blocks = JSON.stringify(update.body.blocks);
    expect(blocks).toContain(`Führungszeugnis eingesehen am 15.06.2026, ausgestellt am 01.04.2026 (erfasst von <@${COORDINATOR}>) · erneut vorzulegen bis 01.04.2031`);
    expect(blocks).toContain("Führungszeugnis erneuern");
    expect(blocks).not.toContain("Führungszeugnis erfassen");
    // Nothing of it goes to the resident.
    expect(await prisma.notification.count({ where: { channel: "telegram" } })).toBe(0);
  });

  it("replaces the dates when a renewed certificate is recorded", async () => {
    await submit({ seen: "2026-05-02", issued: "2026-04-01" });
    await submit({ seen: TODAY, issued: "2026-06-10" });
    expect(await record()).toEqual({ seen: TODAY, issued: "2026-06-10", by: COORDINATOR });
  });

  it.each([
    [{ seen: "2026-06-16", issued: "2026-06-01" }, { [CERTIFICATE_SEEN_BLOCK_ID]: "Dieser Tag liegt in der Zukunft." }],
    [{ seen: TODAY, issued: "2026-06-16" }, { [CERTIFICATE_ISSUED_BLOCK_ID]: "Dieser Tag liegt in der Zukunft." }],
    [{ seen: "2026-06-01", issued: "2026-06-10" }, { [CERTIFICATE_ISSUED_BLOCK_ID]: "Das Ausstellungsdatum liegt nach dem Tag, an dem du es eingesehen hast." }],
    [
      { seen: TODAY, issued: "2026-03-14" },
      { [CERTIFICATE_ISSUED_BLOCK_ID]: "Beim Einsehen war das Führungszeugnis älter als 3 Monate. Bitte lass dir ein aktuelles zeigen." },
    ],
    [
      { seen: null, issued: null },
      { [CERTIFICATE_SEEN_BLOCK_ID]: "Bitte wähle, wann du das Führungszeugnis eingesehen hast.", [CERTIFICATE_ISSUED_BLOCK_ID]: "Bitte wähle das Ausstellungsdatum." },
    ],
  ])("names what is wrong with %j at its field and records nothing", async (dates, errors) => {
    expect(await submissionAnswer(await submit(dates))).toEqual({ response_action: "errors", errors });
    expect(await record()).toEqual(NOTHING);
    expect(slack.calls.filter((call) => call.method === "chat.update")).toHaveLength(0);
  });

  it("accepts a certificate issued exactly three months before it was seen", async () => {
    expect(await submissionAnswer(await submit({ seen: TODAY, issued: "2026-03-15" }))).toBeNull();
    expect(await record()).toMatchObject({ issued: "2026-03-15" });
  });

  it.each([
    ["a coordinator of another organisation", OTHER_COORDINATOR, "Diese Anmeldung gehört zu Tafel Nordstadt e.V."],
    ["an unregistered Slack user", "U0STRANGER", "Du bist nicht als Koordinator:in eingetragen"],
  ])("refuses a submission by %s and records nothing", async (_who, user, refusal) => {
    const answer = await submissionAnswer(await submit({ seen: TODAY, issued: "2026-04-01" }, { user }));
    expect(answer).toMatchObject({ response_action: "errors" });
    expect((answer!.errors as Record<string, string>)[CERTIFICATE_SEEN_BLOCK_ID]).toContain(refusal);
    expect(await record()).toEqual(NOTHING);
  });

  it("refuses signups that are not accepted or whose offer requires none", async () => {
    await prisma.signup.update({ where: { id: fixture.signupId }, data: { status: "declined" } });
    expect(JSON.stringify(await submissionAnswer(await submit({ seen: TODAY, issued: "2026-04-01" })))).toContain("Diese steht auf „Abgesagt“.");
    await prisma.signup.update({ where: { id: fixture.signupId }, data: { status: "accepted" } });
    await requireCertificate(fixture.opportunityId, []);
    expect(JSON.stringify(await submissionAnswer(await submit({ seen: TODAY, issued: "2026-04-01" })))).toContain("Für dieses Angebot ist kein Führungszeugnis vorgesehen.");
    expect(await record()).toEqual(NOTHING);
  });

  it("rejects forged or damaged private_metadata and records nothing", async () => {
    for (const metadata of ["{", JSON.stringify({ signupId: -1, message }), JSON.stringify({ message })]) {
      expect(await submissionAnswer(await submit({ seen: TODAY, issued: "2026-04-01" }, { metadata }))).toEqual({
        response_action: "errors",
        errors: { [CERTIFICATE_SEEN_BLOCK_ID]: "Das hat nicht geklappt. Bitte versuche es gleich noch einmal." },
      });
    }
    expect(await record()).toEqual(NOTHING);
  });
});
