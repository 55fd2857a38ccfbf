// The columns of the import spreadsheets, per entity: German names (lower case, no spaces, as
// the export writes them), the English and other spellings also accepted, whether a cell must be
// filled, and what the column means. The column table in the README and the templates' notes are
// generated from here (column-docs.ts), so they cannot drift from what import reads.
import { BOT_LOCALES, type BotLocale } from "../../../domain/vocabulary";
import { fold, nearest } from "./cells";
import type { SheetEntity } from "./tables";

export type TranslationLocale = Exclude<BotLocale, "de">;
export const TRANSLATION_LOCALES = BOT_LOCALES.filter((locale): locale is TranslationLocale => locale !== "de");

/** How a translation column ends: titel_en, kurzbeschreibung_uk, beschreibung_einfach (plain German). */
export const TRANSLATION_SUFFIX: Readonly<Record<TranslationLocale, string>> = Object.fromEntries(
  TRANSLATION_LOCALES.map((locale) => [locale, locale === "de-x-simple" ? "einfach" : locale]),
) as Record<TranslationLocale, string>;

const TRANSLATION_LANGUAGE: Readonly<Record<TranslationLocale, { de: string; en: string }>> = {
  "de-x-simple": { de: "in Einfacher Sprache", en: "in plain German" },
  en: { de: "auf Englisch", en: "in English" },
  uk: { de: "auf Ukrainisch", en: "in Ukrainian" },
  ru: { de: "auf Russisch", en: "in Russian" },
  ar: { de: "auf Arabisch", en: "in Arabic" },
  tr: { de: "auf Türkisch", en: "in Turkish" },
  fa: { de: "auf Persisch", en: "in Persian" },
};

/** What kind of value a column holds; the column table explains each. */
export type ColumnKind =
  | "slug"
  | "text"
  | "url"
  | "email"
  | "slack-channel"
  | "slack-user"
  | "boolean"
  | "number"
  | "whole-number"
  | "date"
  | "times"
  | "location"
  | "frequency"
  | "interests"
  | "languages"
  | "requirements"
  | "district-list"
  | "organisation";

export interface ColumnDefinition {
  /** The header the export writes. */
  name: string;
  /** Other headers accepted on import (English names as in the network file, other spellings). */
  aliases: readonly string[];
  kind: ColumnKind;
  /** Must every row fill it? */
  required: boolean;
  /** Where the value lives in the JSON/YAML network file, e.g. "hoursPerWeek", "translations.en.title". */
  field: string;
  /** What an empty cell means, if not "nothing". */
  emptyMeans?: { de: string; en: string };
  /** Minimum and maximum for numbers (shown in messages and the column table). */
  range?: { min: number; max?: number; minExclusive?: boolean };
  description: { de: string; en: string };
  example: string;
  /** For translation columns: the locale. */
  locale?: TranslationLocale;
}

function column(definition: Omit<ColumnDefinition, "aliases" | "required"> & { aliases?: readonly string[]; required?: boolean }): ColumnDefinition {
  return { aliases: [], required: false, ...definition };
}

const slugColumn = (example: string, what: { de: string; en: string }) =>
  column({
    name: "kuerzel",
    aliases: ["slug", "kürzel", "id", "schluessel"],
    kind: "slug",
    required: true,
    field: "slug",
    description: {
      de: `Fester Schlüssel ${what.de}: Kleinbuchstaben, Ziffern und Bindestriche. Daran erkennt der Import die Zeile wieder; nicht mehr ändern.`,
      en: `Stable key ${what.en}: lower-case letters, digits and hyphens. Import recognises the row by it; do not change it later.`,
    },
    example,
  });

const activeColumn = column({
  name: "aktiv",
  aliases: ["active"],
  kind: "boolean",
  field: "active",
  emptyMeans: { de: "ja", en: "yes" },
  description: {
    de: "nein = nicht mehr angeboten (wird nie gelöscht, weil Anmeldungen darauf verweisen).",
    en: "no = no longer offered (never deleted, because signups refer to it).",
  },
  example: "ja",
});

