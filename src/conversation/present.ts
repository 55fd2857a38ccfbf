// Turns domain data into localized text for any channel: the "passt zu" line, an offer's
// details, a list of signups. Channels only lay the text out.
import type { MatchReason } from "../domain/matching";
import { localizeOpportunity, type OpportunityTextSource } from "../domain/opportunity-texts";
import type { BotLocale } from "../domain/vocabulary";
import type { Translator } from "../i18n/translator";
import type { OpportunityDetails } from "../services/opportunity/get-opportunity-details";

const SEPARATOR = " · ";

/** "Kinder · Samstagvormittag · Lobeda" */
export function describeReasons(
  translator: Translator,
  locale: BotLocale,
  reasons: readonly MatchReason[],
  districtNames: ReadonlyMap<number, string>,
): string {
  const t = (key: string, args?: Record<string, string | number>) => translator.t(locale, key, args);
  const parts = reasons.flatMap((reason): string[] => {
    switch (reason.kind) {
      case "interests":
        return reason.interests.slice(0, 2).map((key) => t(`interest-${key}`));
      case "time":
        return reason.slots.map((slot) => t(`slot-${slot}`));
      case "flexible-time":
        return [t("reason-flexible-time")];
      case "district":
        return [districtNames.get(reason.districtId) ?? ""].filter(Boolean);
      case "citywide":
        return [t("reason-citywide")];
      case "remote":
        return [t("reason-remote")];
      case "languages":
        return [t("reason-language-needed", { language: reason.languages.map((code) => t(`language-${code}`)).join(", ") })];
      case "little-german":
        return [t("reason-little-german")];
      case "few-hours":
        return [t("reason-few-hours", { hours: reason.hoursPerWeek })];
    }
  });
  // Each part isolated in right-to-left text, so a Latin district name keeps its place.
  return parts.map((part) => translator.isolate(locale, part)).join(SEPARATOR);
}

/** The offer's title in the resident's language (German where no translation exists). */
export function localizedTitle(opportunity: OpportunityTextSource, locale: BotLocale): string {
  return localizeOpportunity(opportunity, locale).title;
}

/** The full description of one offer: what, who, where, when, how much, what is needed. */
export function describeOpportunity(translator: Translator, locale: BotLocale, details: OpportunityDetails): string {
  const t = (key: string, args?: Record<string, string | number>) => translator.t(locale, key, args);
  const texts = localizeOpportunity(details, locale);
  const where =
    details.locationKind === "remote"
      ? t("reason-remote")
      : details.locationKind === "citywide" || !details.district
        ? t("reason-citywide")
        : details.district.name;
  const when = details.schedule.length === 0 ? t("reason-flexible-time") : details.schedule.map((slot) => t(`slot-${slot}`)).join(", ");
  const lines = [
    texts.title,
    t("details-organisation", { name: details.organisation.name }),
    "",
    texts.description,
    ...(texts.germanOnly ? ["", t("offer-german-only")] : []),
    "",
    t("details-where", { where }),
    t("details-when", { when }),
    t("details-hours", { hours: details.hoursPerWeek, frequency: details.frequency }),
  ];
  if (details.minCommitmentMonths) lines.push(t("details-commitment", { months: details.minCommitmentMonths }));
  if (details.minAge) lines.push(t("details-min-age", { age: details.minAge }));
  if (details.languagesRequired.length > 0) {
    lines.push(t("details-languages-required", { languages: details.languagesRequired.map((code) => t(`language-${code}`)).join(", ") }));
  }
  if (details.languagesHelpful.length > 0) {
    lines.push(t("details-languages-helpful", { languages: details.languagesHelpful.map((code) => t(`language-${code}`)).join(", ") }));
  }
  if (details.requirements.length > 0) lines.push("", t("details-requirements", { requirements: describeRequirements(translator, locale, details.requirements) }));
  return lines.join("\n");
}

/** Each requirement spelled out on its own line ("• Erweitertes Führungszeugnis – …"). */
export function describeRequirements(translator: Translator, locale: BotLocale, requirements: readonly string[]): string {
  return requirements.map((key) => `• ${translator.t(locale, `requirement-${key}`)}`).join("\n");
}

/**
 * A button label must stay short on a phone; Telegram cuts long ones anyway. Shortened at a
 * word boundary ("…Gäste begrüßen" becomes "…Gäste …", never "…Gäste begrü…").
 */
export function buttonText(text: string, max = 48): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const boundary = cut.search(/\s\S*$/);
  // A single very long word has no boundary worth keeping; cut it.
  const kept = boundary > max / 2 ? cut.slice(0, boundary) : cut;
  return `${kept.trimEnd().replace(/[\s,;:·–-]+$/, "")}…`;
}
