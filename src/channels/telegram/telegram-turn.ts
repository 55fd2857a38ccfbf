import type { Context } from "grammy";
import type { ConversationDeps } from "../../conversation/conversation-deps";
import { renderOutputs } from "../../conversation/render";
import { runTurn, type ChannelInput } from "../../conversation/run-turn";
import type { ResidentIdentity } from "../../services/resident/resident-identity";
import { replyWithRendered } from "./conversation-reply";

export function identityOf(ctx: Context): ResidentIdentity {
  const from = ctx.from;
  if (!from) throw new Error("update without sender");
  return {
    channel: "telegram",
    channelUserId: String(from.id),
    firstName: from.first_name,
    telegramUsername: from.username ?? null,
  };
}

/** Runs one conversation turn for a Telegram update and sends the result. */
export async function handleTelegramInput(ctx: Context, deps: ConversationDeps, input: ChannelInput): Promise<void> {
  const result = await runTurn(deps, identityOf(ctx), input, { preferredLocale: ctx.from?.language_code });
  await replyWithRendered(ctx, renderOutputs(deps.translator, result.locale, result.outputs));
}
