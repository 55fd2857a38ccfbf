// A coordinator replies in the Slack thread of a conversation with a resident (Events API
// "message"): the reply goes to the resident. Only threads of a conversation are relayed —
// coordinators' talk in other threads stays in Slack — and only replies of people who may answer
// there; anyone else is told privately that nothing was passed on.
import type { AllMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { DEFAULT_LOCALE } from "../../../../domain/vocabulary";
import { safeError } from "../../../../logger";
import { answerResident, findRelayThreadBySlackThread } from "../../../../services/relay/answer-resident";
import { refusalKey } from "../views/answer-resident-submit";
import type { SlackListenerDeps } from "../index";

export type ThreadReplyArgs = Pick<AllMiddlewareArgs, "client"> & { event: unknown };

// A person's plain message in a thread: no subtype (edits, joins, bot posts have one), no bot_id.
const threadReplySchema = z.object({
  type: z.literal("message"),
  subtype: z.undefined().optional(),
  bot_id: z.undefined().optional(),
  user: z.string().min(1),
  text: z.string().min(1),
  ts: z.string().min(1),
  thread_ts: z.string().min(1),
  channel: z.string().min(1),
});

export function createRelayThreadReplyListener(deps: SlackListenerDeps) {
  const { prisma, translator, logger } = deps;
  const locale = deps.locale ?? DEFAULT_LOCALE;

  return async function relayThreadReply({ event, client }: ThreadReplyArgs): Promise<void> {
    const parsed = threadReplySchema.safeParse(event);
    // Not a person's reply in a thread (the thread's first message, an edit, our own posts): not ours.
    if (!parsed.success || parsed.data.thread_ts === parsed.data.ts) return;
    const reply = parsed.data;
    const thread = await findRelayThreadBySlackThread(prisma, { channel: reply.channel, threadTs: reply.thread_ts });
    if (!thread) return;

    const tell = async (key: string, args?: Record<string, string>) => {
      try {
        await client.chat.postEphemeral({ channel: reply.channel, user: reply.user, thread_ts: reply.thread_ts, text: translator.t(locale, key, args) });
      } catch (error) {
        logger.warn({ err: safeError(error) }, "could not send ephemeral answer");
      }
    };
    try {
      const result = await answerResident({
        prisma,
        target: { threadId: thread.id },
        coordinatorSlackUserId: reply.user,
        text: reply.text,
        slackEventTs: reply.ts,
        now: (deps.now ?? (() => new Date()))(),
        ...(deps.wakeOutbox ? { wakeOutbox: deps.wakeOutbox } : {}),
      });
      logger.info({ threadId: thread.id, slackUserId: reply.user, status: result.status }, "thread reply relayed to resident");
      if (result.status === "sent") await tell("slack-answer-relayed");
    } catch (error) {
      const key = refusalKey(error);
      if (!key) {
        logger.error({ threadId: thread.id, err: safeError(error) }, "relaying a thread reply failed");
        await tell("slack-error-generic");
        return;
      }
      logger.warn({ threadId: thread.id, slackUserId: reply.user, refusal: key }, "thread reply not relayed");
      await tell("slack-answer-not-relayed");
    }
  };
}
