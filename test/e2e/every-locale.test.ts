// The whole journey in every bot locale, through the real grammY and Bolt against the local Bot
// API and Slack Web API: /start → language → consent → profile → offers → signup → the Slack
// message → a coordinator's clicks → the resident's notifications (contacted, accepted with the
// organisation's contact, declined with the reason and three alternatives). Every text the resident gets is
// compared with that locale's translation, so a German text leaking into another locale fails.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonText } from "../../src/conversation/present";
import { localizeOpportunity } from "../../src/domain/opportunity-texts";
import { BOT_LOCALES, LOCALES, type BotLocale } from "../../src/domain/vocabulary";
import { updateSignupStatus } from "../../src/services/signup/update-signup-status";
import { onboard, startAppHarness, startSignup, text, waitFor, type AppHarness } from "../support/app-harness";
import { signedSlackRequest, statusClickBody } from "../support/slack/signed-request";

const SIGNING_SECRET = "every-locale-signing-secret";
let h: AppHarness;

beforeAll(async () => {
  h = await startAppHarness({ env: { SLACK_SIGNING_SECRET: SIGNING_SECRET } });
});
afterAll(async () => {
  await h?.close();
});

function clickContacted(options: { coordinator: string; channel: string; ts: string; signupId: number }): RequestInit {
  return signedSlackRequest(statusClickBody(options), SIGNING_SECRET);
}

/** Telegram's language_code of a resident who reads this locale; plain German is chosen from the list. */
function telegramLanguage(locale: BotLocale): string {
  return LOCALES[locale].telegramMenu ? LOCALES[locale].language : "pt";
}

