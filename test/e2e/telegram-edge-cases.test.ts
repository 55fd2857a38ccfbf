/**
 * What residents do besides the happy path, end to end through real grammY long polling:
 * typing where a button is expected, old and forged buttons, double taps, over-long
 * messages, withdrawing, erasing, switching language, stickers, and Telegram answering
 * with errors. One app for the file; every test has a resident of its own.
 */
import { BOT_LOCALES } from "../../src/domain/vocabulary";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackDataOf, onboard, startAppHarness, startSignup, text, waitFor, type AppHarness } from "../support/app-harness";
import type { TestUser } from "../support/telegram";

let h: AppHarness;
beforeAll(async () => {
  h = await startAppHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The status as /meine shows it to the resident. */
const residentStatus = (status: string) => text(`my-signups-status-${status}`);

const texts = (messages: ReadonlyArray<{ text: string }>) => messages.map((message) => message.text);

async function residentOf(user: TestUser) {
  return h.prisma.resident.findUnique({ where: { channel_channelUserId: { channel: "telegram", channelUserId: String(user.id) } } });
}

/** Onboards the user and signs them up for the first offer; returns the signup row. */
async function signUp(user: TestUser, message: string) {
  await onboard(user);
  await startSignup(user);
  await user.send(message);
  await user.tap(text("signup-confirm-yes"));
  expect(user.lastReply().text).toContain(text("signup-done", { organisationName: "" }).split("\n")[0]!);
  const resident = await residentOf(user);
  return h.prisma.signup.findFirstOrThrow({ where: { residentId: resident!.id }, include: { opportunity: { include: { organisation: true } } } });
}

/** Waits until the outbox sent the notification of this kind for the signup. */
function sentNotification(kind: string, signupId: number) {
  return waitFor(
    async () => (await h.prisma.notification.findFirst({ where: { kind, payload: JSON.stringify({ signupId }), status: "sent" } })) ?? undefined,
    `the ${kind} notification of signup ${signupId} to be sent`,
  );
}

describe("answers that do not fit the question", () => {
  it("answers text where a button is expected with a hint and the same question again", async () => {
    const user = h.user({ firstName: "Bea" });
    await user.send("/start");
    const mark = user.mark();

    await user.send("Deutsch bitte");

    expect(texts(user.repliesSince(mark))).toEqual([text("common-use-buttons"), text("onboarding-language")]);
    expect(user.buttons()).toEqual(BOT_LOCALES.map((locale) => text(`locale-name-${locale}`)));
    // The question asked again works as before.
    await user.tap(text("locale-name-de"));
    expect(user.lastReply().text).toBe(text("onboarding-privacy"));
  });

  it("answers a message without text (a sticker) with the hint and the question again", async () => {
    const user = h.user({ firstName: "Cem" });
    await user.send("/start");
    const mark = user.mark();

    await h.telegram.dispatchUpdate(stickerUpdate(user), { description: `sticker from user ${user.id}` });

    expect(texts(user.repliesSince(mark))).toEqual([text("common-use-buttons"), text("onboarding-language")]);
  });

  it("answers an unknown command with the help text", async () => {
    const user = h.user({ firstName: "Dana" });
    await user.send("/foo");
    expect(texts(user.replies)).toEqual([text("help-text")]);
  });

  it("answers an unknown command in the middle of a question with a hint and the same question", async () => {
    const user = h.user({ firstName: "Gerd" });
    await user.send("/start");
    await user.tap(text("locale-name-de"));
    await user.tap(text("onboarding-privacy-agree"));
    const mark = user.mark();

    await user.send("/angebot");

    expect(texts(user.repliesSince(mark))).toEqual([text("common-unknown-command"), text("onboarding-interests")]);
    await user.tap(text("interest-kinder"));
    expect(user.buttons()).toContain(`✅ ${text("interest-kinder")}`);
  });

  it("answers an old button with a short note when nothing is asked", async () => {
    const user = h.user({ firstName: "Hanne" });
    await user.send("/start");
    const languageQuestion = user.lastReply();
    await user.send("/hilfe");
    const mark = user.mark();

    await user.tap(text("locale-name-de"), { messageId: languageQuestion.message_id });

    expect(texts(user.repliesSince(mark))).toEqual([text("common-stale-button-idle")]);
  });

  it("refuses an over-long signup message naming the limit, then takes a short one", async () => {
    const user = h.user({ firstName: "Emil" });
    await onboard(user);
    await startSignup(user);
    const question = user.lastReply().text;
    expect(user.buttons()).toEqual([text("signup-message-skip")]);

    const long = "Ich freue mich sehr auf die Aufgabe und habe viel Erfahrung mit Kindern. ".repeat(8).trim();
    expect(long.length).toBeGreaterThan(500);
    const mark = user.mark();
    await user.send(long);

    const [refusal, again] = texts(user.repliesSince(mark));
    expect(refusal).toBe(text("common-too-long", { limit: 500, length: long.length }));
    expect(refusal).toContain("500");
    expect(again).toBe(question);

    await user.send("Bis bald!");
    expect(user.buttons()).toEqual([text("signup-confirm-yes"), text("signup-confirm-no")]);
    await user.tap(text("signup-confirm-yes"));
    const resident = await residentOf(user);
    const signups = await h.prisma.signup.findMany({ where: { residentId: resident!.id } });
    expect(signups).toHaveLength(1);
    expect(signups[0]?.message).toBe("Bis bald!");
  });
});

describe("old, forged and repeated buttons", () => {
  it("meets a button of an earlier question and forged data with a note and the current question", async () => {
    const user = h.user({ firstName: "Fiona" });
    await user.send("/start");
    const languageQuestion = user.lastReply();
    await user.tap(text("locale-name-de"));
    expect(user.lastReply().text).toBe(text("onboarding-privacy"));

    // The language buttons are still on screen; tapping one again is stale.
    let mark = user.mark();
    await user.tap(text("locale-name-en"), { messageId: languageQuestion.message_id });
    expect(texts(user.repliesSince(mark))).toEqual([text("common-stale-button"), text("onboarding-privacy")]);

    // Data we never sent, well-formed data of a question not asked yet, and a button of the
    // previous bot version ("<step>|<value>", without the flow).
    for (const data of ["xyz", "onboarding.hours|4", "onboarding.privacy|yes|", "hours|4", "privacy|yes"]) {
      mark = user.mark();
      await user.tapData(data);
      expect(texts(user.repliesSince(mark)), data).toEqual([text("common-stale-button"), text("onboarding-privacy")]);
    }

    // Every tap was answered (no spinning buttons), nothing was stored, and the flow goes on.
    expect(user.unansweredCallbackQueries).toEqual([]);
    expect(await residentOf(user)).toBeNull();
    await user.tap(text("onboarding-privacy-agree"));
    expect(user.lastReply().text).toBe(text("onboarding-interests"));
    expect((await residentOf(user))?.locale).toBe("de");
  });

  it("signs up once when the final confirm button arrives twice", async () => {
    const user = h.user({ firstName: "Gero" });
    await onboard(user);
    await startSignup(user);
    await user.send("Ich komme gern.");
    const confirm = user.lastReply();
    const yes = callbackDataOf(user, text("signup-confirm-yes"), confirm.message_id);

    await Promise.all([user.tapData(yes, confirm.message_id), user.tapData(yes, confirm.message_id)]);

    const resident = await residentOf(user);
    const signups = await h.prisma.signup.findMany({ where: { residentId: resident!.id } });
    expect(signups).toHaveLength(1);
    const notifications = await h.prisma.notification.findMany({
      where: { kind: "signup-created", payload: JSON.stringify({ signupId: signups[0]!.id }) },
    });
    expect(notifications).toHaveLength(1);
    const doneTexts = texts(user.replies).filter((message) => message.startsWith(text("signup-done", { organisationName: "X" }).split("\n")[0]!));
    expect(doneTexts).toHaveLength(1);
    expect(user.unansweredCallbackQueries).toEqual([]);
    await sentNotification("signup-created", signups[0]!.id);
    expect(h.slack.okCalls("chat.postMessage").filter((call) => JSON.stringify(call.body.blocks).includes("Ich komme gern."))).toHaveLength(1);
  });

  it("does not let an old \"Ja, anmelden\" button answer /loeschen's confirmation (both steps are called confirm)", async () => {
    const user = h.user({ firstName: "Paula" });
    await onboard(user);
    await startSignup(user);
    await user.send("Gern am Wochenende.");
    // The signup's last question (flows/signup.yaml, step "confirm"); the resident does not answer it …
    const signupConfirm = user.lastReply();
    expect(user.buttons(signupConfirm.message_id)).toEqual([text("signup-confirm-yes"), text("signup-confirm-no")]);
    const signMeUp = callbackDataOf(user, text("signup-confirm-yes"), signupConfirm.message_id);

    // … but asks to erase everything (flows/erase.yaml, also step "confirm") and then taps the old button.
    await user.send("/loeschen");
    expect(user.lastReply().text).toBe(text("erase-confirm"));
    let mark = user.mark();
    await user.tap(text("signup-confirm-yes"), { messageId: signupConfirm.message_id });

    expect(texts(user.repliesSince(mark))).toEqual([text("common-stale-button"), text("erase-confirm")]);
    const resident = await residentOf(user);
    expect(resident).not.toBeNull();
    expect(resident?.profileCompleteAt).toBeInstanceOf(Date);
    expect(await h.prisma.signup.count({ where: { residentId: resident!.id } })).toBe(0);

    // The button as the previous bot version sent it ("<step>|<value>", without the flow) is stale too.
    expect(signMeUp).not.toBe("confirm|yes");
    mark = user.mark();
    await user.tapData("confirm|yes", signupConfirm.message_id);
    expect(texts(user.repliesSince(mark))).toEqual([text("common-stale-button"), text("erase-confirm")]);
    expect(await residentOf(user)).not.toBeNull();
    expect(user.unansweredCallbackQueries).toEqual([]);

    // The erase question's own button still works: "no" keeps everything.
    await user.tap(text("erase-confirm-no"));
    expect(user.lastReply().text).toBe(text("erase-kept"));
    expect((await residentOf(user))?.id).toBe(resident!.id);
  });
});

describe("a resident's own data", () => {
  it("lists the signup under /meine and withdraws it", async () => {
    const user = h.user({ firstName: "Hanna" });
    const signup = await signUp(user, "Ich bin flexibel.");
    const title = signup.opportunity.title;
    // The coordinators' message exists before the withdrawal, so the withdrawal updates it.
    const created = await sentNotification("signup-created", signup.id);

    let mark = user.mark();
    await user.send("/meine");
    const [list, question] = texts(user.repliesSince(mark));
    expect(list).toContain(text("my-signups-heading"));
    expect(list).toContain(text("my-signups-item", { title, organisation: signup.opportunity.organisation.name, status: residentStatus("new") }));
    expect(question).toBe(text("my-signups-choose"));
    expect(user.buttons()).toHaveLength(2);
    expect(user.buttons()[1]).toBe(text("my-signups-close"));

    await user.tap(user.buttons()[0]!);
    expect(user.lastReply().text).toBe(text("my-signups-withdraw-confirm"));
    await user.tap(text("my-signups-withdraw-yes"));
    expect(user.lastReply().text).toBe(text("my-signups-withdrawn"));

    expect((await h.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } })).status).toBe("withdrawn");
    const withdrawn = await sentNotification("signup-withdrawn", signup.id);
    expect(withdrawn.channel).toBe("slack");
    // Slack: the original message is updated (no buttons, status withdrawn) and a thread reply tells the readers.
    const [channel, ts] = created.externalRef!.split(":");
    const update = h.slack.okCalls("chat.update").find((call) => call.body.ts === ts);
    expect(update?.body.channel).toBe(channel);
    expect(JSON.stringify(update?.body.blocks)).toContain(text("status-withdrawn"));
    expect(h.slack.okCalls("chat.postMessage").some((call) => call.body.thread_ts === ts)).toBe(true);

    // Listed again, the signup shows its new status and offers nothing to withdraw.
    mark = user.mark();
    await user.send("/meine");
    const after = texts(user.repliesSince(mark));
    expect(after).toHaveLength(1);
    expect(after[0]).toContain(text("my-signups-item", { title, organisation: signup.opportunity.organisation.name, status: residentStatus("withdrawn") }));
  });

  it("erases the resident on /loeschen, keeps the signup anonymised, and starts fresh afterwards", async () => {
    const user = h.user({ firstName: "Ida", username: "ida_m" });
    const signup = await signUp(user, "Bitte per Telegram melden.");
    const resident = await residentOf(user);
    expect(await h.prisma.conversation.count({ where: { channelUserId: String(user.id) } })).toBe(0);

    await user.send("/loeschen");
    expect(user.lastReply().text).toBe(text("erase-confirm"));
    // Mid-flow, the conversation is stored …
    expect(await h.prisma.conversation.count({ where: { channelUserId: String(user.id) } })).toBe(1);
    await user.tap(text("erase-confirm-yes"));
    expect(user.lastReply().text).toBe(text("erase-done"));

    // … and after the erasure nothing about the person is left.
    expect(await h.prisma.resident.findUnique({ where: { id: resident!.id } })).toBeNull();
    expect(await h.prisma.conversation.count({ where: { channelUserId: String(user.id) } })).toBe(0);
    const kept = await h.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } });
    expect(kept).toMatchObject({ residentId: null, message: null, status: "withdrawn" });
    expect(kept.anonymisedAt).toBeInstanceOf(Date);
    expect(await h.prisma.notification.count({ where: { kind: "signup-withdrawn", payload: JSON.stringify({ signupId: signup.id }) } })).toBe(1);

    // The same person comes back: language question, consent again, no answers preselected.
    const mark = user.mark();
    await user.send("/start");
    expect(texts(user.repliesSince(mark))).toEqual([text("onboarding-language")]);
    await user.tap(text("locale-name-de"));
    expect(user.lastReply().text).toBe(text("onboarding-privacy"));
    await user.tap(text("onboarding-privacy-agree"));
    expect(user.lastReply().text).toBe(text("onboarding-interests"));
    expect(user.buttons().filter((button) => button.startsWith("✅"))).toEqual([]);
    const fresh = await residentOf(user);
    expect(fresh?.id).not.toBe(resident!.id);
    expect(fresh?.profileCompleteAt).toBeNull();
  });

  it("switches to English with /sprache", async () => {
    const user = h.user({ firstName: "Jan" });
    await onboard(user);

    await user.send("/sprache");
    expect(user.lastReply().text).toBe(text("language-choose"));
    await user.tap(text("locale-name-en"));
    expect(user.lastReply().text).toBe(text("language-changed", {}, "en"));
    expect((await residentOf(user))?.locale).toBe("en");

    await user.send("/hilfe");
    expect(user.lastReply().text).toBe(text("help-text", {}, "en"));
    const mark = user.mark();
    await user.send("/angebote");
    const offers = texts(user.repliesSince(mark));
    expect(offers[0]?.startsWith(text("recommendations-heading", {}, "en"))).toBe(true);
    expect(user.lastReply().text).toBe(text("recommendations-pick", {}, "en"));
  });

  it("goes on to the privacy notice in the new language when /sprache comes before consent", async () => {
    const user = h.user({ firstName: "Olena", languageCode: "de" });

    await user.send("/sprache");
    const mark = user.mark();
    await user.tap(text("locale-name-en"));

    expect(texts(user.repliesSince(mark))).toEqual([text("language-changed", {}, "en"), text("onboarding-privacy", {}, "en")]);
    expect(await residentOf(user)).toBeNull();
    await user.tap(text("onboarding-privacy-agree", {}, "en"));
    expect(user.lastReply().text).toBe(text("onboarding-interests", {}, "en"));
    expect((await residentOf(user))?.locale).toBe("en");
  });
});

