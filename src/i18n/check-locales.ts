// The checks behind `npm run check:locales` (also part of `npm test`): every locale complete and
// in step with German, no dead keys, no untranslated copies, button labels that fit a phone,
// plain German that keeps its rules, and every seeded offer translated. Each problem names
// file, line and key, so a translator can go straight to it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { FluentParser, Junk, Message, Visitor, type Pattern, type VariableReference, type MessageReference } from "@fluent/syntax";
import type { Flow } from "../domain/flows/flow-schema";
import { BOT_LOCALES, DEFAULT_LOCALE, type BotLocale } from "../domain/vocabulary";

export interface LocaleProblem {
  file: string;
  line: number;
  key?: string;
  message: string;
}

export function formatProblem(problem: LocaleProblem): string {
  return `${problem.file}:${problem.line}: ${problem.key ? `${problem.key}: ` : ""}${problem.message}`;
}

/**
 * Button labels longer than this are cut by Telegram on a phone held upright (one button per
 * row, default font: about 30 characters of Latin text). Measured in JavaScript characters.
 */
export const BUTTON_LABEL_MAX = 30;

/** Plain German (the de-x-simple locale): the rules a check can see. */
export const PLAIN_GERMAN = {
  maxWordsPerSentence: 12,
  /** Longer words must be split with a middle dot (Ehren·amt). */
  maxWordLength: 15,
};

/**
 * Keys only coordinators and the network manager read (Slack, the lotse command line). They
 * exist in German and English; residents' locales do not need them.
 */
export const COORDINATOR_KEY = /^(slack-|status-|cli-)/;
export const COORDINATOR_LOCALES: readonly BotLocale[] = ["de", "en"];

export interface LocaleSources {
  localesDir: string;
  /** Keys the product uses: flows, vocabularies, code (see usedKeys in test/locales.test.ts). */
  usedKeys: ReadonlySet<string>;
  /** Keys used as button labels. */
  labelKeys: ReadonlySet<string>;
  /** Opportunity slugs of the seeded network and the locales each is translated into. */
  seed?: { file: string; opportunities: ReadonlyArray<{ slug: string; line: number; locales: readonly string[] }> };
}

interface ParsedMessage {
  key: string;
  file: string;
  line: number;
  variables: string[];
  references: string[];
  /** The message's source text, without the "key =" part. */
  source: string;
  /** A comment above it says the text is rightly the same as German ("# same as German: …"). */
  sameAsGerman: boolean;
}

class ReferenceCollector extends Visitor {
  variables = new Set<string>();
  references = new Set<string>();
  override visitVariableReference(node: VariableReference): void {
    this.variables.add(node.id.name);
  }
  override visitMessageReference(node: MessageReference): void {
    this.references.add(node.id.name);
  }
}

/** Every message of a locale folder, with where it stands; syntax errors become problems. */
export function parseLocaleDir(localesDir: string, locale: string, problems: LocaleProblem[]): Map<string, ParsedMessage> {
  const messages = new Map<string, ParsedMessage>();
  const dir = path.join(localesDir, locale);
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith(".ftl")).sort();
  } catch {
    problems.push({ file: `locales/${locale}`, line: 0, message: "the folder is missing" });
    return messages;
  }
  for (const name of files) {
    const file = `locales/${locale}/${name}`;
    const text = readFileSync(path.join(dir, name), "utf8");
    const lineAt = (offset: number) => text.slice(0, offset).split("\n").length;
    for (const entry of new FluentParser({ withSpans: true }).parse(text).body) {
      if (entry instanceof Junk) {
        problems.push({ file, line: lineAt(entry.span?.start ?? 0), message: entry.annotations[0]?.message ?? "invalid Fluent syntax" });
        continue;
      }
      if (!(entry instanceof Message)) continue;
      const collector = new ReferenceCollector();
      collector.visit(entry);
      const span = entry.span!;
      messages.set(entry.id.name, {
        key: entry.id.name,
        file,
        line: lineAt(span.start),
        variables: [...collector.variables].sort(),
        references: [...collector.references].sort(),
        source: text.slice(span.start, span.end).replace(/^(?:#.*\n)*[^=]*=/, "").trim(),
        sameAsGerman: /same as German/i.test(entry.comment?.content ?? ""),
      });
    }
  }
  return messages;
}

/** Runs every check; an empty list means the locales are fit to ship. */
export function checkLocales(sources: LocaleSources): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const parsed = new Map(BOT_LOCALES.map((locale) => [locale, parseLocaleDir(sources.localesDir, locale, problems)] as const));
  const german = parsed.get(DEFAULT_LOCALE)!;

  // Keys German defines that nothing uses (and that no other message refers to).
  const referenced = new Set([...parsed.values()].flatMap((messages) => [...messages.values()].flatMap((message) => message.references)));
  for (const message of german.values()) {
    if (!sources.usedKeys.has(message.key) && !referenced.has(message.key)) {
      problems.push({ file: message.file, line: message.line, key: message.key, message: "nothing uses this key (remove it, or use it)" });
    }
  }

  for (const locale of BOT_LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    const messages = parsed.get(locale)!;
    const needsCoordinatorKeys = COORDINATOR_LOCALES.includes(locale);
    for (const reference of german.values()) {
      if (COORDINATOR_KEY.test(reference.key) && !needsCoordinatorKeys) continue;
      const message = messages.get(reference.key);
      if (!message) {
        problems.push({ file: `locales/${locale}/${path.basename(reference.file)}`, line: 0, key: reference.key, message: `missing (German: ${reference.file}:${reference.line})` });
        continue;
      }
      if (message.variables.join(",") !== reference.variables.join(",")) {
        problems.push({
          file: message.file,
          line: message.line,
          key: message.key,
          message: `uses {${message.variables.join(", ")}}, German uses {${reference.variables.join(", ")}}`,
        });
      }
      // Plain German may say a short thing just as German does; every other locale must translate.
      if (locale !== "de-x-simple" && !message.sameAsGerman && !reference.key.startsWith("locale-name-") && isUntouchedCopy(message.source, reference.source)) {
        problems.push({ file: message.file, line: message.line, key: message.key, message: "is the German text, not translated" });
      }
    }
    for (const message of messages.values()) {
      if (!german.has(message.key) || (COORDINATOR_KEY.test(message.key) && !needsCoordinatorKeys)) {
        problems.push({ file: message.file, line: message.line, key: message.key, message: "nothing uses this key (German does not have it)" });
      }
    }
  }

  for (const [locale, messages] of parsed) {
    for (const key of sources.labelKeys) {
      const message = messages.get(key);
      if (message && labelLength(message.source) > BUTTON_LABEL_MAX) {
        problems.push({ file: message.file, line: message.line, key, message: `button label longer than ${BUTTON_LABEL_MAX} characters` });
      }
    }
    if (locale === "de-x-simple") {
      for (const message of messages.values()) {
        for (const rule of plainGermanViolations(message.source)) problems.push({ file: message.file, line: message.line, key: message.key, message: rule });
      }
    }
  }

  if (sources.seed) {
    for (const opportunity of sources.seed.opportunities) {
      const missing = BOT_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE && !opportunity.locales.includes(locale));
      if (missing.length > 0) {
        problems.push({ file: sources.seed.file, line: opportunity.line, key: opportunity.slug, message: `no translation into ${missing.join(", ")}` });
      }
    }
  }
  return problems;
}