const DISTRICT_COLUMNS: readonly ColumnDefinition[] = [
  slugColumn("altstadt", { de: "des Stadtteils (höchstens 31 Zeichen)", en: "of the district (at most 31 characters)" }),
  column({
    name: "name",
    kind: "text",
    required: true,
    field: "name",
    description: { de: "Name des Stadtteils, wie der Bot ihn zeigt.", en: "The district's name as the bot shows it." },
    example: "Altstadt",
  }),
  column({
    name: "nachbarn",
    aliases: ["neighbours", "neighbors", "nachbarstadtteile"],
    kind: "district-list",
    field: "neighbours",
    description: {
      de: "Angrenzende Stadtteile (Kürzel oder Name, mit Komma getrennt); gilt in beide Richtungen.",
      en: "Adjacent districts (key or name, separated by commas); counts in both directions.",
    },
    example: "nord, sued",
  }),
];

const ORGANISATION_COLUMNS: readonly ColumnDefinition[] = [
  slugColumn("mgh-auenhain", { de: "der Organisation", en: "of the organisation" }),
  column({
    name: "name",
    kind: "text",
    required: true,
    field: "name",
    description: { de: "Name der Organisation.", en: "The organisation's name." },
    example: "Mehrgenerationenhaus Auenhain",
  }),
  column({
    name: "beschreibung",
    aliases: ["description"],
    kind: "text",
    required: true,
    field: "description",
    description: { de: "Kurze Beschreibung der Organisation (Deutsch).", en: "A short description of the organisation (German)." },
    example: "Offenes Haus für alle Generationen.",
  }),
  column({
    name: "adresse",
    aliases: ["address", "anschrift"],
    kind: "text",
    required: true,
    field: "address",
    description: { de: "Anschrift.", en: "Postal address." },
    example: "Auenring 12, 07996 Saalberg",
  }),
  column({
    name: "website",
    aliases: ["webseite", "homepage", "url", "internet"],
    kind: "url",
    field: "website",
    description: { de: "Internetadresse (mit https://).", en: "Web address (with https://)." },
    example: "https://mgh-auenhain.example.org",
  }),
  column({
    name: "kontakt_name",
    aliases: ["contact_name", "contact.name", "ansprechperson", "ansprechpartner"],
    kind: "text",
    field: "contact.name",
    description: {
      de: "Ansprechperson, die Freiwillige nach der Zusage erfahren; mit kontakt_email zusammen angeben.",
      en: "Contact person volunteers are told after acceptance; give it together with kontakt_email.",
    },
    example: "Sabine Hartung",
  }),
  column({
    name: "kontakt_email",
    aliases: ["contact_email", "contact.email", "email", "e_mail", "mail"],
    kind: "email",
    field: "contact.email",
    description: { de: "E-Mail der Ansprechperson.", en: "The contact person's e-mail." },
    example: "kontakt@mgh-auenhain.example.org",
  }),
  column({
    name: "kontakt_telefon",
    aliases: ["contact_phone", "contact.phone", "telefon", "phone"],
    kind: "text",
    field: "contact.phone",
    description: { de: "Telefon der Ansprechperson.", en: "The contact person's phone." },
    example: "030 23125 100",
  }),
  column({
    name: "slack_kanal",
    aliases: ["slack_channel", "slackchannel", "kanal"],
    kind: "slack-channel",
    field: "slackChannel",
    emptyMeans: { de: "Anmeldungen gehen in den Netzwerk-Kanal", en: "signups go to the network channel" },
    description: {
      de: "Slack-Kanal-ID der Organisation (Kanaldetails in Slack, unten), z. B. C0123ABCD.",
      en: "The organisation's Slack channel id (channel details in Slack, at the bottom), e.g. C0123ABCD.",
    },
    example: "C07MGHAUEN",
  }),
  activeColumn,
  ...TRANSLATION_LOCALES.map((locale) =>
    column({
      name: `beschreibung_${TRANSLATION_SUFFIX[locale]}`,
      aliases: [`description_${TRANSLATION_SUFFIX[locale]}`, `beschreibung_${locale}`, `description_${locale}`],
      kind: "text",
      field: `translations.${locale}.description`,
      locale,
      emptyMeans: { de: "bisherige Übersetzung bleibt", en: "the stored translation stays" },
      description: translationDescription(locale, { de: "Beschreibung", en: "description" }),
      example: locale === "en" ? "An open house for all generations." : "",
    }),
  ),
];

