// What /lotse and the App Home show, as Slack mrkdwn: the open signups and the statistics.
// Pure: service results and a translator in, text out, so the slash command and the App Home
// say the same. Everything that came from outside (titles, names) is escaped here.
import type { CheckInAnswer, CheckInKind } from "../../domain/check-ins";
import { DEFAULT_TIME_ZONE } from "../../domain/working-days";
import type { BotLocale } from "../../domain/vocabulary";
import type { MessageArgs, Translator } from "../../i18n/translator";
import type { OpenSignupItem } from "../../services/coordinator/list-open-signups";
import type { SignupStatistics, StatisticsFigures } from "../../services/coordinator/signup-statistics";
import { escapeMrkdwn } from "./signup-message";

export type T = (key: string, args?: MessageArgs) => string;

export function translate(translator: Translator, locale: BotLocale): T {
  return (key, args) => translator.t(locale, key, args);
}

/** A response or a section stays well inside Slack's limits (3000 characters per section text). */
export const OPEN_SIGNUPS_SHOWN = 25;

/** One line per open signup, oldest (or overdue) first; at most `limit`, then how many more. */
export function openSignupLines(items: readonly OpenSignupItem[], t: T, limit = OPEN_SIGNUPS_SHOWN): string[] {
  if (items.length === 0) return [t("slack-open-none")];
  const lines = items.slice(0, limit).map((item) => {
    const who =
      item.resident === null ? `_${t("slack-open-anonymised")}_` : item.resident.firstName ? escapeMrkdwn(item.resident.firstName) : `_${t("slack-open-no-first-name")}_`;
    const line = t("slack-open-item", {
      // Strings, not numbers: Fluent would group digits ("1.234") in German.
      id: String(item.signupId),
      title: escapeMrkdwn(item.opportunity.title),
      organisation: escapeMrkdwn(item.organisationName),
      status: t(`status-${item.status}`),
      age: t("slack-open-age", { days: item.ageDays }),
      who,
    });
    return item.overdue ? `:warning: *${t("slack-open-overdue")}* · ${line}` : `• ${line}`;
  });
  if (items.length > limit) lines.push(t("slack-open-more", { count: items.length - limit }));
  return lines;
}

export function openSignupsText(items: readonly OpenSignupItem[], t: T): string {
  return [t("slack-open-heading", { count: items.length }), ...openSignupLines(items, t)].join("\n");
}

/** Labels of the check-in answers; the compiler asks for a label when an answer is added. */
const CHECK_IN_ANSWER_KEYS = {
  started: "slack-stats-check-in-started",
  "not-yet": "slack-stats-check-in-not-yet",
  failed: "slack-stats-check-in-failed",
  "still-in": "slack-stats-check-in-still-in",
  stopped: "slack-stats-check-in-stopped",
} as const satisfies Record<CheckInAnswer, string>;
const CHECK_IN_KIND_KEYS = {
  "two-weeks": "slack-stats-check-in-two-weeks",
  "three-months": "slack-stats-check-in-three-months",
} as const satisfies Record<CheckInKind, string>;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** "42 Minuten", "5 Stunden", "2,5 Tagen": the unit that reads best for the size. */
export function durationText(ms: number, t: T): string {
  if (ms < 90 * MINUTE_MS) return t("slack-duration-minutes", { count: Math.max(0, Math.round(ms / MINUTE_MS)) });
  if (ms < 48 * HOUR_MS) return t("slack-duration-hours", { count: Math.round(ms / HOUR_MS) });
  return t("slack-duration-days", { count: Math.round((ms / (24 * HOUR_MS)) * 10) / 10 });
}

function figureLines(figures: StatisticsFigures, t: T): string[] {
  const { signups, firstAnswer } = figures;
  const lines = [
    t("slack-stats-recommendations", { count: figures.recommendationsShown }),
    t("slack-stats-signups", { total: figures.signupsTotal, ...signups }),
    firstAnswer.medianMs === null
      ? t("slack-stats-first-answer-none", { unanswered: firstAnswer.unanswered })
      : t("slack-stats-first-answer", { duration: durationText(firstAnswer.medianMs, t), answered: firstAnswer.answered, unanswered: firstAnswer.unanswered }),
  ];
  for (const kind of Object.keys(CHECK_IN_KIND_KEYS) as CheckInKind[]) {
    const counts = figures.checkIns[kind];
    const answers = Object.entries(counts.answers)
      .map(([answer, count]) => t("slack-stats-check-in-answer", { count, answer: t(CHECK_IN_ANSWER_KEYS[answer as CheckInAnswer] ?? answer) }))
      .join(" · ");
    lines.push(t(CHECK_IN_KIND_KEYS[kind], { answers, unanswered: counts.unanswered }));
  }
  return lines;
}

/** The statistics as paragraphs: heading and residents, then (for several organisations) the total, then each organisation. */
export function statisticsParagraphs(stats: SignupStatistics, t: T, timeZone: string = DEFAULT_TIME_ZONE): string[] {
  const date = (value: Date) => new Intl.DateTimeFormat("de-DE", { timeZone, day: "2-digit", month: "2-digit", year: "numeric" }).format(value);
  const paragraphs = [
    [
      t("slack-stats-heading", { days: stats.days, from: date(stats.from), to: date(stats.to) }),
      // Residents belong to no organisation: an organisation's coordinator is told the figure is the network's.
      t(stats.network ? "slack-stats-residents" : "slack-stats-residents-network", { count: stats.residentsOnboarded }),
    ].join("\n"),
  ];
  if (stats.organisations.length > 1) paragraphs.push([t("slack-stats-total"), ...figureLines(stats.total, t)].join("\n"));
  for (const organisation of stats.organisations) {
    paragraphs.push([t("slack-stats-organisation", { organisation: escapeMrkdwn(organisation.name) }), ...figureLines(organisation, t)].join("\n"));
  }
  return paragraphs;
}
