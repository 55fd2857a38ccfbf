/**
 * Deep links end to end: a poster's QR code opens https://t.me/<bot>?start=o<id>, and Telegram
 * sends "/start o<id>". Through the local Bot API server and the real grammY bot: a new resident
 * is onboarded and then sees that offer first; a returning one sees it at once; a payload that
 * names no offer (forged, mistyped, an offer that is gone) is a plain /start.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandPayloadOf } from "../../src/channels/telegram/features/conversation";
import { offerPayload } from "../../src/domain/deep-link";
import type { Opportunity } from "../../src/generated/prisma/client";
import { startAppHarness, text, type AppHarness } from "../support/app-harness";
import type { TestUser } from "../support/telegram";

let h: AppHarness;
let offer: Opportunity;
beforeAll(async () => {
  h = await startAppHarness({ slack: false });
  // An offer that takes signups, has no requirements and is far down the list: the bot shows it
  // only because the link names it.
  offer = await h.prisma.opportunity.findFirstOrThrow({
    where: { active: true, pausedAt: null, validUntil: null, capacity: null, requirements: "[]", languagesRequired: "[]" },
    orderBy: { id: "desc" },
  });
});
afterAll(async () => {
  await h?.close();
});

const done = () => text("common-done");

/** The profile questions after consent, answered the same way each time. */
async function answerProfile(user: TestUser): Promise<void> {
  expect(user.lastReply().text).toBe(text("onboarding-interests"));
  await user.tap(text("interest-kinder"));
  await user.tap(done());
  await user.tap(text("slot-weekend-morning"));
  await user.tap(done());
  await user.tap(text("hours-4"));
  await user.tap(text("onboarding-district-any"));
  await user.tap(text("language-de"));
}

async function consent(user: TestUser): Promise<void> {
  expect(user.lastReply().text).toBe(text("onboarding-language-suggest"));
  await user.tap(text("onboarding-language-suggest-yes"));
  expect(user.lastReply().text).toBe(text("onboarding-privacy"));
  await user.tap(text("onboarding-privacy-agree"));
}

/** A resident with a complete profile, resting at the list of recommendations. */
async function returningResident(firstName: string): Promise<TestUser> {
  const user = h.user({ firstName, languageCode: "de" });
  await user.send("/start");
  await consent(user);
  await answerProfile(user);
  await user.tap(done());
  expect(user.lastReply().text).toBe(text("recommendations-pick"));
  return user;
}

/** The offer as the signup flow shows it: its details, then "Möchten Sie bei … mitmachen?". */
function expectOfferShown(replies: string[], opportunity: Opportunity): void {
  expect(replies.at(-2)).toContain(opportunity.title);
  expect(replies.at(-1)).toBe(text("signup-decide", { opportunityTitle: opportunity.title }));
  expect(replies.some((reply) => reply.startsWith(text("recommendations-heading")))).toBe(false);
}