const COORDINATOR_COLUMNS: readonly ColumnDefinition[] = [
  column({
    name: "name",
    kind: "text",
    required: true,
    field: "name",
    description: { de: "Name der Koordinatorin / des Koordinators.", en: "The coordinator's name." },
    example: "Sabine Hartung",
  }),
  column({
    name: "slack_user_id",
    aliases: ["slackuserid", "slack_id", "slack_user", "slack"],
    kind: "slack-user",
    required: true,
    field: "slackUserId",
    description: {
      de: "Slack-Mitglieds-ID (Profil → ⋮ → Mitglieds-ID kopieren), z. B. U0123ABCD. Daran erkennt der Import die Zeile wieder.",
      en: "Slack member id (profile → ⋮ → Copy member ID), e.g. U0123ABCD. Import recognises the row by it.",
    },
    example: "U07SHARTUNG",
  }),
  column({
    name: "organisation",
    aliases: ["organization", "org", "organisation_kuerzel"],
    kind: "organisation",
    field: "organisation",
    emptyMeans: { de: "Netzwerk-Team: darf bei allen Organisationen handeln", en: "network team: may act for every organisation" },
    description: { de: "Kürzel oder Name der Organisation.", en: "The organisation's key or name." },
    example: "mgh-auenhain",
  }),
];

