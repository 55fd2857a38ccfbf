// Which text of an offer a resident reads: the translation into their locale, or the German
// source with a note that the offer is described in German only. German readers read German.
import type { BotLocale } from "./vocabulary";

export interface TranslatedOpportunityTexts {
  locale: string;
  title: string;
  summary: string;
  description: string | null;
}

export interface OpportunityTextSource {
  /** German: the source text. */
  title: string;
  summary: string;
  description: string;
  /** The translations loaded for the locale in question (usually that one row, or none). */
  translations: readonly TranslatedOpportunityTexts[];
}

export interface LocalizedOpportunityTexts {
  title: string;
  summary: string;
  description: string;
  /** True when (part of) the German text is shown because a translation is missing. */
  germanOnly: boolean;
}

export function localizeOpportunity(source: OpportunityTextSource, locale: BotLocale): LocalizedOpportunityTexts {
  const german = { title: source.title, summary: source.summary, description: source.description };
  if (locale === "de") return { ...german, germanOnly: false };
  const translation = source.translations.find((candidate) => candidate.locale === locale);
  if (!translation) return { ...german, germanOnly: true };
  const description = translation.description ?? german.description;
  return {
    title: translation.title,
    summary: translation.summary,
    description,
    germanOnly: translation.description === null && german.description.trim() !== "",
  };
}
