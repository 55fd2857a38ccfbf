// The translations are complete: every key a flow, the engine, a vocabulary or the code asks
// for exists in every bot locale, the locales define the same keys with the same arguments,
// and a broken .ftl file stops start-up with one line naming file and line.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FluentParser, Message, Visitor, type MessageReference, type TermReference, type VariableReference } from "@fluent/syntax";
import { productLocaleSources } from "../src/cli/check-locales";
import { LOTSE_COMMAND } from "../src/channels/slack/listeners/commands/lotse";
import { checkLocales, COORDINATOR_KEY, COORDINATOR_LOCALES, flowKeys, formatProblem, parseLocaleDir } from "../src/i18n/check-locales";
import { collectUsedKeys } from "../src/i18n/used-keys";
import { afterAll, describe, expect, it } from "vitest";
import { loadProductFlows } from "../src/conversation/load-product-flows";
import { COORDINATOR_STATUSES } from "../src/domain/signup-status";
import {
  BOT_LOCALES,
  HOURS_CHOICES,
  INTEREST_KEYS,
  LANGUAGE_CODES,
  OPPORTUNITY_SLOTS,
  PRIVACY_VERSION,
  REQUIREMENT_KEYS,
  RESIDENT_SLOTS,
  SIGNUP_STATUSES,
  type BotLocale,
} from "../src/domain/vocabulary";
import { contentDigest } from "../src/domain/content-digest";
import { loadTranslator, LocaleFileError, readCheckedLocaleDigests } from "../src/i18n/translator";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const LOCALES_DIR = path.join(ROOT, "locales");
const SRC_DIR = path.join(ROOT, "src");

const translator = loadTranslator(LOCALES_DIR);
const flows = loadProductFlows(path.join(ROOT, "flows"));

// ---------------------------------------------------------------------------------------
// The keys, by where they come from (src/i18n/used-keys.ts)
// ---------------------------------------------------------------------------------------

const USED = collectUsedKeys({ flows, srcDir: SRC_DIR, rootDir: ROOT });
const FLOW_KEYS = USED.flowKeys;
const FLOW_LABEL_KEYS = new Set([...flows.values()].flatMap((flow) => flowKeys(flow).labels));
const COMMANDS = USED.commands;
const VOCABULARY_KEYS = USED.vocabulary;
const NOTIFICATION_KEYS = USED.notificationKeys;
const SOURCE_LABEL_KEYS = USED.sourceLabelKeys;
const CODE_KEYS = USED.code;
const TEMPLATE_PREFIXES = USED.templatePrefixes;

/** What src/domain/flows/engine.ts emits when an answer does not fit. */
const ENGINE_KEYS = [
  "common-stale-button",
  "common-stale-button-idle",
  "common-unknown-command",
  "common-please-type",
  "common-too-long",
  "common-use-buttons",
  "common-unknown-choice",
  "common-choose-more",
] as const;

/** Keys a locale must have: coordinators' (Slack) texts only in the coordinators' locales. */
function requiredIn(locale: BotLocale, keys: Iterable<string>): string[] {
  return [...keys].filter((key) => COORDINATOR_LOCALES.includes(locale) || !COORDINATOR_KEY.test(key));
}

function missingIn(locale: BotLocale, keys: Iterable<string>): string[] {
  return [...new Set(requiredIn(locale, keys))].filter((key) => !translator.has(locale, key)).sort();
}

// ---------------------------------------------------------------------------------------
// Arguments: what each message uses, parsed from the .ftl files
// ---------------------------------------------------------------------------------------

// One parse of every locale folder, shared with the locale check (src/i18n/check-locales.ts).
const PARSED = new Map(BOT_LOCALES.map((locale) => [locale, parseLocaleDir(LOCALES_DIR, locale, [])] as const));

