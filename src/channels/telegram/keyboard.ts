import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { RenderedMessage } from "../../conversation/render";
import { encodeChoice, encodeFinish } from "./callback-data";

/**
 * One button per row reads best on a phone; many short labels (hours, languages) go two a
 * row so the keyboard fits the screen. The done/skip button always has a row of its own.
 */
export function keyboardFor(question: NonNullable<RenderedMessage["question"]>): InlineKeyboard | undefined {
  if (question.choices.length === 0 && !question.finish) return undefined;
  const perRow = question.kind !== "confirm" && question.choices.length > 3 && question.choices.every((choice) => choice.text.length <= 16) ? 2 : 1;
  const buttons = question.choices.map((choice): InlineKeyboardButton => {
    const tick = question.kind === "multiple" ? (choice.selected ? "✅ " : "▫️ ") : "";
    return InlineKeyboard.text(`${tick}${choice.text}`, encodeChoice(question, choice.value));
  });
  const rows: InlineKeyboardButton[][] = [];
  for (let index = 0; index < buttons.length; index += perRow) rows.push(buttons.slice(index, index + perRow));
  if (question.finish) rows.push([InlineKeyboard.text(question.finish, encodeFinish(question))]);
  return InlineKeyboard.from(rows);
}
