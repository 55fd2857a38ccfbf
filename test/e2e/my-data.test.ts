/**
 * /meinedaten and /mydata end to end (Art. 15 and 20 DSGVO): a resident who signed up gets a
 * readable summary in their language and a JSON file (sendDocument, uploaded by the real grammY
 * to the fake Bot API) with everything stored about them, and nothing about anybody else; the
 * file's content never reaches the log.
 */
import { readdirSync } from "node:fs";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConsoleChannel } from "../../src/channels/console/console-channel";
import { recordConsent } from "../../src/services/resident/record-consent";
import type { ResidentDataExport } from "../../src/services/resident/export-resident-data";
import type { BotLocale } from "../../src/domain/vocabulary";
import { captureLogs, onboard, startAppHarness, startSignup, text, waitFor, type AppHarness } from "../support/app-harness";
import type { TestUser, TranscriptMessage } from "../support/telegram";

const ANNA_MESSAGE = "Ich komme gern samstags vorbei.";
const BOB_MESSAGE = "Bob would love to help on Saturdays.";

let h: AppHarness;
let logs: ReturnType<typeof captureLogs>;
let anna: TestUser;
let bob: TestUser;

beforeAll(async () => {
  // The level production runs at. (At debug, the Slack client's own request logging shows
  // message bodies; that is the log-grep test's concern, not this one's.)
  logs = captureLogs("info");
  h = await startAppHarness({ logger: logs.logger });
  anna = h.user({ firstName: "Anna", username: "anna_k", languageCode: "de" });
  bob = h.user({ firstName: "Bob", username: "bob_en", languageCode: "en" });
  await signUp(anna, ANNA_MESSAGE, "de");
  await signUp(bob, BOB_MESSAGE, "en");
}, 30_000);
afterAll(async () => {
  await h?.close();
});

/** Onboarding and a signup with a message, waiting until the organisation's Slack message is out. */
async function signUp(user: TestUser, message: string, locale: BotLocale): Promise<void> {
  await onboard(user, { locale });
  await startSignup(user, /^1\. /, locale);
  await user.send(message);
  await user.tap(text("signup-confirm-yes", {}, locale));
  await waitFor(
    async () => (await h.prisma.signup.findFirst({ where: { resident: { channelUserId: String(user.id) }, slackTs: { not: null } } })) ?? undefined,
    "the signup's Slack message",
  );
  // The outbox marks the row sent right after posting; the export reads that time.
  await waitFor(async () => (await h.prisma.notification.count({ where: { kind: "signup-created", status: { not: "sent" } } })) === 0, "the signup notifications delivered");
}

/** The bot's answer to a command: the summary messages, the file, the closing line. */
async function ask(user: TestUser, command: string): Promise<{ summary: string; file: TranscriptMessage; data: ResidentDataExport; footer: string }> {
  const mark = user.mark();
  await user.send(command);
  const replies = user.repliesSince(mark);
  const fileIndex = replies.findIndex((reply) => reply.document !== undefined);
  expect(fileIndex).toBeGreaterThan(0);
  const file = replies[fileIndex]!;
  expect(replies.slice(fileIndex + 1)).toHaveLength(1);
  const data = JSON.parse(file.document!.content.toString("utf8")) as ResidentDataExport;
  return { summary: replies.slice(0, fileIndex).map((reply) => reply.text).join("\n\n"), file, data, footer: replies.at(-1)!.text };
}

