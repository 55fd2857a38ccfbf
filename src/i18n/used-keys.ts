// Which locale keys the product uses: named by the flows, built from the closed vocabularies,
// or written in the code (a `t(…, "key")` call, a `key: "…"` output, a template such as
// `interest-${key}`). The locale check (check-locales.ts) and test/locales.test.ts use it; a
// template prefix the scan does not know fails there until its keys are listed here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createOptionSources, HOST_SOURCES } from "../conversation/option-sources";
import type { Label } from "../domain/flows/engine";
import type { Flow } from "../domain/flows/flow-schema";
import { CHECK_IN_ANSWERS, CHECK_IN_KINDS } from "../domain/check-ins";
import { COORDINATOR_STATUSES } from "../domain/signup-status";
import {
  BOT_LOCALES,
  HOURS_CHOICES,
  INTEREST_KEYS,
  LANGUAGE_CODES,
  OPPORTUNITY_SLOTS,
  REQUIREMENT_KEYS,
  RESIDENT_SLOTS,
  SIGNUP_STATUSES,
} from "../domain/vocabulary";
import { flowKeys } from "./check-locales";

const KEY_SHAPE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

/** The flow schema's default buttons (src/domain/flows/flow-schema.ts): a new flow may rely on them. */
const SCHEMA_DEFAULT_KEYS = ["common-yes", "common-no", "common-done", "common-skip"];

export interface UsedKeys {
  flowKeys: ReadonlySet<string>;
  /** Button labels: flow options and buttons, and the labels of the host option sources. */
  labelKeys: ReadonlySet<string>;
  vocabulary: Readonly<Record<string, readonly string[]>>;
  sourceLabelKeys: readonly string[];
  notificationKeys: readonly string[];
  /** Commands of the flows, without the slash. */
  commands: readonly string[];
  /**
   * literals: keys in `t(…)` and `key:` positions; templates: their `${…}` prefixes; mentioned:
   * every key-shaped string literal anywhere (keys handed on before they reach t()).
   */
  code: { literals: ReadonlyMap<string, ReadonlySet<string>>; templates: ReadonlyMap<string, ReadonlySet<string>>; mentioned: ReadonlySet<string> };
  templatePrefixes: Readonly<Record<string, readonly string[]>>;
  /** Everything above together. */
  all: ReadonlySet<string>;
}

export function collectUsedKeys(options: { flows: ReadonlyMap<string, Flow>; srcDir: string; rootDir: string }): UsedKeys {
  const flows = [...options.flows.values()];
  const fromFlows = flows.map(flowKeys);
  const commands = flows.flatMap((flow) => flow.commands);
  // Menu descriptions are named by each flow's English command (the last one listed).
  const commandKeys = flows.flatMap((flow) => (flow.commands.length > 0 ? [`command-${flow.commands.at(-1)!}`] : []));

  const vocabulary: Record<string, readonly string[]> = {
    "locale-name": BOT_LOCALES.map((locale) => `locale-name-${locale}`),
    interest: INTEREST_KEYS.map((key) => `interest-${key}`),
    "resident slot": RESIDENT_SLOTS.map((slot) => `slot-${slot}`),
    "opportunity slot": OPPORTUNITY_SLOTS.map((slot) => `slot-${slot}`),
    hours: HOURS_CHOICES.map((hours) => `hours-${hours}`),
    language: LANGUAGE_CODES.map((code) => `language-${code}`),
    requirement: REQUIREMENT_KEYS.map((key) => `requirement-${key}`),
    status: SIGNUP_STATUSES.map((status) => `status-${status}`),
    "resident status": SIGNUP_STATUSES.map((status) => `my-signups-status-${status}`),
    command: commandKeys,
  };
  const notificationKeys = COORDINATOR_STATUSES.map((status) => `notify-signup-${status}`);
  const sourceLabelKeys = HOST_SOURCES.flatMap((source) =>
    (createOptionSources([{ slug: "altstadt", name: "Altstadt" }])(source, {}) ?? []).flatMap(({ label }: { label: Label }) => ("key" in label ? [label.key] : [])),
  );
  const templatePrefixes: Record<string, readonly string[]> = {
    "interest-": vocabulary.interest!,
    "slot-": [...vocabulary["resident slot"]!, ...vocabulary["opportunity slot"]!],
    "language-": vocabulary.language!,
    "locale-name-": vocabulary["locale-name"]!,
    "requirement-": vocabulary.requirement!,
    "status-": vocabulary.status!,
    "my-signups-status-": vocabulary["resident status"]!,
    "command-": vocabulary.command!,
    "notify-signup-": notificationKeys,
    "slack-button-": COORDINATOR_STATUSES.map((status) => `slack-button-${status}`),
    "notify-check-in-": CHECK_IN_KINDS.map((kind) => `notify-check-in-${kind}`),
    "slack-check-in-question-": CHECK_IN_KINDS.map((kind) => `slack-check-in-question-${kind}`),
    "check-in-answer-": CHECK_IN_KINDS.flatMap((kind) => CHECK_IN_ANSWERS[kind].map((answer) => `check-in-answer-${answer}`)),
    "slack-check-in-answer-": CHECK_IN_KINDS.flatMap((kind) => CHECK_IN_ANSWERS[kind].map((answer) => `slack-check-in-answer-${answer}`)),
    // option-sources.ts: keyed(values, prefix) → `${prefix}-${value}`.
    "": sourceLabelKeys,
  };
  const code = scanSourceKeys(options.srcDir, options.rootDir);
  const flowKeySet = new Set(fromFlows.flatMap((keys) => keys.all));
  const all = new Set<string>([
    ...SCHEMA_DEFAULT_KEYS,
    ...flowKeySet,
    ...Object.values(vocabulary).flat(),
    ...notificationKeys,
    ...sourceLabelKeys,
    ...code.literals.keys(),
    ...code.mentioned,
    ...[...code.templates.keys()].flatMap((prefix) => templatePrefixes[prefix] ?? []),
  ]);
  return {
    flowKeys: flowKeySet,
    labelKeys: new Set([...fromFlows.flatMap((keys) => keys.labels), ...sourceLabelKeys]),
    vocabulary,
    sourceLabelKeys,
    notificationKeys,
    commands,
    code,
    templatePrefixes,
    all,
  };
}

