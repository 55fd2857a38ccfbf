// lotse stats [--since DATE] [--format text|csv]: the funnel of the whole network, per
// organisation, per district and in total, from the coordinators' statistics
// (src/services/coordinator/signup-statistics.ts). Counts only: no resident appears.
//
//   lotse stats --since 01.09.2026
//   lotse stats --format csv > zahlen.csv
import { InvalidArgumentError, Option, type Command } from "commander";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { startOfDayIn } from "../../domain/matching/calendar";
import type { StatisticsFigures, StatisticsPlace } from "../../services/coordinator/signup-statistics";
import { networkStatistics } from "../../services/network-admin/network-statistics";
import type { LotseContext } from "../lotse";
import { citySettings, formatDay, formatTable } from "./output";

const DEFAULT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day as people write it: 2026-09-01 or 01.09.2026 (also 1.9.2026). */
const calendarDaySchema = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
    const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : [];
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), 12));
    // Date.UTC rolls 31.02. over into March; such a day does not exist.
    if (year === undefined || date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) {
      ctx.addIssue({ code: "custom", message: "no calendar day" });
      return z.NEVER;
    }
    return { year: Number(year), month: Number(month), day: Number(day) };
  });

type CalendarDay = z.output<typeof calendarDaySchema>;

interface StatsOptions {
  since?: CalendarDay;
  format: "text" | "csv";
}

export function registerStatsCommand(program: Command, context: LotseContext): void {
  const { t } = context;
  program
    .command("stats")
    .description(t("cli-stats-description"))
    .option("--since <date>", t("cli-stats-option-since"), (value: string) => {
      const result = calendarDaySchema.safeParse(value);
      if (!result.success) throw new InvalidArgumentError(t("cli-stats-invalid-date"));
      return result.data;
    })
    .addOption(new Option("--format <format>", t("cli-stats-option-format")).choices(["text", "csv"]).default("text"))
    .addHelpText("after", `\n${t("cli-stats-help")}`)
    .action((options: StatsOptions) => stats(context, options));
}

async function stats(context: LotseContext, options: StatsOptions): Promise<void> {
  const { t, lang } = context;
  const { timeZone } = citySettings(context);
  const now = context.now();
  // A day given means from its start in the city; the default is the last 30 days, as in Slack.
  const since = options.since === undefined ? new Date(now.getTime() - DEFAULT_DAYS * DAY_MS) : new Date(startOfDayIn(new Date(Date.UTC(options.since.year, options.since.month - 1, options.since.day, 12)), timeZone));
  if (since.getTime() >= now.getTime()) {
    context.io.err(t("cli-stats-since-in-future", { date: formatDay(since, lang, timeZone) }));
    context.fail(2);
    return;
  }
  const statistics = await context.withDatabase((prisma) => networkStatistics({ prisma, since, now }));

  const organisationRows = statistics.organisations.map((organisation) => ({ group: t("cli-stats-group-organisation"), name: organisation.name, onboarded: null, figures: organisation }));
  const districtRows = statistics.districts.map((district) => ({ group: t("cli-stats-group-district"), name: placeName(context, district.place), onboarded: district.residentsOnboarded, figures: district }));
  const total = { group: t("cli-stats-group-total"), name: t("cli-stats-total"), onboarded: statistics.residentsOnboarded, figures: statistics.total };

  const columns = [t("cli-stats-column-onboarded"), t("cli-stats-column-shown"), t("cli-stats-column-signed-up"), t("cli-stats-column-contacted"), t("cli-stats-column-accepted"), t("cli-stats-column-started"), t("cli-stats-column-still-active")];
  type Row = { group: string; name: string; onboarded: number | null; figures: StatisticsFigures };
  const cells = (row: Row) => [row.onboarded === null ? "–" : String(row.onboarded), ...funnelCells(row.figures)];

  if (options.format === "csv") {
    // Semicolons, as German Excel reads them.
    const rows = [total, ...organisationRows, ...districtRows].map((row) => [row.group, row.name, ...cells(row).map((cell) => (cell === "–" ? "" : cell))]);
    context.io.out(stringify([[t("cli-stats-column-group"), t("cli-stats-column-name"), ...columns], ...rows], { delimiter: ";" }).trimEnd());
    return;
  }

  const numbers = columns.map((_, index) => index + 1);
  const table = (title: string, rows: Row[]) =>
    `${title}\n\n${formatTable([t("cli-stats-column-name"), ...columns], [...rows, total].map((row) => [row.name, ...cells(row)]), { alignRight: numbers })}`;
  context.io.out(t("cli-stats-title", { from: formatDay(since, lang, timeZone), to: formatDay(now, lang, timeZone) }));
  context.io.out("");
  context.io.out(table(t("cli-stats-by-organisation"), organisationRows));
  context.io.out("");
  context.io.out(table(t("cli-stats-by-district"), districtRows));
  context.io.out("");
  context.io.out(t("cli-stats-explanation"));
}

function funnelCells(figures: StatisticsFigures): string[] {
  const { funnel } = figures;
  return [figures.recommendationsShown, funnel.signedUp, funnel.contacted, funnel.accepted, funnel.started, funnel.stillActive].map(String);
}

function placeName(context: LotseContext, place: StatisticsPlace): string {
  switch (place.kind) {
    case "district":
      return place.name;
    case "citywide":
      return context.t("cli-stats-place-citywide");
    case "remote":
      return context.t("cli-stats-place-remote");
    case "unknown":
      return context.t("cli-stats-place-unknown");
  }
}
