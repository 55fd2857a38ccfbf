// Sends what a conversation turn produced. A re-rendered question (a ticked box) edits the
// message the button was on, so the chat does not fill up with copies of the same question.
// A file (the resident's data export) goes out as a document with its caption.
import { InputFile, type Context } from "grammy";
import type { RenderedMessage } from "../../conversation/render";
import { keyboardFor } from "./keyboard";

export async function replyWithRendered(ctx: Context, messages: readonly RenderedMessage[]): Promise<void> {
  for (const message of messages) {
    if (message.document) {
      // Uploaded from memory: the file (a resident's data export) is never written to disk.
      const file = new InputFile(Buffer.from(message.document.content, "utf8"), message.document.fileName);
      await ctx.replyWithDocument(file, message.text ? { caption: message.text } : {});
      continue;
    }
    const keyboard = message.question ? keyboardFor(message.question) : undefined;
    const editable = message.question?.update && ctx.callbackQuery?.message;
    if (editable) {
      await ctx.editMessageText(message.text, { reply_markup: keyboard });
      continue;
    }
    await ctx.reply(message.text, { reply_markup: keyboard, link_preview_options: { is_disabled: true } });
  }
}