function sourceFiles(dir: string, skip: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === skip ? [] : sourceFiles(full, skip);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The text of a call's arguments, from just after "(" to the matching ")"; strings are skipped over. */
function callArguments(source: string, open: number): string {
  let depth = 0;
  for (let index = open; index < source.length; index++) {
    const char = source[index]!;
    if (char === '"' || char === "'" || char === "`") {
      const close = source.indexOf(char, index + 1);
      index = close === -1 ? source.length : close;
    } else if (char === "(") {
      depth++;
    } else if (char === ")" && --depth === 0) {
      return source.slice(open + 1, index);
    }
  }
  return source.slice(open + 1);
}

/** String literals in `t(…, "key"` and `key: "key"` positions of src/**\/*.ts, by file. */
function scanSourceKeys(srcDir: string, rootDir: string): UsedKeys["code"] {
  const literals = new Map<string, Set<string>>();
  const templates = new Map<string, Set<string>>();
  const mentioned = new Set<string>();
  const note = (map: Map<string, Set<string>>, key: string, file: string) => map.set(key, (map.get(key) ?? new Set()).add(file));
  const collect = (text: string, file: string) => {
    for (const match of text.matchAll(/(["'])([^"'\n]*)\1|`([^`]*)`/g)) {
      if (match[3] !== undefined) {
        const template = match[3];
        const hole = template.indexOf("${");
        if (hole === -1) {
          if (KEY_SHAPE.test(template)) note(literals, template, file);
        } else {
          note(templates, template.slice(0, hole), file);
        }
      } else if (KEY_SHAPE.test(match[2]!)) {
        note(literals, match[2]!, file);
      }
    }
  };
  for (const full of sourceFiles(srcDir, path.join(srcDir, "generated"))) {
    const file = path.relative(rootDir, full);
    const source = readFileSync(full, "utf8");
    for (const call of source.matchAll(/\bt\(/g)) {
      const args = callArguments(source, call.index! + 1);
      // The key is the first or second argument; an arguments object ({ … }) follows it.
      collect(args.split(/,\s*\{/)[0]!, file);
    }
    for (const property of source.matchAll(/\bkey:\s*(["'`])/g)) {
      const start = property.index! + property[0].length - 1;
      const end = source.indexOf(property[1]!, start + 1);
      collect(source.slice(start, end + 1), file);
    }
    // Keys handed on before they reach t() (the engine's retry("common-…"), tellUser("slack-error-…")):
    // any plain string literal that looks like a key counts as used.
    for (const match of source.matchAll(/(["'])([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\1/g)) mentioned.add(match[2]!);
  }
  return { literals, templates, mentioned };
}