describe("a deep link into the bot", () => {
  it("onboards a new resident and then shows the offer of the link first", async () => {
    const nora = h.user({ firstName: "Nora", languageCode: "de" });
    await nora.send(`/start ${offerPayload(offer.id)}`);
    // The start is the usual one: language, privacy notice, questions.
    await consent(nora);
    await answerProfile(nora);
    const beforeOffer = nora.mark();
    await nora.tap(done());

    const replies = nora.repliesSince(beforeOffer).map((message) => message.text);
    expect(replies[0]).toBe(text("onboarding-profile-saved"));
    expectOfferShown(replies, offer);
    expect(nora.buttons()).toEqual([text("signup-start"), text("signup-back")]);

    // From here it is the signup flow: "back" leads to the recommendations, which were skipped.
    await nora.tap(text("signup-back"));
    expect(nora.lastReply().text).toBe(text("recommendations-pick"));
    const resident = await h.prisma.resident.findFirstOrThrow({ where: { channelUserId: String(nora.id) } });
    expect(resident.profileCompleteAt).toBeInstanceOf(Date);
  });

  it("shows a returning resident the offer at once, even in the middle of another question, and they can sign up", async () => {
    const rolf = await returningResident("Rolf");
    const before = rolf.mark();
    await rolf.send(`/start ${offerPayload(offer.id)}`);

    const replies = rolf.repliesSince(before).map((message) => message.text);
    expect(replies).toHaveLength(2);
    expect(replies).not.toContain(text("onboarding-welcome-back"));
    expectOfferShown(replies, offer);

    const organisationName = (await h.prisma.organisation.findUniqueOrThrow({ where: { id: offer.organisationId } })).name;
    await rolf.tap(text("signup-start"));
    expect(rolf.lastReply().text).toBe(text("signup-contact-consent", { organisationName }));
    await rolf.tap(text("signup-contact-consent-yes"));
    await rolf.tap(text("signup-message-skip"));
    await rolf.tap(text("signup-confirm-yes"));
    expect(rolf.lastReply().text).toBe(text("signup-done", { opportunityTitle: offer.title, organisationName }));
    const resident = await h.prisma.resident.findFirstOrThrow({ where: { channelUserId: String(rolf.id) } });
    expect(await h.prisma.signup.count({ where: { residentId: resident.id, opportunityId: offer.id } })).toBe(1);

    // The link a second time: the offer again, with the note that they are signed up.
    const again = rolf.mark();
    await rolf.send(`/start ${offerPayload(offer.id)}`);
    const secondReplies = rolf.repliesSince(again).map((message) => message.text);
    expect(secondReplies.at(-1)).toBe(text("signup-already"));
  });

  it("treats a payload that names no offer as a plain /start", async () => {
    const missing = (await h.prisma.opportunity.aggregate({ _max: { id: true } }))._max.id! + 1000;
    for (const payload of [offerPayload(missing), "o0", "hallo", "o12 o13", "'; DROP TABLE", "x".repeat(64)]) {
      // A new resident: the usual first question.
      const stranger = h.user({ firstName: "Gast", languageCode: "de" });
      await stranger.send(`/start ${payload}`);
      expect(stranger.replies.map((message) => message.text), payload).toEqual([text("onboarding-language-suggest")]);
    }
    // A returning one: welcome back and the list.
    const paula = await returningResident("Paula");
    const before = paula.mark();
    await paula.send(`/start ${offerPayload(missing)}`);
    const replies = paula.repliesSince(before).map((message) => message.text);
    expect(replies[0]).toBe(text("onboarding-welcome-back"));
    expect(replies.some((reply) => reply.startsWith(text("recommendations-heading")))).toBe(true);
    expect(paula.lastReply().text).toBe(text("recommendations-pick"));
  });

  it("says when the offer of the link takes no signups now, then goes on as usual", async () => {
    const paused = await h.prisma.opportunity.findFirstOrThrow({ where: { active: true, pausedAt: null, id: { not: offer.id } }, orderBy: { id: "asc" } });
    await h.prisma.opportunity.update({ where: { id: paused.id }, data: { pausedAt: new Date() } });
    try {
      const olga = await returningResident("Olga");
      const before = olga.mark();
      await olga.send(`/start ${offerPayload(paused.id)}`);
      const replies = olga.repliesSince(before).map((message) => message.text);
      expect(replies.slice(0, 2)).toEqual([text("signup-unavailable"), text("onboarding-welcome-back")]);
      expect(olga.lastReply().text).toBe(text("recommendations-pick"));

      // A new resident hears it after the questions, before the list.
      const neu = h.user({ firstName: "Neu", languageCode: "de" });
      await neu.send(`/start ${offerPayload(paused.id)}`);
      await consent(neu);
      await answerProfile(neu);
      const beforeList = neu.mark();
      await neu.tap(done());
      const listReplies = neu.repliesSince(beforeList).map((message) => message.text);
      expect(listReplies.slice(0, 2)).toEqual([text("onboarding-profile-saved"), text("signup-unavailable")]);
      expect(neu.lastReply().text).toBe(text("recommendations-pick"));
    } finally {
      await h.prisma.opportunity.update({ where: { id: paused.id }, data: { pausedAt: null } });
    }
  });

  it("forgets the offer of an unfinished deep link when the resident starts over with a plain /start", async () => {
    const lena = h.user({ firstName: "Lena", languageCode: "de" });
    await lena.send(`/start ${offerPayload(offer.id)}`);
    await lena.send("/start");
    await consent(lena);
    await answerProfile(lena);
    await lena.tap(done());
    expect(lena.lastReply().text).toBe(text("recommendations-pick"));
    expect(lena.replies.some((reply) => reply.text === text("signup-decide", { opportunityTitle: offer.title }))).toBe(false);
  });
});

describe("commandPayloadOf", () => {
  it("gives what follows the command, as Telegram sends a deep link", () => {
    expect(commandPayloadOf("/start o12")).toBe("o12");
    expect(commandPayloadOf("/start@lotse_bot o12")).toBe("o12");
    expect(commandPayloadOf("/start  o12 \n")).toBe("o12");
    expect(commandPayloadOf("/start")).toBeUndefined();
    expect(commandPayloadOf("/start ")).toBeUndefined();
  });
});
