// What the administrative lotse commands share: aligned text tables, dates and numbers in the
// language of the messages, the city's settings, and the message for a slug that names nothing.
import { parseConfig } from "../../config";
import type { FreshnessSettings } from "../../domain/freshness";
import type { UnknownSlugError } from "../../services/network-admin/unknown-slug";
import type { CliLanguage, LotseContext } from "../lotse";

/** Columns separated by two spaces, each as wide as its widest cell; numbers right-aligned. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, options: { alignRight?: readonly number[] } = {}): string {
  const right = new Set(options.alignRight ?? []);
  const width = (text: string) => [...text].length;
  const widths = header.map((title, column) => Math.max(width(title), ...rows.map((row) => width(row[column] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const padding = " ".repeat(widths[column]! - width(cell));
        return right.has(column) ? padding + cell : cell + padding;
      })
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((size) => "-".repeat(size))), ...rows.map(line)].join("\n");
}

/** `label:  value` lines with the values aligned; a value of several lines keeps the indent. */
export function formatFields(fields: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...fields.map(([label]) => [...label].length)) + 2;
  return fields
    .map(([label, value]) => `${`${label}:`.padEnd(width + 1)}${value.split("\n").join(`\n${" ".repeat(width + 1)}`)}`)
    .join("\n");
}

/** At most `max` characters, cut with "…": long titles would make the table unreadable. */
export function shorten(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join("")}…`;
}

/** A calendar day in the city: 23.11.2026 in German, 2026-11-23 in English (unambiguous). */
export function formatDay(date: Date, lang: CliLanguage, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(date).map((part) => [part.type, part.value]),
  );
  return lang === "de" ? `${parts.day}.${parts.month}.${parts.year}` : `${parts.year}-${parts.month}-${parts.day}`;
}

/** "a, b oder c" / "a, b or c". */
export function formatAlternatives(items: readonly string[], lang: CliLanguage): string {
  return new Intl.ListFormat(lang, { type: "disjunction" }).format(items);
}

export function formatBytes(bytes: number, lang: CliLanguage): string {
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${number.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}

/**
 * The city's time zone and the freshness periods, from the same environment variables as the bot
 * (CITY_TIME_ZONE, OPPORTUNITY_CONFIRM_AFTER_DAYS …), so the lists say what the bot does.
 */
export function citySettings(context: LotseContext): { timeZone: string; freshness: FreshnessSettings } {
  const config = parseConfig(context.env);
  return { timeZone: config.city.timeZone, freshness: config.freshness };
}

/** "Kein Angebot „x“. Meinten Sie y?" on stderr, exit code 1. */
export function reportUnknownSlug(context: LotseContext, error: UnknownSlugError): void {
  const { t, lang } = context;
  const message = error.kind === "opportunity" ? t("cli-unknown-opportunity", { slug: error.slug }) : t("cli-unknown-organisation", { slug: error.slug });
  const hint =
    error.suggestions.length > 0
      ? t("cli-did-you-mean", { suggestions: formatAlternatives(error.suggestions, lang) })
      : error.kind === "opportunity"
        ? t("cli-see-list")
        : t("cli-existing-organisations", { slugs: error.existing.length > 0 ? error.existing.join(", ") : "–" });
  context.io.err(`${message} ${hint}`);
  context.fail(1);
}
