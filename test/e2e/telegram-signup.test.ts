/**
 * The main path end to end: a resident finds an offer on Telegram and signs up; the
 * organisation's coordinators hear of it in Slack. Real grammY long polling and the real
 * Slack WebClient run against local fakes; the database is a fresh SQLite file that the app
 * migrates and seeds on its first start.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { menuCommands } from "../../src/channels/telegram/set-bot-commands";
import { languagesCodec, residentSlotsCodec } from "../../src/db/codecs";
import { PRIVACY_VERSION } from "../../src/domain/vocabulary";
import { NETWORK_CHANNEL, startAppHarness, text, waitFor, type AppHarness } from "../support/app-harness";
import type { TestUser } from "../support/telegram";

let h: AppHarness;
beforeAll(async () => {
  h = await startAppHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("signup over Telegram", () => {
  it("registers the command menu in German (default), English and every other Telegram language at start-up", () => {
    const calls = h.telegram.callsTo("setMyCommands");
    expect(calls).toHaveLength(7);
    const [german, english] = calls.map((call) => call.payload);
    expect(german?.language_code).toBeUndefined();
    const { flows, translator } = h.app.deps;
    expect(german?.commands).toEqual(menuCommands(flows, translator, "de"));
    expect((german?.commands as Array<{ command: string }>).map((command) => command.command)).toEqual(["start", "angebote", "profil", "meine", "frage", "sprache", "hilfe", "datenschutz", "meinedaten", "loeschen"]);
    expect(german?.commands).toContainEqual({ command: "loeschen", description: text("command-delete") });
    expect(english?.language_code).toBe("en");
    expect((english?.commands as Array<{ command: string }>).map((command) => command.command)).toEqual(["start", "offers", "profile", "signups", "question", "language", "help", "privacy", "mydata", "delete"]);
    // What the fake Bot API now serves to a client of either language.
    expect(h.telegram.commandsFor(undefined, "en")).toEqual(menuCommands(flows, translator, "en"));
  });

  it("guides a resident from /start to a signup and tells the organisation in Slack", async () => {
    const anna = h.user({ firstName: "Anna", username: "anna_k", languageCode: "de" });
    const { prisma } = h;
    const done = text("common-done");

    // --- language and consent
    await anna.send("/start");
    // Telegram says Anna reads German: the bot proposes it, one tap to confirm.
    expect(anna.lastReply().text).toBe(text("onboarding-language-suggest"));
    expect(anna.buttons()).toEqual([text("onboarding-language-suggest-yes"), text("onboarding-language-other")]);
    // Before consent nothing about the resident is stored.
    expect(await prisma.resident.count({ where: { channelUserId: String(anna.id) } })).toBe(0);

    await anna.tap(text("onboarding-language-suggest-yes"));
    expect(anna.lastReply().text).toBe(text("onboarding-privacy"));
    await anna.tap(text("onboarding-privacy-agree"));

    // --- interests: each tick edits the question in place instead of sending a new one
    const interestsQuestion = anna.lastReply();
    expect(interestsQuestion.text).toBe(text("onboarding-interests"));
    expect(anna.buttons()).toContain(`▫️ ${text("interest-kinder")}`);
    const editsBefore = h.telegram.callsTo("editMessageText").length;
    const sendsBefore = h.telegram.callsTo("sendMessage").length;
    const beforeTick = anna.mark();
    await anna.tap(text("interest-kinder"));
    expect(anna.events.slice(beforeTick).map((event) => event.kind)).toEqual(["user_tap", "callback_answered", "bot_edited"]);
    expect(anna.repliesSince(beforeTick).map((message) => message.message_id)).toEqual([interestsQuestion.message_id]);
    expect(h.telegram.callsTo("editMessageText")).toHaveLength(editsBefore + 1);
    expect(h.telegram.callsTo("editMessageText").at(-1)?.payload).toMatchObject({ message_id: interestsQuestion.message_id });
    expect(h.telegram.callsTo("sendMessage")).toHaveLength(sendsBefore);
    expect(anna.buttons()).toContain(`✅ ${text("interest-kinder")}`);
    await anna.tap(text("interest-familien"));
    expect(anna.buttons()).toEqual(
      expect.arrayContaining([`✅ ${text("interest-kinder")}`, `✅ ${text("interest-familien")}`, `▫️ ${text("interest-senioren")}`]),
    );
    expect(anna.lastReply().message_id).toBe(interestsQuestion.message_id);
    await anna.tap(done);

    // --- time, hours, district, languages
    expect(anna.lastReply().text).toBe(text("onboarding-time-slots"));
    await anna.tap(text("slot-weekend-morning"));
    await anna.tap(text("slot-weekday-afternoon"));
    await anna.tap(done);
    expect(anna.lastReply().text).toBe(text("onboarding-hours"));
    await anna.tap(text("hours-4"));
    expect(anna.lastReply().text).toBe(text("onboarding-district"));
    await anna.tap(text("onboarding-district-any"));
    expect(anna.lastReply().text).toBe(text("onboarding-languages"));
    await anna.tap(text("language-de"));
    const beforeOffers = anna.mark();
    await anna.tap(done);

    // --- three recommendations, each with the reason it fits
    const offerMessages = anna.repliesSince(beforeOffers).map((message) => message.text);
    expect(offerMessages[0]).toBe(text("onboarding-profile-saved"));
    const list = offerMessages.find((message) => message.startsWith(text("recommendations-heading")));
    expect(list, `no list of offers in ${JSON.stringify(offerMessages)}`).toBeDefined();
    const items = list!.split("\n\n").slice(1);
    expect(items).toHaveLength(3);
    items.forEach((item, index) => {
      expect(item.startsWith(`${index + 1}. `)).toBe(true);
      expect(item).toMatch(/\npasst zu: \S.+$/);
    });
    expect(anna.lastReply().text).toBe(text("recommendations-pick"));
    expect(anna.buttons().filter((button) => /^\d\. /.test(button))).toHaveLength(3);
    expect(anna.buttons()).toEqual(expect.arrayContaining([text("recommendations-more"), text("recommendations-change-answers")]));

    // The profile is stored as answered.
    const resident = await prisma.resident.findUniqueOrThrow({
      where: { channel_channelUserId: { channel: "telegram", channelUserId: String(anna.id) } },
      include: { interests: true },
    });
    expect(resident).toMatchObject({
      firstName: "Anna",
      // Contact data: stored only with the consent to pass it to an organisation (at the signup below).
      telegramUsername: null,
      locale: "de",
      consentVersion: PRIVACY_VERSION,
      hoursPerWeek: 4,
      districtChoice: "any",
    });
    expect(resident.consentAt).toBeInstanceOf(Date);
    expect(resident.profileCompleteAt).toBeInstanceOf(Date);
    expect(resident.interests.map((interest) => interest.key).sort()).toEqual(["familien", "kinder"]);
    expect(residentSlotsCodec.decode(resident.timeSlots).sort()).toEqual(["weekday-afternoon", "weekend-morning"]);
    expect(languagesCodec.decode(resident.languages)).toEqual(["de"]);

    // --- pick an offer; one with requirements if there is one, so that path is walked too
    const offered = await Promise.all(
      offerButtons(anna).map(async ({ text: buttonText, id }) => ({
        buttonText,
        opportunity: await prisma.opportunity.findUniqueOrThrow({ where: { id }, include: { organisation: true } }),
      })),
    );
    expect(offered).toHaveLength(3);
    // Each item of the list names its offer and organisation, in the order of the buttons.
    offered.forEach(({ opportunity }, index) => {
      expect(items[index]).toContain(opportunity.title);
      expect(items[index]).toContain(`(${opportunity.organisation.name})`);
    });
    const chosen = offered.find(({ opportunity }) => opportunity.requirements !== "[]") ?? offered[0]!;
    const { opportunity } = chosen;
    const organisationName = opportunity.organisation.name;
    const hasRequirements = opportunity.requirements !== "[]";

    const beforeDetails = anna.mark();
    await anna.tap(chosen.buttonText);
    const details = anna.repliesSince(beforeDetails).map((message) => message.text);
    expect(details[0]?.split("\n")[0]).toBe(opportunity.title);
    expect(details[0]).toContain(text("details-organisation", { name: organisationName }));
    if (hasRequirements) expect(details[0]).toContain(text("details-requirements", { requirements: "" }).trim());
    expect(anna.lastReply().text).toBe(text("signup-decide", { opportunityTitle: opportunity.title }));

    await anna.tap(text("signup-start"));
    if (hasRequirements) {
      expect(anna.lastReply().text).toContain(`„${opportunity.title}“`);
      expect(anna.lastReply().text).toContain("• ");
      await anna.tap(text("signup-requirements-ok"));
    }
    expect(anna.lastReply().text).toBe(text("signup-contact-consent", { organisationName }));
    await anna.tap(text("signup-contact-consent-yes"));
    expect(anna.lastReply().text).toBe(text("signup-message", { organisationName }));
    expect(anna.buttons()).toEqual([text("signup-message-skip")]);

    const message = "Ich kann gut vorlesen und bin abends erreichbar.";
    await anna.send(message);
    expect(anna.lastReply().text).toBe(text("signup-confirm", { organisationName, opportunityTitle: opportunity.title }));
    // Nothing is stored before the final yes.
    expect(await prisma.signup.count({ where: { residentId: resident.id } })).toBe(0);
    await anna.tap(text("signup-confirm-yes"));
    expect(anna.lastReply().text).toBe(text("signup-done", { organisationName }));
    expect(anna.unansweredCallbackQueries).toEqual([]);

    // --- the signup and its outbox row
    const signup = await prisma.signup.findUniqueOrThrow({
      where: { residentId_opportunityId: { residentId: resident.id, opportunityId: opportunity.id } },
    });
    expect(signup).toMatchObject({ status: "new", message });
    expect(signup.contactConsentAt).toBeInstanceOf(Date);
    expect((await prisma.resident.findUniqueOrThrow({ where: { id: resident.id } })).telegramUsername).toBe("anna_k");

    const notification = await waitFor(
      async () =>
        (await prisma.notification.findFirst({
          where: { kind: "signup-created", payload: JSON.stringify({ signupId: signup.id }), status: "sent" },
        })) ?? undefined,
      "the signup-created notification to be sent",
    );
    expect(notification.channel).toBe("slack");
    expect(notification.sentAt).toBeInstanceOf(Date);

    // --- Slack got it, in the organisation's channel (or the network channel)
    const expectedChannel = opportunity.organisation.slackChannel ?? NETWORK_CHANNEL;
    const posts = h.slack.okCalls("chat.postMessage");
    expect(posts).toHaveLength(1);
    const post = posts[0]!;
    expect(post.token).toBe("xoxb-test");
    expect(post.body.channel).toBe(expectedChannel);
    const posted = `${String(post.body.text)}\n${JSON.stringify(post.body.blocks)}`;
    expect(posted).toContain("Anna");
    expect(posted).toContain(opportunity.title);
    expect(posted).toContain(message);
    expect(posted).toContain(text("status-new"));
    expect(posted).toContain("https://t.me/anna_k");
    const stored = [...h.slack.messages.values()].find((candidate) => candidate.channel === expectedChannel);
    expect(stored).toBeDefined();
    expect(notification.externalRef).toBe(`${expectedChannel}:${stored!.ts}`);
  });
});

/** The offer buttons of the "pick an offer" question with the opportunity ids they carry. */
function offerButtons(user: TestUser): Array<{ text: string; id: number }> {
  const markup = user.lastReply().reply_markup;
  const buttons = markup && "inline_keyboard" in markup ? markup.inline_keyboard.flat() : [];
  return buttons.flatMap((button) => {
    const match = "callback_data" in button ? /^recommendations\.pick\|o(\d+)$/.exec(String(button.callback_data)) : null;
    return match ? [{ text: button.text, id: Number(match[1]) }] : [];
  });
}
