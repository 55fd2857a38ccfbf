// Inline button payloads: "<step id>|<value>" or "<step id>|*" for the done/skip button.
// They come back from Telegram as untrusted input, so they are parsed, never trusted; the step
// id lets the engine recognise a button of an earlier question.
import { z } from "zod";

const FINISH = "*";
const callbackDataSchema = z
  .string()
  .max(64)
  .regex(/^[a-z][a-z0-9_-]{0,30}\|(\*|[A-Za-z0-9_-]{1,31})$/);

export type ButtonPress = { stepId: string; finish: true } | { stepId: string; finish: false; value: string };

export function encodeChoice(stepId: string, value: string): string {
  return `${stepId}|${value}`;
}

export function encodeFinish(stepId: string): string {
  return `${stepId}|${FINISH}`;
}

/** null for anything we did not send: old bot versions, forged payloads. */
export function decodeButtonPress(data: string): ButtonPress | null {
  if (!callbackDataSchema.safeParse(data).success) return null;
  const [stepId, value] = data.split("|") as [string, string];
  return value === FINISH ? { stepId, finish: true } : { stepId, finish: false, value };
}
