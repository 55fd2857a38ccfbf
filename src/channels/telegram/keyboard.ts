import { InlineKeyboard } from "grammy";
import type { RenderedMessage } from "../../conversation/render";
import { encodeChoice, encodeFinish } from "./callback-data";

/** One button per row reads best on a phone; short vocabularies (yes/no, hours) go two a row. */
export function keyboardFor(question: NonNullable<RenderedMessage["question"]>): InlineKeyboard | undefined {
  if (question.choices.length === 0 && !question.finish) return undefined;
  const keyboard = new InlineKeyboard();
  const perRow = question.choices.every((choice) => choice.text.length <= 14) && question.choices.length > 3 ? 2 : 1;
  question.choices.forEach((choice, index) => {
    const tick = question.kind === "multiple" ? (choice.selected ? "✅ " : "▫️ ") : "";
    keyboard.text(`${tick}${choice.text}`, encodeChoice(question.stepId, choice.value));
    if ((index + 1) % perRow === 0 || question.kind === "confirm") keyboard.row();
  });
  if (question.finish) keyboard.row().text(question.finish, encodeFinish(question.stepId));
  return keyboard;
}