const OPPORTUNITY_COLUMNS: readonly ColumnDefinition[] = [
  slugColumn("leih-oma-auenhain", { de: "des Angebots", en: "of the offer" }),
  column({
    name: "organisation",
    aliases: ["organization", "org", "organisation_kuerzel"],
    kind: "organisation",
    required: true,
    field: "organisation",
    description: {
      de: "Kürzel oder Name der Organisation (aus dieser Datei oder schon in der Datenbank).",
      en: "The organisation's key or name (from this file or already in the database).",
    },
    example: "mgh-auenhain",
  }),
  column({
    name: "titel",
    aliases: ["title"],
    kind: "text",
    required: true,
    field: "title",
    description: { de: "Titel des Angebots (Deutsch).", en: "The offer's title (German)." },
    example: "Leih-Oma / Leih-Opa für Familien",
  }),
  column({
    name: "kurzbeschreibung",
    aliases: ["summary", "kurztext", "kurz"],
    kind: "text",
    required: true,
    field: "summary",
    description: { de: "Ein Satz, der in der Empfehlung steht.", en: "One sentence shown with the recommendation." },
    example: "Verbringen Sie regelmäßig Zeit mit einem Kind.",
  }),
  column({
    name: "beschreibung",
    aliases: ["description"],
    kind: "text",
    required: true,
    field: "description",
    description: { de: "Ausführliche Beschreibung (Details).", en: "The full description (details)." },
    example: "Viele junge Familien haben keine Großeltern in der Nähe …",
  }),
  column({
    name: "interessen",
    aliases: ["interests", "interesse", "themen"],
    kind: "interests",
    required: true,
    field: "interests",
    description: {
      de: "Ein oder mehrere Interessen (Schlüssel oder Bezeichnung, mit Komma getrennt).",
      en: "One or more interests (key or German label, separated by commas).",
    },
    example: "kinder, familien",
  }),
  column({
    name: "ort",
    aliases: ["location", "stadtteil", "district", "wo"],
    kind: "location",
    required: true,
    field: "location",
    description: {
      de: "Stadtteil (Kürzel oder Name), „stadtweit“ oder „online“ (von zu Hause).",
      en: "District (key or name), „stadtweit“ (anywhere in the city) or „online“ (from home).",
    },
    example: "auenhain",
  }),
  column({
    name: "zeiten",
    aliases: ["schedule", "times", "zeit", "wann"],
    kind: "times",
    required: true,
    field: "schedule",
    description: {
      de: "Wann: z. B. „Mo-Fr vormittags“, „Sa 10-12 Uhr“, „mittwochs nachmittags“ oder „flexibel“. Vormittags bis 12 Uhr, nachmittags 12–17 Uhr, abends ab 17 Uhr.",
      en: "When: e.g. „Mo-Fr vormittags“, „Sa 10-12 Uhr“, „mittwochs nachmittags“ or „flexibel“. Morning until 12, afternoon 12–17, evening from 17.",
    },
    example: "Mi nachmittags, Sa vormittags",
  }),
  column({
    name: "stunden_pro_woche",
    aliases: ["hours_per_week", "hoursperweek", "stunden", "wochenstunden"],
    kind: "number",
    required: true,
    field: "hoursPerWeek",
    range: { min: 0, max: 40, minExclusive: true },
    description: { de: "Stunden pro Woche (Komma erlaubt: 1,5).", en: "Hours per week (decimal comma allowed: 1,5)." },
    example: "2",
  }),
  column({
    name: "haeufigkeit",
    aliases: ["frequency", "häufigkeit", "turnus"],
    kind: "frequency",
    field: "frequency",
    emptyMeans: { de: "regelmäßig", en: "regelmäßig (regular)" },
    description: { de: "„regelmäßig“ oder „einmalig“.", en: "„regelmäßig“ (regular) or „einmalig“ (once)." },
    example: "regelmäßig",
  }),
  column({
    name: "mindestdauer_monate",
    aliases: ["min_commitment_months", "mincommitmentmonths", "mindestdauer"],
    kind: "whole-number",
    field: "minCommitmentMonths",
    range: { min: 1, max: 60 },
    description: { de: "Wie viele Monate man mindestens dabei sein sollte.", en: "For how many months volunteers should at least commit." },
    example: "6",
  }),
  column({
    name: "sprachen_hilfreich",
    aliases: ["languages_helpful", "languages.helpful", "sprachen"],
    kind: "languages",
    field: "languages.helpful",
    description: { de: "Sprachen, die helfen (Code oder Name, mit Komma getrennt).", en: "Languages that help (code or German name, separated by commas)." },
    example: "uk, ru",
  }),
  column({
    name: "sprachen_noetig",
    aliases: ["languages_required", "languages.required", "sprachen_nötig", "sprachen_erforderlich"],
    kind: "languages",
    field: "languages.required",
    description: { de: "Sprachen, die man sprechen muss; „de“ = Deutsch nötig.", en: "Languages volunteers must speak; „de“ = German needed." },
    example: "de",
  }),
  column({
    name: "wenig_deutsch",
    aliases: ["little_german", "littlegerman"],
    kind: "boolean",
    field: "littleGerman",
    emptyMeans: { de: "nein", en: "no" },
    description: {
      de: "ja = „wenig Deutsch nötig“: zuerst gezeigt für Menschen, die kein Deutsch angegeben haben.",
      en: "yes = „little German needed“: shown first to residents who did not say they speak German.",
    },
    example: "nein",
  }),
  column({
    name: "voraussetzungen",
    aliases: ["requirements", "voraussetzung"],
    kind: "requirements",
    field: "requirements",
    description: { de: "Voraussetzungen (Schlüssel oder Bezeichnung, mit Komma getrennt).", en: "Requirements (key or German label, separated by commas)." },
    example: "fuehrungszeugnis",
  }),
  column({
    name: "mindestalter",
    aliases: ["min_age", "minage", "alter_ab"],
    kind: "whole-number",
    field: "minAge",
    range: { min: 0, max: 99 },
    description: { de: "Mindestalter in Jahren.", en: "Minimum age in years." },
    example: "18",
  }),
  column({
    name: "plaetze",
    aliases: ["capacity", "plätze", "anzahl_plaetze"],
    kind: "whole-number",
    field: "capacity",
    range: { min: 1 },
    emptyMeans: { de: "keine Begrenzung", en: "no limit" },
    description: { de: "Wie viele Freiwillige gesucht werden.", en: "How many volunteers are wanted." },
    example: "4",
  }),
  column({
    name: "gueltig_bis",
    aliases: ["valid_until", "validuntil", "gültig_bis", "bis"],
    kind: "date",
    field: "validUntil",
    emptyMeans: { de: "unbefristet", en: "open-ended" },
    description: { de: "Letzter Tag des Angebots (2027-06-30 oder 30.06.2027).", en: "The offer's last day (2027-06-30 or 30.06.2027)." },
    example: "2027-06-30",
  }),
  activeColumn,
  column({
    name: "bestaetigt_am",
    aliases: ["confirmed_at", "confirmedat", "bestätigt_am", "bestaetigt"],
    kind: "date",
    field: "confirmedAt",
    emptyMeans: { de: "neu oder geändert: heute; sonst bleibt das Datum", en: "new or changed: today; otherwise the date stays" },
    description: {
      de: "Wann das Angebot zuletzt als aktuell bestätigt wurde. Ein anderes Datum als bisher gilt als Bestätigung an diesem Tag; eine geänderte Zeile gilt als heute bestätigt.",
      en: "When the offer was last confirmed as current. A date other than the stored one counts as confirmed on that day; a changed row counts as confirmed today.",
    },
    example: "2026-11-02",
  }),
  ...TRANSLATION_LOCALES.flatMap((locale) => {
    const suffix = TRANSLATION_SUFFIX[locale];
    const spellings = (german: string, english: string) => [`${english}_${suffix}`, `${german}_${locale}`, `${english}_${locale}`];
    // Title, summary and description in each language: the same kind of column three times.
    const texts = [
      { german: "titel", english: "title", label: { de: "Titel", en: "title" }, example: "Surrogate grandparent for families" },
      { german: "kurzbeschreibung", english: "summary", label: { de: "Kurzbeschreibung", en: "summary" }, example: "Spend regular time with a child." },
      { german: "beschreibung", english: "description", label: { de: "Beschreibung", en: "description" }, example: "" },
    ] as const;
    return texts.map((text) =>
      column({
        name: `${text.german}_${suffix}`,
        aliases: spellings(text.german, text.english),
        kind: "text",
        field: `translations.${locale}.${text.english}`,
        locale,
        description: translationDescription(locale, text.label),
        example: locale === "en" ? text.example : "",
      }),
    );
  }),
];

