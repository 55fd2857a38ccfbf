// The closed vocabularies of the network: the codes stored in the database, used by flows
// and matching, and labelled in the locale files. Adding a code here means adding its label
// to every locale (test/locales.test.ts checks that).
import { z } from "zod";

export const INTEREST_KEYS = [
  "kinder",
  "senioren",
  "familien",
  "integration",
  "kultur-bildung",
  "nachbarschaft",
  "sport-bewegung",
  "umwelt",
  "handwerk-technik",
  "digitales",
  "essen-kochen",
  "begleitung-fahrdienste",
  "organisation-verwaltung",
] as const;
export type InterestKey = (typeof INTEREST_KEYS)[number];
export const interestKeySchema = z.enum(INTEREST_KEYS);

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DAYPARTS = ["morning", "afternoon", "evening"] as const;
export type Daypart = (typeof DAYPARTS)[number];

/** When an opportunity happens: a weekday and a part of the day, e.g. "sat-morning". */
export type OpportunitySlot = `${Weekday}-${Daypart}`;
export const OPPORTUNITY_SLOTS = WEEKDAYS.flatMap((day) =>
  DAYPARTS.map((part) => `${day}-${part}` as OpportunitySlot),
);
export const opportunitySlotSchema = z.enum(OPPORTUNITY_SLOTS as [OpportunitySlot, ...OpportunitySlot[]]);

/** When a resident has time: coarser than opportunity slots, so that the question stays short. */
export const RESIDENT_SLOTS = [
  "weekday-morning",
  "weekday-afternoon",
  "weekday-evening",
  "weekend-morning",
  "weekend-afternoon",
  "weekend-evening",
  "flexible",
] as const;
export type ResidentSlot = (typeof RESIDENT_SLOTS)[number];
export const residentSlotSchema = z.enum(RESIDENT_SLOTS);

export function isWeekend(day: Weekday): boolean {
  return day === "sat" || day === "sun";
}

/** The resident slot that covers an opportunity slot ("sat-morning" → "weekend-morning"). */
export function residentSlotOf(slot: OpportunitySlot): Exclude<ResidentSlot, "flexible"> {
  const [day, part] = slot.split("-") as [Weekday, Daypart];
  return `${isWeekend(day) ? "weekend" : "weekday"}-${part}`;
}

/** Hours per week a resident can give; the answer is stored as the upper bound. */
export const HOURS_CHOICES = [1, 2, 4, 8] as const;

/** Languages a resident can say they speak (ISO 639-1), in the order they are offered. */
export const LANGUAGE_CODES = ["de", "en", "ar", "uk", "ru", "tr", "fa", "fr", "es", "pl", "ro", "it"] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];
export const languageCodeSchema = z.enum(LANGUAGE_CODES);

export interface LocaleInfo {
  /** The spoken language (LANGUAGE_CODES) this locale is written in: Telegram's language_code, Slack's "Sprache im Bot". */
  language: LanguageCode;
  direction: "ltr" | "rtl";
  /** Which command names the menu shows: the German ones (/angebote) or the English ones (/offers). */
  commandNames: "de" | "en";
  /** Telegram clients whose language_code maps to this locale get its command menu (null: none, e.g. plain German). */
  telegramMenu: boolean;
}

/**
 * The languages the bot speaks; every flow and message exists in each. A new one is a folder in
 * locales/ (named by the code) plus a line here. Codes are BCP 47 tags; plain German has a
 * private-use subtag because it is a register of German, not another language.
 */
export const LOCALES = {
  de: { language: "de", direction: "ltr", commandNames: "de", telegramMenu: true },
  "de-x-simple": { language: "de", direction: "ltr", commandNames: "de", telegramMenu: false },
  en: { language: "en", direction: "ltr", commandNames: "en", telegramMenu: true },
  uk: { language: "uk", direction: "ltr", commandNames: "en", telegramMenu: true },
  ru: { language: "ru", direction: "ltr", commandNames: "en", telegramMenu: true },
  ar: { language: "ar", direction: "rtl", commandNames: "en", telegramMenu: true },
  tr: { language: "tr", direction: "ltr", commandNames: "en", telegramMenu: true },
  fa: { language: "fa", direction: "rtl", commandNames: "en", telegramMenu: true },
} as const satisfies Record<string, LocaleInfo>;

export type BotLocale = keyof typeof LOCALES;
export const BOT_LOCALES = Object.keys(LOCALES) as [BotLocale, ...BotLocale[]];
export const DEFAULT_LOCALE: BotLocale = "de";
export const botLocaleSchema = z.enum(BOT_LOCALES);

export function isBotLocale(value: unknown): value is BotLocale {
  return typeof value === "string" && Object.hasOwn(LOCALES, value);
}

/** A stored or sent locale as the bot speaks it: German for one it does not (any more). */
export function botLocaleOrDefault(value: unknown): BotLocale {
  return isBotLocale(value) ? value : DEFAULT_LOCALE;
}

/** Locales whose residents read German: offers are not re-ranked for them and need no fallback note. */
export function readsGerman(locale: BotLocale): boolean {
  return LOCALES[locale].language === "de";
}

/**
 * Telegram's language_code ("uk", "de-AT", "pt-BR") → the locale to propose, or null when we
 * do not speak that language (the resident then picks from the list). Regional variants map to
 * their language; plain German is never guessed, only chosen.
 */
export function localeFromLanguageCode(languageCode: string | undefined): BotLocale | null {
  const primary = languageCode?.toLowerCase().split(/[-_.]/)[0];
  if (!primary) return null;
  const match = BOT_LOCALES.find((locale) => LOCALES[locale].telegramMenu && LOCALES[locale].language === primary);
  return match ?? null;
}

/** Preconditions an organisation asks of volunteers, spelled out in the locale files. */
export const REQUIREMENT_KEYS = [
  "fuehrungszeugnis",
  "ifsg-belehrung",
  "fuehrerschein",
  "schulung",
  "erste-hilfe",
] as const;
export type RequirementKey = (typeof REQUIREMENT_KEYS)[number];
export const requirementKeySchema = z.enum(REQUIREMENT_KEYS);

export const LOCATION_KINDS = ["district", "citywide", "remote"] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** The resident's answer to "where?": one district, anywhere in the city, or from home. */
export const DISTRICT_CHOICES = ["district", "any", "remote"] as const;
export type DistrictChoice = (typeof DISTRICT_CHOICES)[number];

export const FREQUENCIES = ["regular", "once"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const SIGNUP_STATUSES = ["new", "contacted", "accepted", "declined", "withdrawn"] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];
export const signupStatusSchema = z.enum(SIGNUP_STATUSES);

/** Version of the privacy notice residents consent to; bump it when locales' privacy text changes. */
export const PRIVACY_VERSION = "2026-11";