/** Arguments the code passes to the keys it formats itself (engine, present.ts, actions). */
const CODE_ARGS: Record<string, readonly string[]> = {
  "common-too-long": ["limit", "length"],
  "common-choose-more": ["min"],
  "reason-few-hours": ["hours"],
  "details-organisation": ["name"],
  "details-where": ["where"],
  "details-when": ["when"],
  "details-hours": ["hours", "frequency"],
  "details-commitment": ["months"],
  "details-min-age": ["age"],
  "details-languages-required": ["languages"],
  "details-languages-helpful": ["languages"],
  "details-requirements": ["requirements"],
  "recommendations-item": ["rank", "title", "summary", "organisation", "why"],
  "my-signups-item": ["title", "organisation", "status"],
  "my-signups-withdraw-button": ["title"],
  ...Object.fromEntries(COORDINATOR_STATUSES.map((status) => [`notify-signup-${status}`, ["title", "organisation"]])),
};

/**
 * Slots a flow prompt or say may use as an argument (the engine passes every string/number
 * slot). Only slots that are certainly set when the message is shown belong here: a missing
 * argument shows up as "{$name}" in the chat.
 */
// load_privacy_contacts (flows/privacy.yaml) fills the privacy notice's version and contacts.
const FLOW_ARGS = ["opportunityTitle", "organisationName", "requirementsText", "version", "controller", "email", "dpo", "inactiveMonths", "textMonths", "conversationMonths"];

// ---------------------------------------------------------------------------------------

