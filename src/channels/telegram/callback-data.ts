// Inline button payloads: "<flow id>.<step id>|<value>", or "<flow id>.<step id>|*" for the
// done/skip button ("signup.confirm|yes", "onboarding.interests|*"). Both ids, because step ids
// repeat across flows: "confirm" is the last question of signup and the question of erase, and
// a button naming only the step let an old "Ja, anmelden" answer /loeschen.
//
// The parts cannot run into each other: flow and step ids are identifiers
// ([a-z][a-z0-9_-]*, src/domain/flows/flow-schema.ts) without "." or "|", and option values
// (fixed values, "o12" for an offer, "s7" for a signup, district slugs, locale codes) use
// letters, digits, "-" and "_" only, never "*". Telegram allows at most 64 bytes; the format is
// ASCII, so characters are bytes (test/channels/telegram/callback-data.test.ts checks that
// every button the flows can produce fits).
//
// Buttons in messages the bot sends on its own (a status notice, a check-in, an answer from the
// team) belong to no question the chat is at; they start a flow instead: ">signup|o12",
// ">check-in|c4|started". The flow declares which slots such values fill (`entry` in its file).
//
// Payloads come back from Telegram as untrusted input: they are parsed, never trusted. Anything
// else, including the "<step id>|<value>" buttons of earlier versions of the bot, decodes to
// null and is answered as a stale button.
import { z } from "zod";
import type { QuestionRef } from "../../domain/flows/engine";

/** Telegram's limit for callback_data, in bytes. */
export const MAX_CALLBACK_DATA_BYTES = 64;
const FINISH = "*";
/** The first character of an entry button's payload. */
const ENTRY_MARK = ">";

const BUTTON_PRESS = /^[a-z][a-z0-9_-]*\.[a-z][a-z0-9_-]*\|(\*|[A-Za-z0-9_-]+)$/;

const callbackDataSchema = z
  .string()
  .max(MAX_CALLBACK_DATA_BYTES)
  .regex(BUTTON_PRESS)
  .transform((data): ButtonPress => {
    // The regex leaves exactly one "." (after the flow id) before the one "|".
    const dot = data.indexOf(".");
    const bar = data.indexOf("|");
    const question = { flowId: data.slice(0, dot), stepId: data.slice(dot + 1, bar) };
    const value = data.slice(bar + 1);
    return value === FINISH ? { ...question, finish: true } : { ...question, finish: false, value };
  });

export type ButtonPress = (QuestionRef & { finish: true }) | (QuestionRef & { finish: false; value: string });

const entrySchema = z
  .string()
  .max(MAX_CALLBACK_DATA_BYTES)
  .regex(/^>[a-z][a-z0-9_-]*(?:\|[A-Za-z0-9_-]+){1,3}$/)
  .transform((data): EntryPress => {
    const [flowId, ...values] = data.slice(1).split("|");
    return { flowId: flowId!, values };
  });

/** A button that starts a flow with the values for its entry slots. */
export interface EntryPress {
  flowId: string;
  values: string[];
}

/** A button payload we would not be able to read back: a bug in a flow or an option source, not input. */
export class CallbackDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CallbackDataError";
  }
}

export function encodeChoice(question: QuestionRef, value: string): string {
  if (value === FINISH) throw new CallbackDataError(`"${FINISH}" is the done/skip button, not a value`);
  return checked(`${question.flowId}.${question.stepId}|${value}`);
}

export function encodeFinish(question: QuestionRef): string {
  return checked(`${question.flowId}.${question.stepId}|${FINISH}`);
}

export function encodeEntry(flowId: string, values: readonly string[]): string {
  const data = `${ENTRY_MARK}${flowId}|${values.join("|")}`;
  // Each value on its own: "a|b" would read back as two.
  if (!values.every((value) => /^[A-Za-z0-9_-]+$/.test(value)) || !entrySchema.safeParse(data).success) {
    throw new CallbackDataError(`button data ${JSON.stringify(data)} is not ">flow|value…" within ${MAX_CALLBACK_DATA_BYTES} bytes`);
  }
  return data;
}

/** The entry button's flow and values, or null when `data` is no entry button. Never throws. */
export function decodeEntryPress(data: unknown): EntryPress | null {
  // Most presses answer a question: they are turned away by their first character here, before
  // a failed parse builds its error (the schema checks the rest of what does start so).
  if (typeof data !== "string" || !data.startsWith(ENTRY_MARK)) return null;
  const parsed = entrySchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** null for anything we did not send: buttons of earlier bot versions, forged payloads. Never throws. */
export function decodeButtonPress(data: unknown): ButtonPress | null {
  const parsed = callbackDataSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/**
 * A button whose payload would not decode (too long, a value with other characters) could never
 * be answered; Telegram would reject one over 64 bytes anyway. Fail loudly where it is made.
 * The schema's own two checks, without building the decoded press: every button of every reply
 * passes here.
 */
function checked(data: string): string {
  if (data.length > MAX_CALLBACK_DATA_BYTES || !BUTTON_PRESS.test(data)) {
    throw new CallbackDataError(`button data ${JSON.stringify(data)} is not "<flow>.<step>|<value>" within ${MAX_CALLBACK_DATA_BYTES} bytes`);
  }
  return data;
}
