// Actions behind the buttons of messages the bot sends on its own (release notice, check-in) and
// behind "Frage an das Team". Values come from buttons, so they are untrusted: each service
// checks that the signup, check-in or conversation is this resident's.
import type { ActionResult, DynamicOption } from "../../domain/flows/engine";
import { looksForSomethingElse } from "../../domain/check-ins";
import { PRIVACY_VERSION } from "../../domain/vocabulary";
import { answerCheckIn, CheckInNotFoundError } from "../../services/check-in/answer-check-in";
import { askTeam, QuestionTopicNotFoundError, type QuestionTopic } from "../../services/relay/ask-team";
import { findResident, findResidentId } from "../../services/resident/find-resident";
import { keepSignup, SignupNotWaitingError } from "../../services/signup/keep-signup";
import { listResidentSignups } from "../../services/signup/list-resident-signups";
import { SignupNotWithdrawableError, withdrawSignup } from "../../services/signup/withdraw-signup";
import type { ActionContext } from "../conversation-deps";
import { buttonText, localizedTitle } from "../present";
import { parseSignupValue, signupValue } from "./signup-actions";

/** Button values of a check-in ("c4") and of a conversation with the team ("t3"). */
export function checkInValue(checkInId: number): string {
  return `c${checkInId}`;
}
export function threadValue(threadId: number): string {
  return `t${threadId}`;
}
function parseIdValue(prefix: "c" | "t", value: unknown): number | null {
  const match = typeof value === "string" ? new RegExp(`^${prefix}(\\d{1,9})$`).exec(value) : null;
  return match ? Number(match[1]) : null;
}

export async function keepOrWithdrawSignup(context: ActionContext): Promise<ActionResult> {
  const resident = await findResidentId(context.prisma, context.identity);
  const signupId = parseSignupValue(context.slots.signupChoice);
  const choice = context.slots.waitingChoice;
  if (!resident || signupId === null || (choice !== "keep" && choice !== "withdraw")) return { slots: { waitingResult: "answered" } };
  const options = { prisma: context.prisma, residentId: resident.id, signupId, now: context.now(), wakeOutbox: context.wakeOutbox };
  try {
    if (choice === "keep") {
      await keepSignup(options);
      return { slots: { waitingResult: "kept" } };
    }
    await withdrawSignup(options);
    return { slots: { waitingResult: "withdrawn" } };
  } catch (error) {
    // Answered, withdrawn or erased meanwhile: the resident hears that it has moved on.
    if (error instanceof SignupNotWaitingError || error instanceof SignupNotWithdrawableError) return { slots: { waitingResult: "answered" } };
    throw error;
  }
}

export async function answerCheckInAction(context: ActionContext): Promise<ActionResult> {
  const resident = await findResidentId(context.prisma, context.identity);
  const checkInId = parseIdValue("c", context.slots.checkInChoice);
  const answer = context.slots.checkInAnswer;
  if (!resident || checkInId === null || typeof answer !== "string") return { slots: { checkInResult: "unknown" } };
  try {
    const result = await answerCheckIn({ prisma: context.prisma, residentId: resident.id, checkInId, answer, now: context.now(), wakeOutbox: context.wakeOutbox });
    if (!result.recorded) return { slots: { checkInResult: "already" } };
    return { slots: { checkInResult: looksForSomethingElse(result.answer) ? "looking" : "thanks" } };
  } catch (error) {
    if (error instanceof CheckInNotFoundError) return { slots: { checkInResult: "unknown" } };
    throw error;
  }
}

/**
 * What the resident can ask about: each signup (its organisation's team), and the network.
 * A topic that came with the button ("s7", "t3") is taken as chosen when it is the resident's.
 */
export async function loadQuestionTopics(context: ActionContext): Promise<ActionResult> {
  const { translator, locale } = context;
  const resident = await findResident(context.prisma, context.identity);
  if (!resident || resident.consentAt === null || resident.consentVersion !== PRIVACY_VERSION) return { slots: { hasResident: false } };
  const signups = await listResidentSignups(context.prisma, resident.id, locale);
  const topics: DynamicOption[] = signups.map((signup) => ({
    value: signupValue(signup.id),
    text: buttonText(translator.t(locale, "question-topic-signup", { title: localizedTitle(signup.opportunity, locale), organisation: signup.opportunity.organisation.name })),
  }));
  const given = context.slots.questionTopic;
  const threadId = parseIdValue("t", given);
  const ownThread = threadId !== null && (await context.prisma.relayThread.count({ where: { id: threadId, residentId: resident.id } })) > 0;
  const topicChosen = ownThread || topics.some((topic) => topic.value === given);
  return {
    slots: {
      hasResident: true,
      topics,
      // Without signups the only team to ask is the network's.
      topicChosen: topicChosen || topics.length === 0,
      questionTopic: topicChosen ? (given as string) : topics.length === 0 ? "network" : null,
    },
  };
}

export async function sendQuestion(context: ActionContext): Promise<ActionResult> {
  const resident = await findResidentId(context.prisma, context.identity);
  const text = context.slots.questionText;
  const topic = topicOf(context.slots.questionTopic);
  if (!resident || typeof text !== "string" || !topic) return { slots: { questionResult: "failed" } };
  try {
    await askTeam({ prisma: context.prisma, residentId: resident.id, topic, text, now: context.now(), wakeOutbox: context.wakeOutbox });
  } catch (error) {
    if (error instanceof QuestionTopicNotFoundError) return { slots: { questionResult: "failed" } };
    throw error;
  }
  // The text is in the database and on its way; the conversation state need not keep it.
  return { slots: { questionResult: "sent", questionText: null, questionTopic: null } };
}

function topicOf(value: unknown): QuestionTopic | null {
  if (value === "network") return { kind: "network" };
  const signupId = parseSignupValue(value);
  if (signupId !== null) return { kind: "signup", signupId };
  const threadId = parseIdValue("t", value);
  return threadId !== null ? { kind: "thread", threadId } : null;
}
