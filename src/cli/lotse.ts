#!/usr/bin/env tsx
// lotse: the network manager's tool. Keeps the opportunity database current from a spreadsheet
// (import, export), looks after offers (list, show, pause, resume, qr), coordinators and figures,
// and backs the database up. German messages by default (the users are German administrators),
// English with --lang en. Exit codes: 0 done, 1 the work failed (invalid file, unknown offer),
// 2 the command was used wrongly (unknown option, missing argument).
//
//   npx lotse import angebote.xlsx --dry-run      (or: npm run lotse -- import …)
import { realpathSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Command, CommanderError, Help, Option } from "commander";
import { ConfigError, parseDatabaseUrl } from "../config";
import { createPrismaClient } from "../db/client";
import { applyMigrations } from "../db/migrate";
import type { PrismaClient } from "../generated/prisma/client";
import { loadTranslator, type MessageArgs, type Translator } from "../i18n/translator";
import { registerBackupCommand } from "./lotse/backup-command";
import { registerCoordinatorCommand } from "./lotse/coordinator-command";
import { registerExportCommand } from "./lotse/export-command";
import { registerImportCommand } from "./lotse/import-command";
import { registerOpportunityCommands } from "./lotse/opportunity-commands";
import { registerQrCommand } from "./lotse/qr-command";
import { registerStatsCommand } from "./lotse/stats-command";
import { projectPath } from "../paths";

export const CLI_LANGUAGES = ["de", "en"] as const;
export type CliLanguage = (typeof CLI_LANGUAGES)[number];

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stdout is a terminal: progress bars there, plain progress lines otherwise. */
  isTTY: boolean;
}

/** What every sub-command gets; made after the global options are read. */
export interface LotseContext {
  lang: CliLanguage;
  /** The CLI's texts (cli-* keys, locales/<lang>/cli*.ftl). */
  t: (key: string, args?: MessageArgs) => string;
  io: CliIo;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  /** Opens the database (migrating it first) for the duration of `work`. */
  withDatabase<T>(work: (prisma: PrismaClient) => Promise<T>): Promise<T>;
  /** The process exit code when the command finishes (1: the work failed). */
  fail(code?: number): void;
}

export interface RunLotseOptions {
  io?: CliIo;
  now?: () => Date;
  /** Where the locale folders are (tests keep the default). */
  localesDir?: string;
  /** Already loaded texts: tests that run many commands read the locale files once. */
  translator?: Translator;
}

const LOCALES_DIR = projectPath("locales");

/** Runs lotse with `args` (without "node lotse"); returns the exit code. */
export async function runLotse(args: readonly string[], env: NodeJS.ProcessEnv, options: RunLotseOptions = {}): Promise<number> {
  const io = options.io ?? defaultIo;
  const lang = languageOf(args);
  let translator: Translator | undefined = options.translator;
  const t = (key: string, messageArgs?: MessageArgs) => (translator ??= loadTranslator(options.localesDir ?? LOCALES_DIR)).t(lang, key, messageArgs);
  let exitCode = 0;

  const context: LotseContext = {
    lang,
    t,
    io,
    env,
    now: options.now ?? (() => new Date()),
    async withDatabase(work) {
      const databaseUrl = parseDatabaseUrl(env);
      await applyMigrations({ databaseUrl });
      const prisma = createPrismaClient(databaseUrl);
      try {
        return await work(prisma);
      } finally {
        await prisma.$disconnect();
      }
    },
    fail(code = 1) {
      exitCode = code;
    },
  };

  // Everything set on the program before the commands are registered is inherited by them:
  // the help option and command, the translated help, the error handling.
  const program = new Command("lotse")
    .description(t("cli-lotse-description"))
    .addOption(new Option("--lang <lang>", t("cli-option-lang")).choices(CLI_LANGUAGES).default("de"))
    .helpOption("-h, --help", t("cli-help-option"))
    .configureHelp(localisedHelp(t))
    .addHelpText("after", `\n${t("cli-lotse-help")}`)
    .exitOverride()
    .showHelpAfterError(t("cli-see-help"))
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
      outputError: (text, write) => write(localisedError(text, t)),
    });
  program.helpCommand(`help [${t("cli-help-command-argument")}]`, t("cli-help-command"));

  registerImportCommand(program, context);
  registerExportCommand(program, context);
  registerOpportunityCommands(program, context);
  registerQrCommand(program, context);
  registerCoordinatorCommand(program, context);
  registerStatsCommand(program, context);
  registerBackupCommand(program, context);

  try {
    await program.parseAsync([...args], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof ConfigError) {
      io.err(`lotse: ${error.message}`);
      return 2;
    }
    throw error;
  }
  return exitCode;
}

