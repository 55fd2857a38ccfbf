// Fluent translations for every channel (Telegram, console, Slack). Files live in
// locales/<locale>/*.ftl; every file of a locale goes into one bundle for that locale.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { FluentParser, Junk } from "@fluent/syntax";
import { BOT_LOCALES, DEFAULT_LOCALE, LOCALES, type BotLocale } from "../domain/vocabulary";
import type { Logger } from "../logger";

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
export function loadTranslator(localesDir: string, options: { logger?: Logger } = {}): Translator {
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
      // The bundle's own parser is fast but skips what it cannot read without a word. Where the
      // file could hold something it skipped, @fluent/syntax (exact, with line numbers, several
      // times slower: it was most of the start-up spent on locales) reads it once more.
      if (mightHoldJunk(source, resource)) {
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

/** Lines that begin a message or a term ("key =", "-term ="). */
const ENTRY_START = /^-?[a-zA-Z][\w-]*[ \t]*=/;
/** What else a line may begin with: a comment, the end or a variant of a multi-line placeable. */
const OTHER_LINE_START = /^(#|\}|\[|\*\[)/;

/**
 * False when every entry the file starts was read by the bundle's parser and every line that is
 * not indented starts an entry or is one of the few other things that may stand there — then
 * nothing was skipped. True means "possibly": the exact parser decides.
 */
function mightHoldJunk(source: string, resource: FluentResource): boolean {
  let entries = 0;
  for (const line of source.split("\n")) {
    if (line === "" || line[0] === " " || line === "\r") continue;
    if (ENTRY_START.test(line)) entries++;
    else if (!OTHER_LINE_START.test(line)) return true;
  }
  return entries !== resource.body.length;
}

function lineOf(source: string, offset: number): number {
  return source.slice(0, offset).split("\n").length;
}
