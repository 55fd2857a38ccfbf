// Fluent translations for every channel (Telegram, console, Slack). Files live in
// locales/<locale>/*.ftl; every file of a locale goes into one bundle for that locale.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { FluentParser, Junk } from "@fluent/syntax";
import { BOT_LOCALES, DEFAULT_LOCALE, type BotLocale } from "../domain/vocabulary";

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
}

/** Reads and checks locales/<locale>/*.ftl. A syntax error is a one-line error naming file and line. */
export function loadTranslator(localesDir: string): Translator {
  const bundles = new Map<BotLocale, FluentBundle>();
  const ids = new Map<BotLocale, Set<string>>();
  const parser = new FluentParser({ withSpans: true });

  for (const locale of BOT_LOCALES) {
    // Unicode isolation marks around placeables confuse Telegram and terminals alike.
    const bundle = new FluentBundle(locale, { useIsolating: false });
    const localeIds = new Set<string>();
    const dir = join(localesDir, locale);
    const files = readdirSync(dir).filter((name) => name.endsWith(".ftl")).sort();
    for (const name of files) {
      const path = join(dir, name);
      const source = readFileSync(path, "utf8");
      for (const entry of parser.parse(source).body) {
        if (entry instanceof Junk) {
          const offset = entry.span?.start ?? 0;
          const line = source.slice(0, offset).split("\n").length;
          const detail = entry.annotations[0]?.message ?? "invalid Fluent syntax";
          throw new LocaleFileError(`locales/${locale}/${name}`, line, detail);
        }
      }
      // Before the bundle, which refuses a duplicate too but without a line number.
      for (const match of source.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)) {
        if (localeIds.has(match[1]!)) {
          throw new LocaleFileError(`locales/${locale}/${name}`, lineOf(source, match.index ?? 0), `duplicate message "${match[1]}"`);
        }
        localeIds.add(match[1]!);
      }
      const errors = bundle.addResource(new FluentResource(source));
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
    // A missing argument is a programming error; show the text anyway rather than fail the chat.
    return text;
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
  };
}

function lineOf(source: string, offset: number): number {
  return source.slice(0, offset).split("\n").length;
}