describe("Telegram answering with errors", () => {
  it("does not retry a send that failed with HTTP 500, and keeps running", async () => {
    const user = h.user({ firstName: "Kai" });
    const since = h.telegram.calls.length;
    h.telegram.failNext("sendMessage", { error_code: 500, description: "Internal Server Error" });

    await user.send("/hilfe");

    const sends = h.telegram.calls.slice(since).filter((call) => call.method === "sendMessage" && call.payload.chat_id === user.chatId);
    // Exactly one attempt at the help text (the failed one); then the apology went out.
    expect(sends.map((call) => call.payload.text)).toEqual([text("help-text"), text("common-error")]);
    expect(texts(user.replies)).toEqual([text("common-error")]);

    await user.send("/hilfe");
    expect(user.lastReply().text).toBe(text("help-text"));
  });

  it("retries a 429 after retry_after and delivers the reply once", async () => {
    const user = h.user({ firstName: "Lea" });
    const since = h.telegram.calls.length;
    h.telegram.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 0", parameters: { retry_after: 0 } });

    await user.send("/hilfe");

    const sends = h.telegram.calls.slice(since).filter((call) => call.method === "sendMessage" && call.payload.chat_id === user.chatId);
    expect(sends.map((call) => call.payload.text)).toEqual([text("help-text"), text("help-text")]);
    expect(texts(user.replies)).toEqual([text("help-text")]);
  });

  it("gives up after a bounded number of 429s", async () => {
    const user = h.user({ firstName: "Mia" });
    const since = h.telegram.calls.length;
    h.telegram.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 0", parameters: { retry_after: 0 } }, 3);

    await user.send("/hilfe");

    const sends = h.telegram.calls.slice(since).filter((call) => call.method === "sendMessage" && call.payload.chat_id === user.chatId);
    // One attempt and two retries, then the apology.
    expect(sends.map((call) => call.payload.text)).toEqual([text("help-text"), text("help-text"), text("help-text"), text("common-error")]);
    expect(texts(user.replies)).toEqual([text("common-error")]);
  });
});

/** A message without text, as a sticker arrives from Telegram. */
function stickerUpdate(user: TestUser): Omit<Update, "update_id"> {
  const message = {
    message_id: 90_000 + user.mark(),
    from: user.user,
    chat: { id: user.chatId, type: "private" as const, first_name: user.user.first_name },
    date: Math.floor(Date.now() / 1000),
    sticker: {
      file_id: "CAACAgIAAxkBAAEBsticker",
      file_unique_id: "AgADsticker",
      type: "regular" as const,
      width: 512,
      height: 512,
      is_animated: false,
      is_video: false,
      emoji: "👍",
    },
  };
  return { message } as Omit<Update, "update_id">;
}
