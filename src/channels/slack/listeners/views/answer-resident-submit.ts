// The coordinator sent the "Antworten" modal: the answer goes to the resident through the outbox,
// and a copy into the conversation's Slack thread, so colleagues see what was said.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { DEFAULT_LOCALE } from "../../../../domain/vocabulary";
import { safeError } from "../../../../logger";
import { answerResident, NotInConversationError, RelayThreadNotFoundError, ResidentGoneError } from "../../../../services/relay/answer-resident";
import { CoordinatorNotResponsibleError, SignupNotFoundError, UnknownCoordinatorError } from "../../../../services/signup/update-signup-status";
import { escapeMrkdwn, mention } from "../../signup-message";
import { ANSWER_BLOCK_ID, ANSWER_INPUT_ID, answerMetadataSchema } from "../actions/open-answer-modal";
import type { SlackListenerDeps } from "../index";

export type AnswerSubmitArgs = Pick<AllMiddlewareArgs, "client"> & Pick<SlackViewMiddlewareArgs, "ack"> & { body: unknown };

const submissionSchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    private_metadata: z.string(),
    state: z.object({
      values: z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullable().optional() }))),
    }),
  }),
});

export function createAnswerSubmitListener(deps: SlackListenerDeps) {
  const { prisma, translator, logger } = deps;
  const locale = deps.locale ?? DEFAULT_LOCALE;
  const t = (key: string, args?: Record<string, string>) => translator.t(locale, key, args);

  /**
   * Where the copy is, so that erasing the resident can replace it there (RelayMessage.slackPostTs).
   * If the resident erased their data in the meantime, nobody will come back for it: replaced at once.
   */
  async function rememberCopy(client: AnswerSubmitArgs["client"], relayMessageId: number, copy: { channel: string; ts: string | undefined }): Promise<void> {
    if (!copy.ts) return;
    const { count } = await prisma.relayMessage.updateMany({ where: { id: relayMessageId }, data: { slackChannel: copy.channel, slackPostTs: copy.ts } });
    if (count === 0) await client.chat.update({ channel: copy.channel, ts: copy.ts, text: t("slack-message-redacted"), blocks: [] });
  }

  return async function answerSubmit({ ack, body, client }: AnswerSubmitArgs): Promise<void> {
    const parsed = submissionSchema.safeParse(body);
    const target = parsed.success ? answerMetadataSchema.safeParse(safeJson(parsed.data.view.private_metadata)) : undefined;
    if (!parsed.success || !target?.success) {
      logger.warn("ignored malformed answer submission");
      await ack({ response_action: "errors", errors: { [ANSWER_BLOCK_ID]: t("slack-error-generic") } });
      return;
    }
    const text = parsed.data.view.state.values[ANSWER_BLOCK_ID]?.[ANSWER_INPUT_ID]?.value?.trim() ?? "";
    if (text === "") {
      await ack({ response_action: "errors", errors: { [ANSWER_BLOCK_ID]: t("slack-answer-empty") } });
      return;
    }
    const userId = parsed.data.user.id;
    let result;
    try {
      result = await answerResident({ prisma, target: target.data, coordinatorSlackUserId: userId, text, now: (deps.now ?? (() => new Date()))(), ...(deps.wakeOutbox ? { wakeOutbox: deps.wakeOutbox } : {}) });
    } catch (error) {
      const key = refusalKey(error);
      if (!key) logger.error({ slackUserId: userId, err: safeError(error) }, "answer to resident failed");
      else logger.warn({ slackUserId: userId, refusal: key }, "answer to resident refused");
      await ack({
        response_action: "errors",
        errors: { [ANSWER_BLOCK_ID]: t(key ?? "slack-error-generic", error instanceof NotInConversationError && error.organisationName ? { organisation: error.organisationName } : undefined) },
      });
      return;
    }
    await ack();
    logger.info({ slackUserId: userId, ...target.data, status: result.status }, "answer to resident queued");
    if (result.status === "sent" && result.slack) {
      const heading = t("slack-answer-posted", { coordinator: mention(userId) });
      try {
        const copy = await client.chat.postMessage({
          channel: result.slack.channel,
          thread_ts: result.slack.ts,
          text: heading,
          blocks: [
            { type: "section", text: { type: "mrkdwn", text: `:outbox_tray: ${heading}` } },
            { type: "section", text: { type: "mrkdwn", text: escapeMrkdwn(text).split("\n").map((line) => `> ${line}`).join("\n") } },
          ],
        });
        await rememberCopy(client, result.relayMessageId, { channel: typeof copy.channel === "string" ? copy.channel : result.slack.channel, ts: copy.ts });
      } catch (error) {
        // The answer is on its way to the resident; only the copy in Slack is missing.
        logger.warn({ err: safeError(error) }, "could not post the answer's copy in the thread");
      }
    }
  };
}

/** The locale key telling the coordinator why the answer was refused; undefined for a failure. */
export function refusalKey(error: unknown): string | undefined {
  if (error instanceof UnknownCoordinatorError) return "slack-error-not-coordinator";
  if (error instanceof CoordinatorNotResponsibleError) return "slack-error-not-responsible";
  if (error instanceof SignupNotFoundError) return "slack-error-not-found";
  if (error instanceof NotInConversationError) return error.organisationName ? "slack-error-not-responsible" : "slack-answer-network-only";
  if (error instanceof RelayThreadNotFoundError) return "slack-error-not-found";
  if (error instanceof ResidentGoneError) return "slack-answer-resident-gone";
  return undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
