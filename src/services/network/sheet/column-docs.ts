// The column documentation, generated from the column definitions (columns.ts) so it always says
// what import reads: the notes sheet of the XLSX template (German, for the network manager) and
// the column table for the README (English, with the German labels of the vocabularies).
import { INTEREST_KEYS, LANGUAGE_CODES, REQUIREMENT_KEYS } from "../../../domain/vocabulary";
import { COLUMNS, TRANSLATION_LOCALES, TRANSLATION_SUFFIX, type ColumnDefinition } from "./columns";
import { SHEET_ENTITIES, SHEET_NAMES, type SheetEntity } from "./tables";
import { INTEREST_TOPICS } from "./topic-mapping";
import type { VocabularyLabels } from "./vocabulary-labels";

/** The "Hinweise" sheet of the XLSX template: what goes into each column, in German. */
export function templateNotes(labels: VocabularyLabels): { title: string; lines: string[] } {
  const lines: string[] = [
    "Jede Tabelle hat ein eigenes Blatt. Die ersten Zeilen sind Beispiele: überschreiben oder löschen.",
    "Erst prüfen: npx lotse import netzwerk.xlsx --dry-run – dann ohne --dry-run übernehmen. Bei einem Fehler wird nichts gespeichert.",
    "Listen in einer Zelle mit Komma oder Semikolon trennen. Ja/Nein: ja, nein, x oder leer. Datum: 30.06.2027 oder 2027-06-30. Kommazahlen: 1,5.",
    "",
  ];
  for (const entity of SHEET_ENTITIES) {
    lines.push(`Blatt „${SHEET_NAMES[entity].de}“:`);
    for (const definition of untranslatedColumns(entity)) {
      const required = definition.required ? " (Pflicht)" : "";
      const empty = definition.emptyMeans === undefined ? "" : ` Leer: ${definition.emptyMeans.de}.`;
      lines.push(`  ${definition.name}${required}: ${definition.description.de}${empty}${allowedValues(definition, labels, "de")}`);
    }
    const translated = COLUMNS[entity].filter((definition) => definition.locale !== undefined);
    if (translated.length > 0) {
      const bases = [...new Set(translated.map((definition) => definition.name.slice(0, definition.name.lastIndexOf("_"))))];
      lines.push(
        `  ${bases.map((base) => `${base}_…`).join(", ")}: Übersetzungen (${TRANSLATION_LOCALES.map((locale) => TRANSLATION_SUFFIX[locale]).join(", ")}; einfach = Einfache Sprache). Leer = die bisherige Übersetzung bleibt.`,
      );
    }
    lines.push("");
  }
  return { title: "Vorlage für das Netzwerk: Hinweise zu den Spalten", lines };
}

/**
 * The README's table of every column: name, required, allowed values (with the German labels)
 * and an example; then how the interests map to other platforms' topics.
 */
