// The closed vocabularies as a network manager may write them in a cell: the key
// ("kultur-bildung"), the German label the bot shows ("Kultur und Bildung", from
// locales/de/vocabulary.ftl) or a common short form ("Führungszeugnis").
import {
  INTEREST_KEYS,
  LANGUAGE_CODES,
  REQUIREMENT_KEYS,
  type InterestKey,
  type LanguageCode,
  type RequirementKey,
} from "../../../domain/vocabulary";
import { loadTranslator } from "../../../i18n/translator";
import { Vocabulary } from "./cells";
import { projectPath } from "../../../paths";

export interface VocabularyLabels {
  interest: Readonly<Record<InterestKey, string>>;
  language: Readonly<Record<LanguageCode, string>>;
  /** The short form: the label up to its explanation in brackets ("Erweitertes Führungszeugnis"). */
  requirement: Readonly<Record<RequirementKey, string>>;
}

const LOCALES_DIR = projectPath("locales");

const loaded = new Map<string, VocabularyLabels>();

/** The German labels from the locale files (read once per process: they do not change while it runs). */
export function loadVocabularyLabels(localesDir: string = LOCALES_DIR): VocabularyLabels {
  let labels = loaded.get(localesDir);
  if (labels === undefined) {
    const translator = loadTranslator(localesDir);
    labels = vocabularyLabels((key) => translator.t("de", key));
    loaded.set(localesDir, labels);
  }
  return labels;
}

export function vocabularyLabels(german: (key: string) => string): VocabularyLabels {
  const shortForm = (label: string) => label.split(" (")[0]!.trim();
  return {
    interest: Object.fromEntries(INTEREST_KEYS.map((key) => [key, german(`interest-${key}`)])) as Record<InterestKey, string>,
    language: Object.fromEntries(LANGUAGE_CODES.map((code) => [code, german(`language-${code}`)])) as Record<LanguageCode, string>,
    requirement: Object.fromEntries(
      REQUIREMENT_KEYS.map((key) => [key, shortForm(german(`requirement-${key}`))]),
    ) as Record<RequirementKey, string>,
  };
}

/**
 * Further spellings people use. Kept short on purpose: every name must point to one value only,
 * and a wrong guess is worse than a clear error with a suggestion.
 */
const INTEREST_ALIASES: Partial<Record<InterestKey, readonly string[]>> = {
  kinder: ["Kinder", "Jugendliche", "Kinder und Jugend", "children"],
  senioren: ["Senioren", "Seniorinnen", "Ältere", "Seniorinnen und Senioren", "seniors"],
  familien: ["Familie", "families"],
  integration: ["Geflüchtete", "Migration", "Flucht"],
  "kultur-bildung": ["Kultur", "Bildung"],
  "sport-bewegung": ["Sport", "Bewegung"],
  umwelt: ["Natur", "Umweltschutz", "Naturschutz"],
  "handwerk-technik": ["Handwerk", "Technik", "Reparieren"],
  digitales: ["Digitales", "Computer", "Internet", "Digitalisierung"],
  "essen-kochen": ["Essen", "Kochen"],
  "begleitung-fahrdienste": ["Begleitung", "Fahrdienste", "Fahrdienst"],
  "organisation-verwaltung": ["Organisation", "Verwaltung", "Büro"],
};

const REQUIREMENT_ALIASES: Readonly<Record<RequirementKey, readonly string[]>> = {
  fuehrungszeugnis: ["Führungszeugnis", "erweitertes Führungszeugnis", "eFZ"],
  "ifsg-belehrung": ["IfSG", "IfSG-Belehrung", "Belehrung nach IfSG", "Belehrung nach § 43 IfSG", "Infektionsschutzbelehrung", "Gesundheitszeugnis"],
  fuehrerschein: ["Führerschein", "Führerschein Klasse B"],
  schulung: ["Schulung", "Einführungsschulung", "Einführung"],
  "erste-hilfe": ["Erste Hilfe", "Erste-Hilfe-Kurs"],
};

export interface Vocabularies {
  interest: Vocabulary<InterestKey>;
  language: Vocabulary<LanguageCode>;
  requirement: Vocabulary<RequirementKey>;
}

export function vocabulariesOf(labels: VocabularyLabels): Vocabularies {
  return {
    interest: new Vocabulary(INTEREST_KEYS.map((key) => ({ key, names: [labels.interest[key], ...(INTEREST_ALIASES[key] ?? [])] }))),
    language: new Vocabulary(
      LANGUAGE_CODES.map((code) => ({ key: code, names: [labels.language[code], labels.language[code].split(" (")[0]!] })),
    ),
    requirement: new Vocabulary(
      REQUIREMENT_KEYS.map((key) => ({ key, names: [labels.requirement[key], ...REQUIREMENT_ALIASES[key]] })),
    ),
  };
}