describe("the locale files", () => {
  it("load for every bot locale", () => {
    expect(translator.locales).toEqual(BOT_LOCALES);
    for (const locale of BOT_LOCALES) expect(translator.keys(locale).size).toBeGreaterThan(100);
  });

  it("define the same keys in every locale (coordinators' Slack texts only in theirs)", () => {
    const [first, ...others] = BOT_LOCALES;
    const reference = [...translator.keys(first)].sort();
    for (const locale of others) {
      const keys = translator.keys(locale);
      expect({ locale, missing: requiredIn(locale, reference).filter((key) => !keys.has(key)) }).toEqual({ locale, missing: [] });
      expect({ locale, extra: [...keys].filter((key) => !requiredIn(locale, reference).includes(key)).sort() }).toEqual({ locale, extra: [] });
    }
  });

  it("pass npm run check:locales", () => {
    expect(checkLocales(productLocaleSources(ROOT)).map(formatProblem)).toEqual([]);
  });

  it("use the same arguments for a key in every locale", () => {
    const differences: string[] = [];
    const reference = PARSED.get(BOT_LOCALES[0])!;
    for (const locale of BOT_LOCALES.slice(1)) {
      for (const [key, message] of PARSED.get(locale)!) {
        const other = reference.get(key);
        if (!other) continue;
        const a = [...other.variables].sort().join(", ");
        const b = [...message.variables].sort().join(", ");
        if (a !== b) differences.push(`${key}: ${BOT_LOCALES[0]} uses {${a}}, ${locale} uses {${b}}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it("refer only to messages that exist", () => {
    const broken = BOT_LOCALES.flatMap((locale) =>
      [...PARSED.get(locale)!].flatMap(([key, message]) =>
        [...message.references].filter((reference) => !translator.has(locale, reference)).map((reference) => `${message.file}: ${key} → ${reference}`),
      ),
    );
    expect(broken).toEqual([]);
  });
});

describe.each(BOT_LOCALES)("locale %s is complete", (locale) => {
  it("has every key a flow names (prompts, says, labels, buttons and their defaults)", () => {
    expect(FLOW_KEYS.size).toBeGreaterThan(50);
    expect(missingIn(locale, FLOW_KEYS)).toEqual([]);
  });

  it.each(Object.keys(VOCABULARY_KEYS))("has a label for every %s", (vocabulary) => {
    const keys = VOCABULARY_KEYS[vocabulary]!;
    expect(keys.length).toBeGreaterThan(0);
    expect(missingIn(locale, keys)).toEqual([]);
  });

  it("has a label for every option the host option sources offer", () => {
    expect(SOURCE_LABEL_KEYS.length).toBeGreaterThan(20);
    expect(missingIn(locale, SOURCE_LABEL_KEYS)).toEqual([]);
  });

  it("has a message for every status a coordinator can set", () => {
    expect(missingIn(locale, NOTIFICATION_KEYS)).toEqual([]);
  });

  it("has every message the flow engine emits", () => {
    const inEngine = readFileSync(path.join(SRC_DIR, "domain/flows/engine.ts"), "utf8").match(/"common-[a-z-]+"/g) ?? [];
    expect(new Set(inEngine.map((literal) => literal.slice(1, -1)))).toEqual(new Set(ENGINE_KEYS));
    expect(missingIn(locale, ENGINE_KEYS)).toEqual([]);
  });

  it("has every key the code in src names", () => {
    expect(CODE_KEYS.literals.size).toBeGreaterThan(20);
    const missing = [...CODE_KEYS.literals]
      .filter(([key]) => requiredIn(locale, [key]).length > 0 && !translator.has(locale, key))
      .map(([key, files]) => `${key} (${[...files].join(", ")})`);
    expect(missing).toEqual([]);
  });

  it("has every key the code builds from a template", () => {
    const unknown = [...CODE_KEYS.templates]
      .filter(([prefix]) => !(prefix in TEMPLATE_PREFIXES))
      .map(([prefix, files]) => `\`${prefix}\${…}\` in ${[...files].join(", ")}: list its keys in TEMPLATE_PREFIXES`);
    expect(unknown).toEqual([]);
    expect([...CODE_KEYS.templates.keys()]).toEqual(expect.arrayContaining(["interest-", "slot-", "status-", "requirement-"]));
    for (const prefix of CODE_KEYS.templates.keys()) {
      expect({ prefix, missing: missingIn(locale, TEMPLATE_PREFIXES[prefix] ?? []) }).toEqual({ prefix, missing: [] });
    }
  });
});

describe.each(BOT_LOCALES)("locale %s formats", (locale) => {
  const parsed = PARSED.get(locale)!;
  const variablesOf = (key: string) => [...(parsed.get(key)?.variables ?? [])];

  it("the messages the code formats with only the arguments the code passes", () => {
    const unexpected = Object.entries(CODE_ARGS).flatMap(([key, args]) =>
      variablesOf(key).filter((name) => !args.includes(name)).map((name) => `${key}: {$${name}}`),
    );
    expect(unexpected).toEqual([]);
  });

  it("flow prompts and says with only slots that are set when they are shown", () => {
    const unexpected = [...FLOW_KEYS].flatMap((key) =>
      variablesOf(key).filter((name) => !FLOW_ARGS.includes(name)).map((name) => `${key}: {$${name}}`),
    );
    expect(unexpected).toEqual([]);
  });

  it("button and vocabulary labels without any argument (they are rendered without)", () => {
    const labels = [
      ...FLOW_LABEL_KEYS,
      ...SOURCE_LABEL_KEYS,
      ...Object.values(VOCABULARY_KEYS).flat(),
    ];
    const withArguments = labels.filter((key) => variablesOf(key).length > 0);
    expect(withArguments).toEqual([]);
  });

  it("button labels short enough for one line on a phone", () => {
    const labels = [...new Set([...FLOW_LABEL_KEYS, ...SOURCE_LABEL_KEYS])];
    const tooLong = labels.map((key) => translator.t(locale, key)).filter((text) => text.length > 40);
    expect(tooLong).toEqual([]);
  });

  it("command descriptions that Telegram accepts (1–256 characters)", () => {
    for (const key of VOCABULARY_KEYS.command!) {
      const text = translator.t(locale, key);
      expect(text.length, key).toBeGreaterThan(0);
      expect(text.length, key).toBeLessThanOrEqual(256);
    }
  });

  it("every message below Telegram's 4096 characters, with sample arguments filled in", () => {
    const sample = { limit: 500, length: 612, min: 2, hours: 2, frequency: "regular", months: 6, age: 18, rank: 1 };
    for (const key of translator.keys(locale)) {
      const text = translator.t(locale, key, sample);
      expect(text.length, key).toBeLessThan(4096);
    }
  });

  // What a reader sees, compared in Latin digits without the isolation marks of right-to-left text.
  const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, "").replace(/[۰-۹]/g, (digit) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(digit))).replace(/[٠-٩]/g, (digit) => String("٠١٢٣٤٥٦٧٨٩".indexOf(digit)));

  it("numbers and selects as a resident reads them", () => {
    const tooLong = plain(translator.t(locale, "common-too-long", { limit: 500, length: 612 }));
    expect(tooLong).toContain("500");
    expect(tooLong).toContain("612");
    expect(translator.t(locale, "common-choose-more", { min: 1 })).not.toContain("{");
    expect(translator.t(locale, "details-hours", { hours: 2, frequency: "regular" })).not.toBe(
      translator.t(locale, "details-hours", { hours: 2, frequency: "once" }),
    );
    const item = plain(translator.t(locale, "recommendations-item", { rank: 2, title: "Lesepaten", summary: "Vorlesen in der Kita", organisation: "Stadtbibliothek", why: "Kinder" }));
    expect(item.split("\n")).toEqual(["2. Lesepaten", "Vorlesen in der Kita", "(Stadtbibliothek)", expect.stringMatching(/: Kinder$/)]);
    const requirements = plain(translator.t(locale, "details-requirements", { requirements: "• a\n• b" }));
    expect(requirements).toMatch(/\n• a\n• b$/);
  });

  it("the privacy notice with the date of the privacy version in effect", () => {
    // PRIVACY_VERSION "2026-11" → "November 2026"; bumping it means revising both texts.
    const [year, month] = PRIVACY_VERSION.split("-").map(Number) as [number, number];
    // The Gregorian calendar everywhere: the date of a German privacy notice (Persian would default to the Solar Hijri one).
    const date = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, 1)));
    // Whom the notice names comes from the configuration (PRIVACY_*, src/config.ts).
    const contacts = { version: PRIVACY_VERSION, controller: "Netzwerk für Generationen Saalberg", email: "datenschutz@netzwerk-saalberg.example.org", dpo: "Datenschutzbeauftragte der Stadt Saalberg", inactiveMonths: 12, textMonths: 6, conversationMonths: 6 };
    for (const key of ["privacy-text", "onboarding-privacy"]) {
      expect(translator.t(locale, key, contacts), key).toContain(date);
    }
    const text = plain(translator.t(locale, "privacy-text", contacts));
    for (const part of Object.values(contacts)) expect(text).toContain(part);
    expect(text).toMatch(/12/);
    expect(text).toMatch(/\/(loeschen|delete)\b/);
    expect(translator.t(locale, "onboarding-privacy")).toMatch(/\/(datenschutz|privacy)\b/);
  });

  it("a help text that lists the commands", () => {
    const listed = [...translator.t(locale, "help-text").matchAll(/(?<![\w/])\/([a-z_]+)/g)].map((match) => match[1]!);
    expect(listed.length).toBeGreaterThanOrEqual(8);
  });

  it("only commands that exist in every message that mentions one", () => {
    const unknown = [...translator.keys(locale)].flatMap((key) =>
      [...translator.t(locale, key).matchAll(/(?<![\w/.@])\/([a-z_]+)\b/g)]
        .map((match) => match[1]!)
        // Coordinators' Slack texts may name the app's Slack slash command (/lotse) too.
        .filter((command) => !COMMANDS.includes(command) && !(COORDINATOR_KEY.test(key) && `/${command}` === LOTSE_COMMAND))
        .map((command) => `${key}: /${command}`),
    );
    expect(unknown).toEqual([]);
  });
});

