import { describe, expect, it } from "vitest";
import {
  buildSignupMessage,
  escapeMrkdwn,
  SIGNUP_STATUS_ACTION_IDS,
  statusOfActionId,
  type SignupMessageView,
  type SlackBlock,
} from "../../src/channels/slack/signup-message";
import { testTranslator } from "../support/slack/fixtures";

const translator = testTranslator();

function view(overrides: Partial<SignupMessageView> = {}): SignupMessageView {
  return {
    signupId: 42,
    status: "new",
    opportunity: { title: "Lesepat:in in der Grundschule", slug: "lesepate-grundschule", organisationName: "Bücherwurm e.V.", districtName: "Südstadt" },
    resident: { firstName: "Jonas", telegramUsername: "jonas_reads", channel: "telegram", locale: "de", languages: ["de", "en"] },
    message: "Ich lese gern vor.\nAm liebsten nachmittags.",
    createdAt: new Date("2026-11-20T09:30:00Z"),
    ...overrides,
  };
}

/** Every piece of text in the blocks, to look for content regardless of layout. */
function allText(blocks: SlackBlock[]): string {
  return JSON.stringify(blocks);
}

function block<T extends SlackBlock["type"]>(blocks: SlackBlock[], type: T, blockId?: string): Extract<SlackBlock, { type: T }> {
  const found = blocks.find((b) => b.type === type && (blockId === undefined || b.block_id === blockId));
  if (!found) throw new Error(`no ${type} block ${blockId ?? ""}`);
  return found as Extract<SlackBlock, { type: T }>;
}