type T = LotseContext["t"];

/**
 * Commander's own words in the help: the headings (passed through styleTitle, which is there for
 * colouring them), "[options]"/"[command]" in the usage lines and the "(choices: …, default: …)"
 * after an option.
 */
function localisedHelp(t: T): Partial<Help> {
  const headings: Record<string, string> = {
    "Usage:": t("cli-help-usage"),
    "Arguments:": t("cli-help-arguments"),
    "Options:": t("cli-help-options"),
    "Global Options:": t("cli-help-global-options"),
    "Commands:": t("cli-help-commands"),
  };
  const extras = (text: string) =>
    text.replace(/\((choices: .*?|default: .*?)\)$/, (group) => group.replace("choices: ", `${t("cli-help-choices")}: `).replace("default: ", `${t("cli-help-default")}: `));
  const usage = (text: string) => text.replace("[options]", `[${t("cli-help-options-placeholder")}]`).replace("[command]", `[${t("cli-help-command-argument")}]`);
  return {
    styleTitle: (title) => headings[title] ?? title,
    commandUsage(command) {
      return usage(Help.prototype.commandUsage.call(this, command));
    },
    subcommandTerm(command) {
      return usage(Help.prototype.subcommandTerm.call(this, command));
    },
    optionDescription(option) {
      return extras(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(argument) {
      return extras(Help.prototype.argumentDescription.call(this, argument));
    },
  };
}

/**
 * Commander's error messages (pinned at 14.0.3, whose wording these patterns follow) in the
 * language of the messages; one this table does not know is shown as commander wrote it.
 */
function localisedError(text: string, t: T): string {
  const [first = "", ...rest] = text.trimEnd().split("\n");
  const patterns: Array<[RegExp, (match: RegExpExecArray) => string]> = [
    [/^error: unknown command '(.*)'$/, (m) => t("cli-error-unknown-command", { name: m[1]! })],
    [/^error: unknown option '(.*)'$/, (m) => t("cli-error-unknown-option", { option: m[1]! })],
    [/^error: missing required argument '(.*)'$/, (m) => t("cli-error-missing-argument", { name: m[1]! })],
    [/^error: option '(.*)' argument missing$/, (m) => t("cli-error-option-value-missing", { option: m[1]! })],
    [/^error: required option '(.*)' not specified$/, (m) => t("cli-error-required-option", { option: m[1]! })],
    [/^error: too many arguments(?: for '.*')?\. Expected (\d+) arguments? but got (\d+)\.$/, (m) => t("cli-error-too-many-arguments", { expected: Number(m[1]), got: Number(m[2]) })],
    [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/, (m) => t("cli-error-invalid-choice", { option: m[1]!, value: m[2]!, choices: m[3]! })],
    [/^error: option '(.*)' argument '(.*)' is invalid\. (.*)$/, (m) => t("cli-error-invalid-option-value", { option: m[1]!, value: m[2]!, detail: m[3]! })],
  ];
  const translate = (line: string) => {
    for (const [pattern, message] of patterns) {
      const match = pattern.exec(line);
      if (match) return message(match);
    }
    const suggestion = /^\(Did you mean (?:one of )?(.*)\?\)$/.exec(line);
    return suggestion ? t("cli-did-you-mean", { suggestions: suggestion[1]! }) : line;
  };
  return `${[first, ...rest].map(translate).join(" ")}\n`;
}

/** --lang is needed before the program is built (its help texts are translated). */
function languageOf(args: readonly string[]): CliLanguage {
  const index = args.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (index === -1) return "de";
  const value = args[index]!.includes("=") ? args[index]!.split("=")[1] : args[index + 1];
  return value === "en" ? "en" : "de";
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  isTTY: Boolean(process.stdout.isTTY),
};

/**
 * Run as a program, not imported (tests import runLotse). `npx lotse` starts us through a symlink
 * (node_modules/.bin/lotse), which node resolves for import.meta.url but not in argv[1].
 */
function invokedAsProgram(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(path.resolve(script))).href;
  } catch {
    return false;
  }
}

const invokedDirectly = invokedAsProgram();
if (invokedDirectly) {
  // `lotse list | head`: the reader went away; that is no error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await runLotse(process.argv.slice(2), process.env).catch((error: unknown) => {
    process.stderr.write(`lotse: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
    return 1;
  });
}
