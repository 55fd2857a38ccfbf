// What the listeners for a signup's buttons and dialogues share: reading Slack's bodies (checked
// with zod, never trusted), the refusals a coordinator is told, and re-rendering the signup's
// message in place after a change, from the database state.
import type { WebClient } from "@slack/web-api";
import { z } from "zod";
import { DEFAULT_LOCALE, type BotLocale, type SignupStatus } from "../../../domain/vocabulary";
import { safeError } from "../../../logger";
import { CertificateNotRequiredError, CertificateSignupNotAcceptedError } from "../../../services/signup/record-certificate-check";
import { CoordinatorNotResponsibleError, SignupNotFoundError, SignupStatusTransitionError, UnknownCoordinatorError } from "../../../services/signup/update-signup-status";
import { loadSignupView } from "../load-signup-view";
import { buildSignupMessage } from "../signup-message";
import type { SlackListenerDeps } from "./index";
import { issuePaths } from "../../../logging/zod-issues";

const signupIdValue = z.string().regex(/^[1-9]\d{0,9}$/);

// Only what we read. Slack sends much more; zod drops the rest.
const buttonBodySchema = z.object({
  type: z.literal("block_actions"),
  user: z.object({ id: z.string().min(1) }),
  trigger_id: z.string().min(1).max(200).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: signupIdValue })).min(1),
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z.object({ channel_id: z.string().optional(), message_ts: z.string().optional() }).optional(),
  message: z.object({ ts: z.string() }).optional(),
});

export interface SignupButtonClick {
  userId: string;
  actionId: string;
  signupId: number;
  /** For views.open; Slack accepts it for 3 seconds. */
  triggerId: string | undefined;
  /** Where an ephemeral answer goes. */
  channelId: string | undefined;
  /** The signup message the button is under, to update it in place. */
  message: { channel: string; ts: string } | null;
}

/** A click on one of a signup message's buttons, or the paths of what is wrong with the body. */
export function parseSignupButton(body: unknown): { ok: true; click: SignupButtonClick } | { ok: false; issues: string[] } {
  const parsed = buttonBodySchema.safeParse(body);
  if (!parsed.success) return { ok: false, issues: issuePaths(parsed.error) };
  const { user, actions, trigger_id: triggerId } = parsed.data;
  const action = actions[0]!;
  const channelId = parsed.data.channel?.id ?? parsed.data.container?.channel_id;
  const messageTs = parsed.data.container?.message_ts ?? parsed.data.message?.ts;
  return {
    ok: true,
    click: {
      userId: user.id,
      actionId: action.action_id,
      signupId: Number(action.value),
      triggerId,
      channelId,
      message: channelId && messageTs ? { channel: channelId, ts: messageTs } : null,
    },
  };
}

const viewSubmissionSchema = z.object({
  type: z.literal("view_submission"),
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    callback_id: z.string(),
    private_metadata: z.string().max(3000).default(""),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.unknown())) }),
  }),
});

export interface ViewSubmission {
  userId: string;
  privateMetadata: string;
  /** state.values: block id → action id → the element's value object (checked by each listener). */
  values: Record<string, Record<string, unknown>>;
}

export function parseViewSubmission(body: unknown): { ok: true; submission: ViewSubmission } | { ok: false; issues: string[] } {
  const parsed = viewSubmissionSchema.safeParse(body);
  if (!parsed.success) return { ok: false, issues: issuePaths(parsed.error) };
  return { ok: true, submission: { userId: parsed.data.user.id, privateMetadata: parsed.data.view.private_metadata, values: parsed.data.view.state.values } };
}

export interface Refusal {
  key: string;
  args?: Record<string, string>;
  /** Whether the signup message is out of date and should be re-rendered (the status moved on). */
  refresh: boolean;
  /** For the log: what happened, without personal data. */
  logMessage: string;
}

/**
 * What a coordinator is told when a service refused (not allowed, gone, status moved on), or
 * undefined for an unexpected error, which the caller logs and answers with slack-error-generic.
 */
