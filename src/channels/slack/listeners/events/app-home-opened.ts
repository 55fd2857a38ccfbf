// A coordinator opens the app's Home tab (Events API app_home_opened): it is published afresh
// with their open signups, the overdue ones first, and the figures of the last 30 days, all of
// their organisations only. Anybody else sees a short note that they are not registered.
import type { AllMiddlewareArgs, types } from "@slack/bolt";
import { z } from "zod";
import { SLACK_USER_ID } from "../../../../domain/slack-ids";
import { DEFAULT_LOCALE } from "../../../../domain/vocabulary";
import { DEFAULT_STATE, DEFAULT_TIME_ZONE } from "../../../../domain/working-days";
import { safeError } from "../../../../logger";
import { findCoordinatorScope, NotACoordinatorError } from "../../../../services/coordinator/find-coordinator-scope";
import { listOpenSignups } from "../../../../services/coordinator/list-open-signups";
import { signupStatistics, STATISTICS_DEFAULT_DAYS } from "../../../../services/coordinator/signup-statistics";
import { openSignupLines, statisticsParagraphs, translate, type T } from "../../coordinator-texts";
import type { SlackListenerDeps } from "../index";

export type AppHomeOpenedArgs = Pick<AllMiddlewareArgs, "client"> & { event: unknown };

const appHomeOpenedSchema = z.object({
  type: z.literal("app_home_opened"),
  user: z.string().regex(SLACK_USER_ID),
  /** "home" or "messages"; only the Home tab is ours to draw. */
  tab: z.string().optional(),
});

/** A section's text may have 3000 characters; lines are packed into sections below that. */
const SECTION_MAX = 2900;
/** Reminder working days when the deps name none (SIGNUP_REMINDER_WORKING_DAYS's default). */
const DEFAULT_REMINDER_WORKING_DAYS = 2;

export function createAppHomeOpenedListener(deps: SlackListenerDeps) {
  const { prisma, translator, logger } = deps;
  const t = translate(translator, deps.locale ?? DEFAULT_LOCALE);
  const now = deps.now ?? (() => new Date());
  const calendar = { state: deps.state ?? DEFAULT_STATE, timeZone: deps.timeZone ?? DEFAULT_TIME_ZONE };
  const reminderWorkingDays = deps.reminderWorkingDays ?? DEFAULT_REMINDER_WORKING_DAYS;

  return async function appHomeOpened({ event, client }: AppHomeOpenedArgs): Promise<void> {
    const parsed = appHomeOpenedSchema.safeParse(event);
    if (!parsed.success || (parsed.data.tab !== undefined && parsed.data.tab !== "home")) return;
    const userId = parsed.data.user;
    const log = { slackUserId: userId };

    let blocks: types.KnownBlock[];
    try {
      blocks = await homeBlocks(userId);
    } catch (error) {
      logger.error({ ...log, err: safeError(error) }, "could not build the App Home");
      return;
    }
    try {
      await client.views.publish({ user_id: userId, view: { type: "home", blocks } });
    } catch (error) {
      logger.warn({ ...log, err: safeError(error) }, "could not publish the App Home");
    }
  };

  async function homeBlocks(userId: string): Promise<types.KnownBlock[]> {
    const blocks: types.KnownBlock[] = [{ type: "header", block_id: "home_header", text: { type: "plain_text", text: t("slack-home-heading") } }];
    let scope;
    try {
      scope = await findCoordinatorScope({ prisma, slackUserId: userId });
    } catch (error) {
      if (!(error instanceof NotACoordinatorError)) throw error;
      blocks.push(section("home_not_coordinator", t("slack-home-not-coordinator")));
      return blocks;
    }
    const at = now();
    const [open, stats] = await Promise.all([
      listOpenSignups({ prisma, scope, now: at, overdue: { reminderWorkingDays, calendar }, order: "overdue-first" }),
      signupStatistics({ prisma, scope, now: at, days: STATISTICS_DEFAULT_DAYS }),
    ]);
    packLines([t("slack-open-heading", { count: open.length }), ...openSignupLines(open, t)]).forEach((text, index) => blocks.push(section(`home_open_${index}`, text)));
    blocks.push({ type: "divider" });
    statisticsParagraphs(stats, t, calendar.timeZone).forEach((text, index) => blocks.push(section(`home_stats_${index}`, text.slice(0, SECTION_MAX))));
    blocks.push({ type: "context", block_id: "home_footer", elements: [{ type: "mrkdwn", text: footer(at, t) }] });
    return blocks;
  }

  function footer(at: Date, tr: T): string {
    const time = new Intl.DateTimeFormat("de-DE", { timeZone: calendar.timeZone, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(at);
    return tr("slack-home-footer", { time });
  }
}

function section(blockId: string, text: string): types.KnownBlock {
  return { type: "section", block_id: blockId, text: { type: "mrkdwn", text } };
}

/** Lines joined into as few texts as fit a section each. */
function packLines(lines: readonly string[]): string[] {
  const packed: string[] = [];
  let current = "";
  for (const line of lines) {
    const candidate = current === "" ? line : `${current}\n${line}`;
    if (candidate.length > SECTION_MAX && current !== "") {
      packed.push(current);
      current = line.slice(0, SECTION_MAX);
    } else {
      current = candidate.slice(0, SECTION_MAX);
    }
  }
  if (current !== "") packed.push(current);
  return packed;
}