export function columnTableMarkdown(labels: VocabularyLabels, districts: readonly { slug: string; name: string }[]): string {
  const parts: string[] = [];
  for (const entity of SHEET_ENTITIES) {
    parts.push(`#### ${SHEET_NAMES[entity].de} (${SHEET_NAMES[entity].en.toLowerCase()})`, "", "| column | required | allowed values | example |", "|---|---|---|---|");
    for (const definition of untranslatedColumns(entity)) {
      const also = definition.aliases.filter((alias) => /^[a-z_.]+$/.test(alias)).slice(0, 2);
      const name = `\`${definition.name}\`${also.length > 0 ? ` (also ${also.map((alias) => `\`${alias}\``).join(", ")})` : ""}`;
      const empty = definition.emptyMeans === undefined ? "" : ` Empty: ${definition.emptyMeans.en}.`;
      const allowed = `${definition.description.en}${empty}${allowedValues(definition, labels, "en", districts)}`;
      parts.push(`| ${name} | ${definition.required ? "yes" : "no"} | ${escapeCell(allowed)} | ${definition.example === "" ? "" : `\`${escapeCell(definition.example)}\``} |`);
    }
    const translated = COLUMNS[entity].filter((definition) => definition.locale !== undefined);
    if (translated.length > 0) {
      const bases = [...new Set(translated.map((definition) => definition.name.slice(0, definition.name.lastIndexOf("_"))))];
      const suffixes = TRANSLATION_LOCALES.map((locale) => `\`${TRANSLATION_SUFFIX[locale]}\``).join(", ");
      parts.push(
        `| ${bases.map((base) => `\`${base}_<lang>\``).join(", ")} | no | Translations; \`<lang>\` is one of ${suffixes} (\`einfach\` = Einfache Sprache, plain German). ${entity === "opportunities" ? "A translation needs its title and summary. " : ""}Empty: the stored translation stays; without one the bot shows the German text. | \`${bases[0]}_en\` |`,
      );
    }
    parts.push("");
  }
  parts.push(
    "#### Interests and the topics of other platforms",
    "",
    "Every interest key maps to the cause taxonomy of the open volunteering-data standard (used by `lotse export --format odi`) and, where one fits, to a topic of the national Engagement-Plattform. The Engagement-Plattform topics are **unverified**: its current topic list could not be consulted; check them against the platform's form (`src/services/network/sheet/topic-mapping.ts`).",
    "",
    "| interest key | German label | Engagement-Plattform topic (unverified) | open-data cause (ns.volunteeringdata.io) | note |",
    "|---|---|---|---|---|",
    ...INTEREST_KEYS.map((key) => {
      const topic = INTEREST_TOPICS[key];
      return `| \`${key}\` | ${labels.interest[key]} | ${topic.engagementPlattform ?? "–"} | ${topic.odiCauses.length > 0 ? topic.odiCauses.map((cause) => `\`${cause}\``).join(", ") : "–"} | ${topic.note ?? ""} |`;
    }),
    "",
  );
  return parts.join("\n");
}

function untranslatedColumns(entity: SheetEntity): ColumnDefinition[] {
  return COLUMNS[entity].filter((definition) => definition.locale === undefined);
}

function allowedValues(definition: ColumnDefinition, labels: VocabularyLabels, lang: "de" | "en", districts: readonly { slug: string; name: string }[] = []): string {
  const keyed = (keys: readonly string[], label: (key: string) => string) => keys.map((key) => `${lang === "en" ? `\`${key}\`` : key} (${label(key)})`).join(", ");
  const intro = (de: string, en: string) => ` ${lang === "de" ? de : en}: `;
  switch (definition.kind) {
    case "interests":
      return `${intro("Schlüssel", "Keys")}${keyed(INTEREST_KEYS, (key) => labels.interest[key as keyof typeof labels.interest])}.`;
    case "languages":
      return `${intro("Codes", "Codes")}${keyed(LANGUAGE_CODES, (code) => labels.language[code as keyof typeof labels.language])}.`;
    case "requirements":
      return `${intro("Schlüssel", "Keys")}${keyed(REQUIREMENT_KEYS, (key) => labels.requirement[key as keyof typeof labels.requirement])}.`;
    case "boolean":
      return lang === "de" ? " Werte: ja, nein (auch x, 1/0)." : " Values: `ja`, `nein` (also `x`, `yes`/`no`, `true`/`false`, `1`/`0`).";
    case "number":
    case "whole-number": {
      if (definition.range === undefined) return "";
      const { min, max, minExclusive } = definition.range;
      if (lang === "de") return max === undefined ? ` Mindestens ${min}.` : ` ${minExclusive ? `Mehr als ${min}` : `Von ${min}`} bis ${max}.`;
      const what = definition.kind === "whole-number" ? "A whole number" : "A number";
      return max === undefined ? ` ${what}, at least ${min}.` : ` ${what} ${minExclusive ? `above ${min}` : `from ${min}`} to ${max}.`;
    }
    case "date":
      return lang === "de" ? "" : " `YYYY-MM-DD`, `DD.MM.YYYY` or `D.M.YY`.";
    case "location":
    case "district-list":
      if (lang === "de" || districts.length === 0) return "";
      return ` Districts of the sample network: ${districts.map((district) => `\`${district.slug}\` (${district.name})`).join(", ")}.`;
    default:
      return "";
  }
}

function escapeCell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}
