#!/usr/bin/env tsx
// lotse: the network manager's tool. Keeps the opportunity database current from a spreadsheet
// (import, export), looks after offers (list, show, pause, resume, qr), coordinators and figures,
// and backs the database up. German messages by default (the users are German administrators),
// English with --lang en. Exit codes: 0 done, 1 the work failed (invalid file, unknown offer),
// 2 the command was used wrongly (unknown option, missing argument).
//
//   npx lotse import angebote.xlsx --dry-run      (or: npm run lotse -- import …)
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Command, CommanderError, Option } from "commander";
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
}

const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

/** Runs lotse with `args` (without "node lotse"); returns the exit code. */
export async function runLotse(args: readonly string[], env: NodeJS.ProcessEnv, options: RunLotseOptions = {}): Promise<number> {
  const io = options.io ?? defaultIo;
  const lang = languageOf(args);
  let translator: Translator | undefined;
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

  const program = new Command("lotse")
    .description(t("cli-lotse-description"))
    .addOption(new Option("--lang <lang>", t("cli-option-lang")).choices(CLI_LANGUAGES).default("de"))
    .exitOverride()
    .showHelpAfterError(t("cli-see-help"))
    .configureOutput({ writeOut: (text) => io.out(text.trimEnd()), writeErr: (text) => io.err(text.trimEnd()) });
  program.helpCommand(true);

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

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  process.exitCode = await runLotse(process.argv.slice(2), process.env).catch((error: unknown) => {
    process.stderr.write(`lotse: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
    return 1;
  });
}