describe.each(BOT_LOCALES)("the journey in %s", (locale) => {
  it("speaks the resident's language from /start to the coordinator's answer", async () => {
    const t = (key: string, args?: Record<string, string | number>) => text(key, args, locale);
    const resident = h.user({ firstName: "Sami", languageCode: telegramLanguage(locale) });

    await resident.send("/start");
    // The proposal for the language Telegram names, or the list (in German and English) for plain German.
    if (LOCALES[locale].telegramMenu) {
      expect(resident.lastReply().text).toBe(t("onboarding-language-suggest"));
      expect(resident.buttons()).toEqual([t("onboarding-language-suggest-yes"), t("onboarding-language-other")]);
    } else {
      expect(resident.lastReply().text).toBe(text("onboarding-language"));
      expect(resident.buttons()).toEqual(BOT_LOCALES.map((code) => text(`locale-name-${code}`)));
    }
    const mark = resident.mark();
    await onboard(resident, { locale, languages: [LOCALES[locale].language], started: true });
    const replies = resident.repliesSince(mark).map((reply) => reply.text);
    expect(replies[0]).toBe(t("onboarding-privacy"));
    expect(replies).toContain(t("onboarding-interests"));
    expect(replies).toContain(t("onboarding-languages"));
    expect(resident.lastReply().text).toBe(t("recommendations-pick"));

    // The offers in the resident's language: the seed translates every one of them.
    const offers = resident.repliesSince(mark).find((reply) => reply.text.startsWith(t("recommendations-heading")));
    expect(offers, "the list of offers").toBeDefined();
    expect(offers!.text).not.toContain(t("offer-german-only"));
    const firstButton = resident.buttons()[0]!;
    const opportunities = await h.prisma.opportunity.findMany({ include: { translations: { where: { locale } }, organisation: true } });
    const first = opportunities.find((opportunity) => firstButton === buttonText(`1. ${h.app.deps.translator.isolate(locale, localizeOpportunity(opportunity, locale).title)}`));
    expect(first, `an offer titled like the button ${JSON.stringify(firstButton)}`).toBeDefined();
    if (locale !== "de") expect(first!.translations).toHaveLength(1);

    await startSignup(resident, /^1\. /, locale);
    await resident.tap(t("signup-message-skip"));
    await resident.tap(t("signup-confirm-yes"));
    const signup = await h.prisma.signup.findFirstOrThrow({ where: { resident: { channelUserId: String(resident.id) } } });
    expect(signup.opportunityId).toBe(first!.id);

    // Coordinators read German, and see which language the resident chose.
    const post = await waitFor(
      () => h.slack.okCalls("chat.postMessage").find((call) => JSON.stringify(call.body.blocks).includes(`"value":"${signup.id}"`)),
      "the signup's Slack message",
    );
    const blocks = JSON.stringify(post.body.blocks);
    expect(blocks).toContain(text("slack-signup-field-bot-language"));
    expect(blocks).toContain(locale === "de-x-simple" ? text("locale-name-de-x-simple") : text(`language-${LOCALES[locale].language}`));

    const coordinator = await h.prisma.coordinator.findFirstOrThrow({ where: { OR: [{ organisationId: first!.organisationId }, { organisationId: null }] } });
    const stored = await waitFor(async () => (await h.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } })).slackTs ?? undefined, "the Slack message on the signup");
    const told = resident.mark();
    const response = await fetch(`http://127.0.0.1:${h.port}/slack/events`, clickContacted({ coordinator: coordinator.slackUserId, channel: String(post.body.channel), ts: stored, signupId: signup.id }));
    expect(response.status).toBe(200);

    const notice = await resident.waitForReply({ since: told });
    const args = { title: localizeOpportunity(first!, locale).title, organisation: first!.organisation.name };
    expect(notice.text).toBe(t("notify-signup-contacted", args));
    expect(resident.buttons(notice.message_id)).toEqual([t("notify-button-ask")]);

    // Accepted: the next steps and the organisation's contact, framed in the resident's language.
    const accepted = resident.mark();
    const click = signedSlackRequest(statusClickBody({ coordinator: coordinator.slackUserId, channel: String(post.body.channel), ts: stored, signupId: signup.id, actionId: "signup_status_accepted" }), SIGNING_SECRET);
    expect((await fetch(`http://127.0.0.1:${h.port}/slack/events`, click)).status).toBe(200);
    const welcome = await resident.waitForReply({ since: accepted });
    expect(welcome.text).toContain(t("notify-signup-accepted", args));
    expect(welcome.text).toContain(t("notify-contact-heading", { organisation: first!.organisation.name }));
    expect(welcome.text).toContain(t("notify-contact-address", { value: first!.organisation.address }));

    // Declined later, with a reason: the reason as written, the alternatives in the resident's language.
    const declined = resident.mark();
    await updateSignupStatus({ prisma: h.prisma, signupId: signup.id, status: "declined", coordinatorSlackUserId: coordinator.slackUserId, reason: "Leider voll.", wakeOutbox: h.app.deps.wakeOutbox });
    const sorry = await resident.waitForReply({ since: declined });
    expect(sorry.text).toContain(t("notify-signup-declined", args));
    expect(sorry.text).toContain(t("notify-decline-reason", { reason: "Leider voll." }));
    expect(sorry.text).toContain(t("notify-alternatives"));
    const alternatives = resident.buttons(sorry.message_id);
    expect(alternatives).toHaveLength(3);
    const translated = new Set(opportunities.map((opportunity) => buttonText(localizeOpportunity(opportunity, locale).title)));
    for (const label of alternatives) expect(translated, label).toContain(label);
  });
});

describe("an offer without a translation", () => {
  it("shows the German text with a note in the resident's language, and the note only there", async () => {
    const resident = h.user({ firstName: "Olha", languageCode: "uk" });
    // The network added an offer and has not translated it yet: every uk translation gone.
    const removed = await h.prisma.opportunityTranslation.findMany({ where: { locale: "uk" } });
    await h.prisma.opportunityTranslation.deleteMany({ where: { locale: "uk" } });
    try {
      await onboard(resident, { locale: "uk", languages: ["uk"] });
      const list = resident.replies.find((reply) => reply.text.startsWith(text("recommendations-heading", {}, "uk")))!;
      expect(list.text).toContain(text("offer-german-only", {}, "uk"));
      const firstButton = resident.buttons()[0]!;
      const german = await h.prisma.opportunity.findMany({ select: { title: true } });
      expect(german.some((opportunity) => firstButton === buttonText(`1. ${opportunity.title}`))).toBe(true);
    } finally {
      await h.prisma.opportunityTranslation.createMany({ data: removed });
    }
  });
});