/**
 * Same text as German, apart from what is the same in every language: placeables, commands,
 * numbers, URLs, e-mail addresses and punctuation. Texts with too few letters left (a name,
 * "OK") do not count.
 */
function isUntouchedCopy(text: string, german: string): boolean {
  if (text !== german) return false;
  const words = text
    .replace(/\{[^}]*\}/g, " ")
    .replace(/\/[a-z_]+/g, " ")
    .replace(/\S+@\S+|https?:\/\/\S+/g, " ")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
  return words.replace(/\s/g, "").length >= 4;
}

/** A label's visible length: placeables count as a short word. */
function labelLength(source: string): number {
  return source.replace(/\{[^}]*\}/g, "xxxxx").length;
}

/** The plain-German rules a machine can check, for one message; each broken rule once. */
export function plainGermanViolations(source: string): string[] {
  const text = source
    .replace(/\{\s*\$[\w-]+\s*\}/g, "X") // a variable is one word
    .replace(/\{[^{}]*\}/g, "X")
    .replace(/^\s*\*?\[[^\]]+\]\s*/gm, "") // select variants
    .replace(/https?:\/\/\S+|\S+@\S+\.\S+|\/[a-z_]+/g, "X");
  const problems = new Set<string>();
  // Lines are separate statements (lists, headings); a sentence ends at . ! ? or :
  for (const sentence of text.split(/\n|(?<=[.!?:])\s+/)) {
    const words = sentence.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));
    if (words.length > PLAIN_GERMAN.maxWordsPerSentence) problems.add(`sentence of ${words.length} words (plain German: at most ${PLAIN_GERMAN.maxWordsPerSentence}): "${sentence.trim().slice(0, 60)}…"`);
    for (const word of words) {
      const bare = word.replace(/[^\p{L}·-]/gu, "");
      const longestPart = Math.max(...bare.split(/[·-]/).map((part) => part.length));
      if (longestPart > PLAIN_GERMAN.maxWordLength) problems.add(`long word "${bare}": split it with a middle dot (Ehren·amt)`);
    }
  }
  if (/\b(werden|wird|wurde|wurden|worden)\b/i.test(text)) problems.add("passive or future with werden: say who does what, in the present");
  if (/\b(würde|würden|könnte|könnten|möchte|möchten|hätte|hätten|wäre|wären|sollte|sollten|dürfte|dürften)\b/i.test(text)) problems.add("subjunctive: say it directly (wollen, können, ist)");
  if (/\b(des|eines|meines|Ihres|deines)\b/.test(text)) problems.add('genitive: use "von" instead');
  if (/\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b/i.test(text)) problems.add("number in words: write digits (3, not drei)");
  return [...problems];
}

/** Keys the flows name (prompts, says, labels and the schema's default buttons). */
export function flowKeys(flow: Flow): { all: string[]; labels: string[] } {
  const all: string[] = [];
  const labels: string[] = [];
  for (const step of flow.steps) {
    if ("say" in step) all.push(step.say);
    if (!("collect" in step)) continue;
    const collect = step.collect;
    all.push(step.prompt);
    const optionLabels = "options" in collect ? collect.options.flatMap((option) => ("label" in option ? [option.label] : [])) : [];
    switch (collect.kind) {
      case "single":
        labels.push(...optionLabels);
        break;
      case "multiple":
        labels.push(collect.done, ...optionLabels);
        break;
      case "text":
        all.push(collect.skip);
        if (collect.optional) labels.push(collect.skip);
        break;
      case "confirm":
        labels.push(collect.yes, collect.no);
        break;
    }
  }
  return { all: [...all, ...labels], labels };
}