export function refusalOf(error: unknown, statusLabel: (status: SignupStatus) => string): Refusal | undefined {
  if (error instanceof UnknownCoordinatorError) {
    return { key: "slack-error-not-coordinator", refresh: false, logMessage: "signup action by unregistered Slack user" };
  }
  if (error instanceof CoordinatorNotResponsibleError) {
    return { key: "slack-error-not-responsible", args: { organisation: error.organisationName }, refresh: false, logMessage: "signup action by coordinator of another organisation" };
  }
  if (error instanceof SignupStatusTransitionError) {
    // Usually the message is out of date (the resident withdrew meanwhile): show the current state.
    return { key: "slack-error-transition", args: { from: statusLabel(error.from), to: statusLabel(error.to) }, refresh: true, logMessage: "status change not allowed" };
  }
  if (error instanceof SignupNotFoundError) {
    return { key: "slack-error-not-found", refresh: false, logMessage: "signup action on a signup that does not exist" };
  }
  if (error instanceof CertificateSignupNotAcceptedError) {
    return { key: "slack-certificate-error-not-accepted", args: { status: statusLabel(error.status) }, refresh: true, logMessage: "certificate for a signup that is not accepted" };
  }
  if (error instanceof CertificateNotRequiredError) {
    return { key: "slack-certificate-error-not-required", refresh: true, logMessage: "certificate for an opportunity that requires none" };
  }
  return undefined;
}

/** The translator bound to the coordinators' language, and the status labels. */
export function coordinatorTexts(deps: SlackListenerDeps) {
  const locale: BotLocale = deps.locale ?? DEFAULT_LOCALE;
  const t = (key: string, args?: Record<string, string>) => deps.translator.t(locale, key, args);
  return { locale, t, statusLabel: (status: SignupStatus) => t(`status-${status}`) };
}

/** An answer only the clicking user sees; a failure to send it is logged, not thrown. */
export async function tellEphemeral(
  deps: SlackListenerDeps,
  client: WebClient,
  target: { channelId: string | undefined; userId: string },
  text: string,
  log: Record<string, unknown>,
): Promise<void> {
  if (!target.channelId) return;
  try {
    await client.chat.postEphemeral({ channel: target.channelId, user: target.userId, text });
  } catch (error) {
    deps.logger.warn({ ...log, err: safeError(error) }, "could not send ephemeral answer");
  }
}

/**
 * A service refused a button's work (or failed): the clicking user is told so ephemerally, and
 * a message that is out of date is re-rendered. Unexpected errors are logged with safeError.
 */
export async function answerButtonFailure(
  deps: SlackListenerDeps,
  client: WebClient,
  click: SignupButtonClick,
  error: unknown,
  log: Record<string, unknown>,
): Promise<void> {
  const { t, statusLabel } = coordinatorTexts(deps);
  const refusal = refusalOf(error, statusLabel);
  if (!refusal) {
    deps.logger.error({ ...log, err: safeError(error) }, "signup action failed");
    await tellEphemeral(deps, client, click, t("slack-error-generic"), log);
    return;
  }
  deps.logger.warn(log, refusal.logMessage);
  await tellEphemeral(deps, client, click, t(refusal.key, refusal.args), log);
  if (refusal.refresh) await refreshSignupMessage(deps, client, click.signupId, click.message, log);
}

/**
 * Re-renders the signup's message in place from the current database state. The change is saved
 * whether or not this works; a failure only leaves the message stale, so it is logged.
 */
export async function refreshSignupMessage(
  deps: SlackListenerDeps,
  client: WebClient,
  signupId: number,
  message: { channel: string; ts: string } | null,
  log: Record<string, unknown>,
): Promise<void> {
  const { locale } = coordinatorTexts(deps);
  try {
    const loaded = await loadSignupView(deps.prisma, signupId);
    if (!loaded) return;
    // The message the outbox posted for this signup, where known: a dialogue's metadata names it
    // too, but only the database knows for sure which message belongs to which signup.
    const target = loaded.slackMessage ?? message;
    if (!target) {
      deps.logger.warn(log, "no signup message to update");
      return;
    }
    await client.chat.update({ channel: target.channel, ts: target.ts, ...buildSignupMessage(loaded.view, { translator: deps.translator, locale }) });
  } catch (error) {
    deps.logger.warn({ ...log, err: safeError(error) }, "could not update the signup message");
  }
}
