// /lotse: the coordinators' tools in Slack. Every answer is ephemeral (only the caller sees it),
// and every figure and list is limited to the caller's organisations (all of them for the
// network team); a Slack user who is not a registered coordinator gets no data at all.
//
//   /lotse offen                         open signups, oldest first
//   /lotse statistik [tage]              figures of the last days (default 30, 1–365)
//   /lotse angebot pausieren <slug>      stop offering an opportunity; aktivieren resumes it
//   /lotse nachricht <slug>              a modal to write to the accepted volunteers
//   /lotse export                        the signups as CSV, into the caller's direct messages
//   /lotse hilfe                         usage (also for anything unknown)
import type { AllMiddlewareArgs, RespondFn, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { SLACK_USER_ID } from "../../../../domain/slack-ids";
import { DEFAULT_LOCALE, SIGNUP_STATUSES, type SignupStatus } from "../../../../domain/vocabulary";
import { DEFAULT_STATE, DEFAULT_TIME_ZONE } from "../../../../domain/working-days";
import { safeError } from "../../../../logger";
import { NoVolunteersError, prepareBroadcast } from "../../../../services/coordinator/broadcast-to-volunteers";
import { exportSignups, type ExportColumn } from "../../../../services/coordinator/export-signups";
import { findCoordinatorScope, NotACoordinatorError, type CoordinatorScope } from "../../../../services/coordinator/find-coordinator-scope";
import { OpportunityNotFoundError, OpportunityNotInScopeError } from "../../../../services/coordinator/find-scoped-opportunity";
import { listOpenSignups } from "../../../../services/coordinator/list-open-signups";
import { setOpportunityPaused } from "../../../../services/coordinator/set-opportunity-paused";
import { signupStatistics, STATISTICS_DEFAULT_DAYS, statisticsDaysSchema } from "../../../../services/coordinator/signup-statistics";
import { openSignupsText, statisticsParagraphs, translate, type T } from "../../coordinator-texts";
import { escapeMrkdwn } from "../../signup-message";
import type { SlackListenerDeps } from "../index";
import { buildBroadcastModal } from "../views/broadcast-submit";

export const LOTSE_COMMAND = "/lotse";

/** Offer slugs as the network file writes them (lowercase words joined by hyphens). */
const slugArgument = z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const daysArgument = z.string().regex(/^\d{1,3}$/).transform(Number).pipe(statisticsDaysSchema);

export type LotseCommand =
  | { kind: "help"; unknown: boolean }
  | { kind: "open" }
  | { kind: "statistics"; days: number }
  | { kind: "pause"; slug: string }
  | { kind: "resume"; slug: string }
  | { kind: "broadcast"; slug: string }
  | { kind: "export" }
  /** A known sub-command with a wrong argument: its own hint rather than the whole usage. */
  | { kind: "invalid"; hint: "days" | "slug"; command: string };

const lotseCommandSchema = z.union([
  z.tuple([]).transform((): LotseCommand => ({ kind: "help", unknown: false })),
  z.tuple([z.literal(["hilfe", "help"])]).transform((): LotseCommand => ({ kind: "help", unknown: false })),
  z.tuple([z.literal("offen")]).transform((): LotseCommand => ({ kind: "open" })),
  z.tuple([z.literal("statistik"), daysArgument.optional()]).transform(([, days]): LotseCommand => ({ kind: "statistics", days: days ?? STATISTICS_DEFAULT_DAYS })),
  z.tuple([z.literal("angebot"), z.literal("pausieren"), slugArgument]).transform(([, , slug]): LotseCommand => ({ kind: "pause", slug })),
  z.tuple([z.literal("angebot"), z.literal("aktivieren"), slugArgument]).transform(([, , slug]): LotseCommand => ({ kind: "resume", slug })),
  z.tuple([z.literal("nachricht"), slugArgument]).transform(([, slug]): LotseCommand => ({ kind: "broadcast", slug })),
  z.tuple([z.literal("export")]).transform((): LotseCommand => ({ kind: "export" })),
]);

/** The command's text, split into words; sub-command names in any case, slugs are lowercase anyway. */
export function parseLotseCommand(text: string): LotseCommand {
  const words = text.trim().toLowerCase().split(/\s+/).filter((word) => word !== "");
  const parsed = lotseCommandSchema.safeParse(words);
  if (parsed.success) return parsed.data;
  const [first, second] = words;
  if (first === "statistik") return { kind: "invalid", hint: "days", command: "statistik" };
  if (first === "nachricht") return { kind: "invalid", hint: "slug", command: "nachricht" };
  if (first === "angebot" && (second === "pausieren" || second === "aktivieren")) return { kind: "invalid", hint: "slug", command: `angebot ${second}` };
  return { kind: "help", unknown: true };
}

// Only what we read; a slash command is a form, Slack sends more fields than these.
const commandBodySchema = z.object({
  user_id: z.string().regex(SLACK_USER_ID),
  text: z.string().max(4000).default(""),
  trigger_id: z.string().min(1),
  channel_id: z.string().min(1).optional(),
  response_url: z.string().min(1).optional(),
});

export type LotseCommandArgs = Pick<AllMiddlewareArgs, "client"> & Pick<SlackCommandMiddlewareArgs, "ack"> & { body: unknown; respond?: RespondFn };

export function createLotseCommandListener(deps: SlackListenerDeps) {
  const { prisma, translator, logger } = deps;
  const t = translate(translator, deps.locale ?? DEFAULT_LOCALE);
  const now = deps.now ?? (() => new Date());
  const calendar = { state: deps.state ?? DEFAULT_STATE, timeZone: deps.timeZone ?? DEFAULT_TIME_ZONE };

  return async function lotse({ ack, body, client, respond }: LotseCommandArgs): Promise<void> {
    // Slack shows the user an error unless we answer within 3 seconds; the answer follows via response_url.
    await ack();
    const parsed = commandBodySchema.safeParse(body);
    if (!parsed.success) {
      logger.warn({ issues: parsed.error.issues.map((issue) => issue.path.join(".")) }, "ignored malformed /lotse command");
      return;
    }
    const { user_id: userId, trigger_id: triggerId, channel_id: channelId } = parsed.data;
    const command = parseLotseCommand(parsed.data.text);
    const log = { slackUserId: userId, command: command.kind };

    const reply = async (text: string) => {
      try {
        if (respond && parsed.data.response_url) await respond({ response_type: "ephemeral", text });
        else if (channelId) await client.chat.postEphemeral({ channel: channelId, user: userId, text });
      } catch (error) {
        logger.warn({ ...log, err: safeError(error) }, "could not answer /lotse");
      }
    };

    if (command.kind === "help") {
      await reply(command.unknown ? `${t("slack-lotse-unknown")}\n\n${t("slack-lotse-help")}` : t("slack-lotse-help"));
      return;
    }
    if (command.kind === "invalid") {
      await reply(command.hint === "days" ? t("slack-lotse-invalid-days") : t("slack-lotse-invalid-slug", { command: command.command }));
      return;
    }

    try {
      const scope = await findCoordinatorScope({ prisma, slackUserId: userId });
      const answer = await run(command, scope);
      if (answer !== null) await reply(answer);
      logger.info(log, "/lotse answered");
    } catch (error) {
      if (error instanceof NotACoordinatorError) {
        logger.warn(log, "/lotse by unregistered Slack user");
        await reply(t("slack-lotse-not-coordinator"));
      } else if (error instanceof OpportunityNotInScopeError) {
        logger.warn(log, "/lotse on another organisation's opportunity");
        await reply(t("slack-opportunity-not-yours", { slug: escapeMrkdwn(error.slug), organisation: escapeMrkdwn(error.organisationName) }));
      } else if (error instanceof OpportunityNotFoundError) {
        await reply(t("slack-opportunity-not-found", { slug: escapeMrkdwn(error.slug) }));
      } else {
        logger.error({ ...log, err: safeError(error) }, "/lotse failed");
        await reply(t("slack-error-generic"));
      }
    }

    /** The answer to show, or null when the sub-command answered in another way (a modal). */
    async function run(command: Exclude<LotseCommand, { kind: "help" | "invalid" }>, scope: CoordinatorScope): Promise<string | null> {
      switch (command.kind) {
        case "open":
          return openSignupsText(await listOpenSignups({ prisma, scope, now: now() }), t);
        case "statistics":
          return statisticsParagraphs(await signupStatistics({ prisma, scope, now: now(), days: command.days }), t, calendar.timeZone).join("\n\n");
        case "pause":
        case "resume": {
          const result = await setOpportunityPaused({ prisma, scope, slug: command.slug, paused: command.kind === "pause", now: now() });
          logger.info({ ...log, opportunityId: result.opportunityId, changed: result.changed }, result.paused ? "opportunity paused" : "opportunity resumed");
          const args = { title: escapeMrkdwn(result.title), organisation: escapeMrkdwn(result.organisationName), slug: escapeMrkdwn(result.slug) };
          if (result.paused) return t(result.changed ? "slack-pause-done" : "slack-pause-already", args);
          const text = t(result.changed ? "slack-resume-done" : "slack-resume-already", args);
          return result.active ? text : `${text}\n${t("slack-resume-inactive")}`;
        }
        case "broadcast":
          return openBroadcastModal(command.slug, scope);
        case "export":
          return sendExport(scope);
      }
    }

    async function openBroadcastModal(slug: string, scope: CoordinatorScope): Promise<string | null> {
      try {
        const target = await prepareBroadcast({ prisma, scope, slug });
        await client.views.open({ trigger_id: triggerId, view: buildBroadcastModal(target, t) });
        return null;
      } catch (error) {
        if (!(error instanceof NoVolunteersError)) throw error;
        const opportunity = await prisma.opportunity.findUnique({ where: { slug }, select: { title: true } });
        return t("slack-broadcast-no-volunteers", { title: escapeMrkdwn(opportunity?.title ?? slug) });
      }
    }

    async function sendExport(scope: CoordinatorScope): Promise<string> {
      const { csv, rows } = await exportSignups({ prisma, scope, labels: exportLabels(t), timeZone: calendar.timeZone });
      try {
        // Into the caller's direct messages with the app, never the channel the command was typed
        // in: the file holds names and contacts that only the organisation may see.
        const conversation = await client.conversations.open({ users: userId });
        const dm = conversation.channel?.id;
        if (!dm) throw new Error("conversations.open returned no channel");
        await client.files.uploadV2({
          channel_id: dm,
          file: Buffer.from(csv, "utf8"),
          filename: `anmeldungen-${isoDate(now(), calendar.timeZone)}.csv`,
          initial_comment: t("slack-export-comment", { count: rows }),
        });
      } catch (error) {
        logger.error({ ...log, err: safeError(error) }, "signup export upload failed");
        return t("slack-export-failed");
      }
      logger.info({ ...log, rows }, "signups exported");
      return t("slack-export-sent");
    }
  };
}

function exportLabels(t: T): { headers: Record<ExportColumn, string>; status: Record<SignupStatus, string> } {
  return {
    headers: {
      signupId: t("slack-export-header-signup-id"),
      createdAt: t("slack-export-header-created"),
      status: t("slack-export-header-status"),
      statusChangedAt: t("slack-export-header-status-changed"),
      opportunitySlug: t("slack-export-header-opportunity-slug"),
      opportunityTitle: t("slack-export-header-opportunity-title"),
      organisation: t("slack-export-header-organisation"),
      firstName: t("slack-export-header-first-name"),
      telegramUsername: t("slack-export-header-telegram"),
    },
    status: Object.fromEntries(SIGNUP_STATUSES.map((status) => [status, t(`status-${status}`)])) as Record<SignupStatus, string>,
  };
}

/** "2026-11-03" in the city's zone. */
function isoDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}