describe("/meinedaten", () => {
  it("sends a German summary and the complete data as a JSON file", async () => {
    const { summary, file, data, footer } = await ask(anna, "/meinedaten");
    const call = h.telegram.callsTo("sendDocument").at(-1)!;
    // A multipart upload: form fields arrive as text.
    expect(String(call.payload.chat_id)).toBe(String(anna.chatId));

    expect(file.document!.file_name).toMatch(/^meine-daten-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.document!.mime_type).toBe("application/json");
    expect(file.text).toBe(text("my-data-file-caption"));
    expect(footer).toBe(text("my-data-footer"));

    const resident = await h.prisma.resident.findFirstOrThrow({ where: { channelUserId: String(anna.id) } });
    const signup = await h.prisma.signup.findFirstOrThrow({ where: { residentId: resident.id }, include: { opportunity: { include: { organisation: true } } } });
    const organisation = signup.opportunity.organisation;
    expect(data.format).toBe("ehrenamtslotse-export/1");
    expect(data.profile).toMatchObject({ channel: "telegram", channelUserId: String(anna.id), firstName: "Anna", locale: "de", interests: ["kinder", "familien"] });
    expect(data.consents.privacy).toEqual({ at: resident.consentAt!.toISOString(), version: resident.consentVersion });
    expect(data.signups).toHaveLength(1);
    expect(data.signups[0]).toMatchObject({ id: signup.id, message: ANNA_MESSAGE, status: "new", organisation: { id: organisation.id, name: organisation.name } });
    const delivered = await h.prisma.notification.findFirstOrThrow({ where: { kind: "signup-created", stream: `slack:signup:${signup.id}` } });
    expect(data.disclosures).toEqual([
      expect.objectContaining({ about: "signup", signupId: signup.id, organisation: { id: organisation.id, name: organisation.name }, sentAt: delivered.sentAt!.toISOString() }),
    ]);
    expect(data.disclosures[0]!.fields).toEqual(expect.arrayContaining(["firstName", "chatLanguage", "languages", "signupMessage"]));
    // Nothing of Bob's.
    const json = file.document!.content.toString("utf8");
    for (const value of ["Bob", "bob_en", String(bob.id), BOB_MESSAGE]) expect(json).not.toContain(value);

    expect(summary).toContain(text("my-data-profile-heading"));
    expect(summary).toContain(text("my-data-profile-first-name", { value: "Anna" }));
    expect(summary).toContain(text("my-data-profile-interests", { value: [text("interest-kinder"), text("interest-familien")].join(", ") }));
    expect(summary).toContain(text("my-data-signup-message", { message: ANNA_MESSAGE }));
    const fields = data.disclosures[0]!.fields.map((field) => text(`my-data-field-${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`)).join(", ");
    expect(summary).toContain(`${organisation.name}: ${fields} – `);
    expect(summary).not.toContain(text("my-data-shared-pending"));
    expect(summary).not.toContain("Bob");
  });

  it("answers /mydata in the resident's language, English here", async () => {
    const { summary, file, data, footer } = await ask(bob, "/mydata");
    expect(file.text).toBe(text("my-data-file-caption", {}, "en"));
    expect(footer).toBe(text("my-data-footer", {}, "en"));
    expect(summary).toContain(text("my-data-profile-heading", {}, "en"));
    expect(summary).toContain(text("my-data-profile-first-name", { value: "Bob" }, "en"));
    expect(summary).toContain(text("my-data-signup-message", { message: BOB_MESSAGE }, "en"));
    expect(data.profile.firstName).toBe("Bob");
    expect(data.profile.locale).toBe("en");
    const json = file.document!.content.toString("utf8");
    for (const value of ["Anna", "anna_k", String(anna.id), ANNA_MESSAGE]) expect(json).not.toContain(value);
  });

  it("says that nothing is stored to somebody who never agreed to the privacy notice", async () => {
    const stranger = h.user({ firstName: "Nora", languageCode: "de" });
    const documentsBefore = h.telegram.callsTo("sendDocument").length;
    await stranger.send("/meinedaten");
    expect(stranger.lastReply().text).toBe(text("my-data-nothing-stored"));
    expect(h.telegram.callsTo("sendDocument")).toHaveLength(documentsBefore);
  });

  it("never writes the file's content to the log", () => {
    const logged = JSON.stringify(logs.records);
    for (const value of [ANNA_MESSAGE, BOB_MESSAGE, '"format"', "ehrenamtslotse-export/1", "meine-daten-"]) expect(logged).not.toContain(value);
  });
});

describe("/meinedaten in the console", () => {
  it("prints the file between two lines naming it, and saves nothing", async () => {
    const local = await startAppHarness({ telegram: false, slack: false });
    try {
      const identity = { channel: "console" as const, channelUserId: "local", firstName: null, telegramUsername: null };
      await recordConsent({ prisma: local.prisma, identity, locale: "de", now: new Date() });
      const input = new PassThrough();
      const output = new PassThrough();
      let printed = "";
      output.setEncoding("utf8").on("data", (chunk: string) => (printed += chunk));
      const finished = runConsoleChannel(local.app.deps, { input, output, identity, firstInput: "/meinedaten" });
      await waitFor(() => /(^|\n)> /.test(printed), "the prompt after /meinedaten");
      input.end();
      await finished;

      const file = /\n--- (meine-daten-\d{4}-\d{2}-\d{2}\.json) ---\n([\s\S]*?)\n--- \1 ---\n/.exec(printed);
      expect(file, printed).not.toBeNull();
      expect(JSON.parse(file![2]!)).toMatchObject({ format: "ehrenamtslotse-export/1", profile: { channel: "console", channelUserId: "local" } });
      expect(printed).toContain(text("my-data-profile-heading"));
      expect(printed).toContain(text("my-data-file-caption"));
      expect(printed).toContain(text("my-data-footer"));
      expect(readdirSync(process.cwd()).filter((name) => name.startsWith("meine-daten-"))).toEqual([]);
    } finally {
      await local.close();
    }
  });
});