describe("buildSignupMessage", () => {
  it("shows header, the resident's details, the quoted message and the status in German", () => {
    const { text, blocks } = buildSignupMessage(view(), { translator });
    const header = block(blocks, "header");
    expect(header.text.text).toBe("Neue Anmeldung: Lesepat:in in der Grundschule");

    const details = block(blocks, "section", "signup_details");
    const fields = details.fields!.map((f) => f.text);
    expect(fields).toContain("*Vorname*\nJonas");
    expect(fields).toContain("*Kontakt*\nTelegram: <https://t.me/jonas_reads|@jonas_reads>");
    expect(fields).toContain("*Spricht*\nDE, EN");
    expect(fields).toContain("*Status*\n*Neu*");
    expect(fields).toContain("*Stadtteil*\nSüdstadt");
    expect(fields.some((f) => f.includes("Bücherwurm e.V."))).toBe(true);

    const message = block(blocks, "section", "signup_message");
    expect(message.text?.text).toBe("*Nachricht*\n> Ich lese gern vor.\n> Am liebsten nachmittags.");

    // The fallback shows up in push notifications: title and status, but no personal data.
    expect(text).toBe("Neue Anmeldung für „Lesepat:in in der Grundschule“ (Bücherwurm e.V.), Status: Neu");
    expect(text).not.toContain("Jonas");
  });

  it("offers the three status buttons and \"Antworten\", with the signup id as value", () => {
    const { blocks } = buildSignupMessage(view(), { translator });
    const actions = block(blocks, "actions");
    const buttons = actions.elements.map((e) => e as { action_id: string; value: string; text: { text: string }; style?: string; confirm?: unknown });
    expect(buttons.map((b) => [b.action_id, b.value, b.text.text])).toEqual([
      ["signup_status_contacted", "42", "Kontaktiert"],
      ["signup_status_accepted", "42", "Zugesagt"],
      ["signup_status_declined", "42", "Abgesagt"],
      ["signup_answer", "42", "Antworten"],
    ]);
    expect(buttons[1]!.style).toBe("primary");
    expect(buttons[2]!.style).toBe("danger");
    // "Abgesagt" opens a dialogue that asks once more (with an optional reason), so no confirm of its own.
    expect(buttons[2]!.confirm).toBeUndefined();
  });

  it("escapes &, < and > in everything people typed", () => {
    const { blocks } = buildSignupMessage(
      view({
        opportunity: { title: "Kochen & <b>Backen</b>", slug: "kochen", organisationName: "Küche <!channel>", districtName: "A&B" },
        resident: { firstName: "<@U123>", telegramUsername: null, channel: "telegram", locale: "de", languages: [] },
        message: "Hallo <!here> & <https://evil.example|klick>",
      }),
      { translator },
    );
    const json = allText(blocks);
    expect(json).not.toContain("<!channel>");
    expect(json).not.toContain("<!here>");
    expect(json).not.toContain("<@U123>");
    expect(json).not.toContain("<https://evil");
    const message = block(blocks, "section", "signup_message");
    expect(message.text?.text).toContain("> Hallo &lt;!here&gt; &amp; &lt;https://evil.example|klick&gt;");
    const fields = block(blocks, "section", "signup_details").fields!.map((f) => f.text);
    expect(fields).toContain("*Vorname*\n&lt;@U123&gt;");
    expect(fields).toContain("*Stadtteil*\nA&amp;B");
    // The header is plain_text, where Slack does not interpret markup: shown as typed.
    expect(block(blocks, "header").text.text).toBe("Neue Anmeldung: Kochen & <b>Backen</b>");
  });

  it("says honestly that only the bot can reach a resident without shared Telegram username", () => {
    const { blocks } = buildSignupMessage(
      view({ resident: { firstName: null, telegramUsername: null, channel: "telegram", locale: "de", languages: [] } }),
      { translator },
    );
    const fields = block(blocks, "section", "signup_details").fields!.map((f) => f.text);
    expect(fields.find((f) => f.startsWith("*Kontakt*"))).toContain("direkt erreichen könnt ihr die Person nicht");
    expect(fields).toContain("*Vorname*\n_nicht angegeben_");
    expect(fields).toContain("*Spricht*\nkeine Angabe");
    expect(allText(blocks)).not.toContain("t.me");
  });

  it("does not link a username that is not a valid Telegram username", () => {
    const { blocks } = buildSignupMessage(
      view({ resident: { firstName: "X", telegramUsername: "bad|name>", channel: "telegram", locale: "de", languages: [] } }),
      { translator },
    );
    expect(allText(blocks)).not.toContain("t.me");
  });

  it("shows an anonymised signup without any personal data", () => {
    const { blocks, text } = buildSignupMessage(view({ resident: null, message: "Meine Nummer ist 0170 1234567", status: "contacted" }), {
      translator,
    });
    const json = allText(blocks);
    // The number's tail, not its prefix: four digits like "0170" can turn up in a timestamp or id.
    expect(json).not.toContain("1234567");
    expect(json).not.toContain("Vorname");
    expect(json).toContain("Die Person hat ihre Daten gelöscht");
    expect(text).toContain("Kontaktiert");
  });

  it("shows only the buttons the current status allows, and none when final", () => {
    const contacted = buildSignupMessage(view({ status: "contacted" }), { translator });
    expect(block(contacted.blocks, "actions").elements.map((e) => (e as { action_id: string }).action_id)).toEqual([
      "signup_status_accepted",
      "signup_status_declined",
      "signup_answer",
    ]);
    // Nobody to write to once the resident erased their data.
    const anonymised = buildSignupMessage(view({ status: "contacted", resident: null }), { translator });
    expect(block(anonymised.blocks, "actions").elements.map((e) => (e as { action_id: string }).action_id)).not.toContain("signup_answer");
    const withdrawn = buildSignupMessage(view({ status: "withdrawn" }), { translator });
    expect(withdrawn.blocks.some((b) => b.type === "actions")).toBe(false);
    expect(allText(withdrawn.blocks)).toContain("*Zurückgezogen*");
    expect(allText(withdrawn.blocks)).toContain("abgeschlossen");
  });

  it("names who set each status and when (a coordinator as a Slack mention), and the signup reference", () => {
    const contactedAt = new Date("2026-11-21T10:00:00Z");
    const withdrawnAt = new Date("2026-11-22T10:00:00Z");
    const { blocks } = buildSignupMessage(
      view({
        status: "withdrawn",
        signupId: 1234,
        statusEvents: [
          { status: "contacted", actor: { kind: "coordinator", slackUserId: "U0COORD01" }, at: contactedAt },
          { status: "withdrawn", actor: { kind: "resident" }, at: withdrawnAt },
        ],
      }),
      { translator },
    );
    const context = block(blocks, "context", "signup_context");
    const texts = context.elements.map((e) => (e as { text: string }).text);
    expect(texts[0]).toContain("Anmeldung #1234"); // no digit grouping ("1.234")
    expect(texts[0]).toContain(`<!date^${Date.parse("2026-11-20T09:30:00Z") / 1000}^`);
    expect(texts[1]).toBe(`Status „Kontaktiert“ gesetzt von <@U0COORD01> am <!date^${contactedAt.getTime() / 1000}^{date_short} {time}|2026-11-21 10:00 UTC>`);
    expect(texts[2]).toMatch(/^Status „Zurückgezogen“ gesetzt von der angemeldeten Person am <!date\^/);
  });

  it("lists only the latest status changes, and says when the system set one", () => {
    const at = new Date("2026-11-21T10:00:00Z");
    const events = [
      { status: "contacted" as const, actor: { kind: "coordinator" as const, slackUserId: "U0COORD01" }, at },
      { status: "accepted" as const, actor: { kind: "coordinator" as const, slackUserId: "U0COORD02" }, at },
      { status: "declined" as const, actor: { kind: "coordinator" as const, slackUserId: "U0COORD03" }, at },
      { status: "withdrawn" as const, actor: { kind: "system" as const }, at },
    ];
    const texts = block(buildSignupMessage(view({ status: "withdrawn", statusEvents: events }), { translator }).blocks, "context", "signup_context").elements.map(
      (e) => (e as { text: string }).text,
    );
    expect(texts).toHaveLength(4);
    expect(texts[1]).toContain("<@U0COORD02>");
    expect(texts[3]).toMatch(/^Status „Zurückgezogen“ automatisch gesetzt am /);
  });

  it("speaks English when asked", () => {
    const { blocks } = buildSignupMessage(view(), { translator, locale: "en" });
    expect(block(blocks, "header").text.text).toBe("New signup: Lesepat:in in der Grundschule");
    expect(allText(blocks)).toContain("Contacted");
  });

  it("stays within Slack's limits for very long input", () => {
    const { blocks } = buildSignupMessage(view({ message: "x".repeat(10_000), opportunity: { ...view().opportunity, title: "T".repeat(400) } }), {
      translator,
    });
    expect(block(blocks, "header").text.text.length).toBeLessThanOrEqual(150);
    expect(block(blocks, "section", "signup_message").text!.text.length).toBeLessThanOrEqual(3000);
    for (const field of block(blocks, "section", "signup_details").fields!) expect(field.text.length).toBeLessThanOrEqual(2000);
  });

  it("maps action ids back to statuses", () => {
    expect(statusOfActionId(SIGNUP_STATUS_ACTION_IDS.accepted)).toBe("accepted");
    expect(statusOfActionId("signup_status_withdrawn")).toBeUndefined();
    expect(escapeMrkdwn("a<b>&c")).toBe("a&lt;b&gt;&amp;c");
  });
});