function translationDescription(locale: TranslationLocale, what: { de: string; en: string }): { de: string; en: string } {
  const language = TRANSLATION_LANGUAGE[locale];
  return {
    de: `${what.de} ${language.de}. Leer = die bisherige Übersetzung bleibt; fehlt sie, zeigt der Bot den deutschen Text.`,
    en: `The ${what.en} ${language.en}. Empty = the stored translation stays; without one the bot shows the German text.`,
  };
}

export const COLUMNS: Readonly<Record<SheetEntity, readonly ColumnDefinition[]>> = {
  districts: DISTRICT_COLUMNS,
  organisations: ORGANISATION_COLUMNS,
  coordinators: COORDINATOR_COLUMNS,
  opportunities: OPPORTUNITY_COLUMNS,
};

/** The column a header names (German name or alias, any case, umlauts or separators), if any. */
export function columnForHeader(entity: SheetEntity, header: string): ColumnDefinition | undefined {
  return headerIndex(entity).get(fold(header));
}

/** The column name a misspelt header probably meant ("titell" → "titel"). */
export function suggestColumn(entity: SheetEntity, header: string): string | undefined {
  return nearest(
    header,
    COLUMNS[entity].flatMap((definition) => [definition.name, ...definition.aliases].map((name) => ({ folded: fold(name), shown: definition.name }))),
  );
}

const headerIndexes = new Map<SheetEntity, Map<string, ColumnDefinition>>();

function headerIndex(entity: SheetEntity): Map<string, ColumnDefinition> {
  let index = headerIndexes.get(entity);
  if (index === undefined) {
    index = new Map();
    for (const definition of COLUMNS[entity]) {
      for (const name of [definition.name, ...definition.aliases]) {
        if (!index.has(fold(name))) index.set(fold(name), definition);
      }
    }
    headerIndexes.set(entity, index);
  }
  return index;
}
