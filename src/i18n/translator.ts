// Fluent translations for every channel (Telegram, console, Slack). Files live in
// locales/<locale>/*.ftl; every file of a locale goes into one bundle for that locale.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { FluentParser, Junk } from "@fluent/syntax";
import { BOT_LOCALES, DEFAULT_LOCALE, LOCALES, type BotLocale } from "../domain/vocabulary";
import type { Logger } from "../logger";
import { readBuildArtifact } from "../build-artifacts";
import { contentDigest } from "../domain/content-digest";
import { projectPath } from "../paths";
import { z } from "zod";

export type MessageArgs = Record<string, FluentVariable>;

export class LocaleFileError extends Error {
  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = "LocaleFileError";
  }
}

export interface Translator {
  readonly locales: readonly BotLocale[];
  /** Formats a message; a missing key in a locale falls back to German, then to the key itself. */
  t(locale: BotLocale, key: string, args?: MessageArgs): string;
  has(locale: BotLocale, key: string): boolean;
  /** All message ids defined for a locale, for the completeness test. */
  keys(locale: BotLocale): ReadonlySet<string>;
  /**
   * Text composed in code around translated or data parts (the "passt zu" line, numbered
   * offers): in a right-to-left locale each part is isolated (FSI … PDI), so a Latin name or a
   * number inside Arabic or Persian text keeps its place; elsewhere the text is unchanged.
   */
  isolate(locale: BotLocale, text: string): string;
}

const FSI = "\u2068";
const LRI = "\u2066";
const PDI = "\u2069";
/** A chat command inside a sentence ("/help"): left-to-right, whatever surrounds it. */
const COMMAND = /(?<![\w/\u2066])\/[a-z_]+\b/g;

/** Reads and checks locales/<locale>/*.ftl. A syntax error is a one-line error naming file and line. */
/**
 * SHA-256 digests (hex) of locale files the exact parser found free of errors, written by
 * `npm run build` / `npm start` (scripts/bundle.mjs, dist/locales.checked.json). Reading every file
 * with @fluent/syntax took most of the start-up spent on locales; a file whose text is in this set
 * was read by it already, any other file (changed since, or no build) is read by it now.
 */
export const CHECKED_LOCALES_FILE = projectPath("dist", "locales.checked.json");

/** The digests in `file`; none when it is missing or not a list of digests (then every file is checked). */
export function readCheckedLocaleDigests(file: string = CHECKED_LOCALES_FILE): ReadonlySet<string> {
  return new Set(readBuildArtifact(file, z.array(z.string().regex(/^[0-9a-f]{64}$/))) ?? []);
}

export function loadTranslator(localesDir: string, options: { logger?: Logger; checked?: ReadonlySet<string> } = {}): Translator {
  const bundles = new Map<BotLocale, FluentBundle>();
  const ids = new Map<BotLocale, Set<string>>();
  const parser = new FluentParser({ withSpans: true });

  for (const locale of BOT_LOCALES) {
    // Isolation marks keep names and numbers from scrambling right-to-left text; in left-to-right
    // text they do nothing useful, and some terminals and old clients show them as boxes.
    const bundle = new FluentBundle(locale, { useIsolating: LOCALES[locale].direction === "rtl" });
    const localeIds = new Set<string>();
    const dir = join(localesDir, locale);
    let files: string[];
    try {
      files = readdirSync(dir).filter((name) => name.endsWith(".ftl")).sort();
    } catch {
      throw new LocaleFileError(`locales/${locale}`, 0, "missing: every locale in LOCALES (src/domain/vocabulary.ts) needs its folder of .ftl files");
    }
    for (const name of files) {
      const path = join(dir, name);
      const source = readFileSync(path, "utf8");
      const resource = new FluentResource(source);
      // The bundle's own parser skips what it cannot read without a word; @fluent/syntax names
      // file and line. Files it read before, unchanged since, are not read again.
      if (!options.checked?.has(contentDigest(source))) {
        for (const entry of parser.parse(source).body) {
          if (entry instanceof Junk) {
            const offset = entry.span?.start ?? 0;
            const line = source.slice(0, offset).split("\n").length;
            const detail = entry.annotations[0]?.message ?? "invalid Fluent syntax";
            throw new LocaleFileError(`locales/${locale}/${name}`, line, detail);
          }
        }
      }
      // Before the bundle, which refuses a duplicate too but without a line number.
      for (const match of source.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)) {
        if (localeIds.has(match[1]!)) {
          throw new LocaleFileError(`locales/${locale}/${name}`, lineOf(source, match.index ?? 0), `duplicate message "${match[1]}"`);
        }
        localeIds.add(match[1]!);
      }
      const errors = bundle.addResource(resource);
      if (errors.length > 0) {
        throw new LocaleFileError(`locales/${locale}/${name}`, 0, errors[0]!.message);
      }
    }
    bundles.set(locale, bundle);
    ids.set(locale, localeIds);
  }

  function format(locale: BotLocale, key: string, args?: MessageArgs): string | undefined {
    const bundle = bundles.get(locale);
    const message = bundle?.getMessage(key);
    if (!bundle || !message?.value) return undefined;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args ?? null, errors);
    // A missing argument is a programming error; show the text anyway rather than fail the chat,
    // and say so in the log (key and locale only: arguments can be names).
    if (errors.length > 0) options.logger?.warn({ locale, key, errors: errors.map((error) => error.message) }, "fluent formatting error");
    // Fluent isolates placeables only; a command written in the text would show as "help/" in
    // Arabic or Persian without its own isolation.
    return LOCALES[locale].direction === "rtl" ? text.replace(COMMAND, (command) => `${LRI}${command}${PDI}`) : text;
  }

  return {
    locales: BOT_LOCALES,
    t(locale, key, args) {
      return format(locale, key, args) ?? format(DEFAULT_LOCALE, key, args) ?? key;
    },
    has(locale, key) {
      return ids.get(locale)?.has(key) ?? false;
    },
    keys(locale) {
      return ids.get(locale) ?? new Set();
    },
    isolate(locale, text) {
      return LOCALES[locale].direction === "rtl" ? `${FSI}${text}${PDI}` : text;
    },
  };
}

function lineOf(source: string, offset: number): number {
  return source.slice(0, offset).split("\n").length;
}
