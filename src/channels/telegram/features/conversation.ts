// Everything a resident writes or taps in a private chat goes into the conversation.
import { Composer } from "grammy";
import type { ConversationDeps } from "../../../conversation/conversation-deps";
import type { ChannelInput } from "../../../conversation/run-turn";
import { answerButtonPress } from "../callback-answer";
import { decodeButtonPress, decodeEntryPress } from "../callback-data";
import { handleTelegramInput } from "../telegram-turn";

export function conversationFeature(deps: ConversationDeps): Composer<import("grammy").Context> {
  const composer = new Composer();
  const privateChats = composer.chatType("private");

  privateChats.on("message:text", async (ctx) => {
    const command = commandOf(ctx.message.text, ctx.me.username);
    if (command !== null) return handleTelegramInput(ctx, deps, { type: "command", command, payload: commandPayloadOf(ctx.message.text) });
    return handleTelegramInput(ctx, deps, { type: "text", text: ctx.message.text });
  });

  privateChats.on("callback_query:data", async (ctx) => {
    // The button's answer goes out alongside the turn, not before it: the spinner stops as soon as
    // Telegram has the answer, and the reply does not wait a round trip for it. Never rejects.
    const answered = answerButtonPress(ctx, deps.logger);
    try {
      await handleTelegramInput(ctx, deps, buttonInput(ctx.callbackQuery.data));
    } finally {
      await answered;
    }
  });

  // Photos, voice messages, stickers: the current question again with a hint (or help when idle).
  privateChats.on("message", async (ctx) => handleTelegramInput(ctx, deps, { type: "text", text: "" }));

  return composer;
}

/** What a pressed button means for the conversation. */
function buttonInput(data: string): ChannelInput {
  const entry = decodeEntryPress(data);
  if (entry) return { type: "entry", ...entry };
  const press = decodeButtonPress(data);
  // A payload we did not send (forged, or an old bot version's "<step>|<value>") gets the same
  // treatment as a stale button: the current question again. "-" is no flow or step id, so the
  // engine never takes it for the current question.
  if (!press) return { type: "choice", flowId: "-", stepId: "-", value: "-" };
  const question = { flowId: press.flowId, stepId: press.stepId };
  if (press.finish) return { type: "finish", ...question };
  return { type: "choice", ...question, value: press.value };
}

/** "/start", "/start@lotse_bot payload" → "start"; a command for another bot or plain text → null. */
export function commandOf(text: string, botUsername: string): string | null {
  const match = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?:\s|$)/.exec(text);
  if (!match) return null;
  if (match[2] && match[2].toLowerCase() !== botUsername.toLowerCase()) return null;
  return match[1]!.toLowerCase();
}

/**
 * What follows the command: "/start o12" → "o12" (a deep link, t.me/<bot>?start=o12), undefined
 * when nothing does. Untrusted; the conversation decides what it means (src/domain/deep-link.ts).
 */
export function commandPayloadOf(text: string): string | undefined {
  const match = /^\/\S+\s+(\S[\s\S]*)$/.exec(text);
  return match ? match[1]!.trim() : undefined;
}