describe("a broken locale file", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function localesWith(files: Partial<Record<BotLocale, Record<string, string>>>): string {
    const dir = mkdtempSync(path.join(tmpdir(), "locales-"));
    dirs.push(dir);
    for (const locale of BOT_LOCALES) {
      mkdirSync(path.join(dir, locale));
      for (const [name, text] of Object.entries(files[locale] ?? { "ok.ftl": "hello = Hallo\n" })) {
        writeFileSync(path.join(dir, locale, name), text);
      }
    }
    return dir;
  }

  function loadError(dir: string): Error {
    try {
      loadTranslator(dir);
    } catch (error) {
      return error as Error;
    }
    throw new Error("expected loadTranslator to throw");
  }

  it("gives a one-line LocaleFileError naming file and line of a syntax error", () => {
    const dir = localesWith({
      en: {
        "common.ftl": "## Buttons\n\ncommon-yes = Yes\ncommon-no = { $oops\ncommon-done = Done\n",
      },
    });
    const error = loadError(dir);
    expect(error).toBeInstanceOf(LocaleFileError);
    expect(error.message).toMatch(/^locales\/en\/common\.ftl:4: \S/);
    expect(error.message).not.toContain("\n");
  });

  // Without a build's list of checked files every file is read by @fluent/syntax: each of these
  // is found, with its line.
  it.each([
    ["a line of text that is not indented", "common-yes = Yes\nthis line belongs to nothing\ncommon-no = No\n", 2],
    ["an entry without a value", "common-yes = Yes\ncommon-no =\ncommon-done = Done\n", 2],
    ["an unclosed select", "common-yes = { $n ->\n    [one] one\n   *[other] many\ncommon-no = No\n", 1],
    ["a variant without default", "common-yes = { $n ->\n    [one] one\n    [other] many\n  }\ncommon-no = No\n", 1],
    ["an attribute-only message with a bad attribute", "common-yes =\n    .label Yes\ncommon-no = No\n", 1],
  ])("finds %s", (_name, text, line) => {
    const error = loadError(localesWith({ en: { "common.ftl": text } }));
    expect(error).toBeInstanceOf(LocaleFileError);
    expect(error.message).toMatch(new RegExp(`^locales/en/common\\.ftl:${line}: \\S`));
  });

  it("reads again with @fluent/syntax only files whose text it did not check before", () => {
    const broken = "common-yes = Yes\nthis line belongs to nothing\ncommon-no = No\n";
    const dir = localesWith({ en: { "common.ftl": broken } });
    expect(() => loadTranslator(dir, { checked: new Set([contentDigest(`${broken} `)]) })).toThrow(LocaleFileError);
    // Listed as checked (a build found it free of errors): not read by the slow parser again.
    expect(loadTranslator(dir, { checked: new Set([contentDigest(broken)]) }).t("en", "common-no")).toBe("No");
  });

  it("takes no list of checked files from a file it cannot read", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "checked-"));
    writeFileSync(path.join(dir, "bad.json"), '["not-a-digest"]');
    writeFileSync(path.join(dir, "broken.json"), "{");
    expect(readCheckedLocaleDigests(path.join(dir, "bad.json")).size).toBe(0);
    expect(readCheckedLocaleDigests(path.join(dir, "broken.json")).size).toBe(0);
    expect(readCheckedLocaleDigests(path.join(dir, "missing.json")).size).toBe(0);
  });

  it("reads a file with multi-line placeables, comments and terms as it is", () => {
    const dir = localesWith({
      en: { "common.ftl": "# comment\n-brand = Lotse\n\ncommon-yes = { $n ->\n    [one] one { -brand }\n*[other] many\n}\n" },
    });
    expect(loadTranslator(dir).t("en", "common-yes", { n: 1 })).toBe("one Lotse");
  });

  it("names the file and the key of a key defined twice, also across files", () => {
    const dir = localesWith({
      de: {
        "a.ftl": "one = Eins\n",
        "b.ftl": "## Zahlen\n\ntwo = Zwei\none = Noch mal eins\n",
      },
    });
    const error = loadError(dir);
    expect(error).toBeInstanceOf(LocaleFileError);
    // The bundle refuses the second definition before the loader's own duplicate check (with
    // its line number) runs, so the line is not reliable here; file and key are.
    expect(error.message).toMatch(/^locales\/de\/b\.ftl:\d+: .*"one"/);
    expect(error.message).not.toContain("\n");
  });
});
