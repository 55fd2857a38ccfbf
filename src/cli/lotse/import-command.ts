// lotse import FILE… [--dry-run] [--entity TABLE] [--format FORMAT]: the network from the
// manager's spreadsheets (src/services/network/import/import-network-source.ts). Every problem of
// every file is listed on stderr, one line each, and then nothing is written (exit 1); otherwise
// the plan (what is new, changed, deactivated) goes to stdout and, without --dry-run, is applied
// in one transaction.
//
//   lotse import netzwerk.xlsx --dry-run
//   lotse import netzwerk-stadtteile.csv netzwerk-organisationen.csv netzwerk-angebote.csv
import { basename } from "node:path";
import cliProgress from "cli-progress";
import { Option, type Command } from "commander";
import { readNetworkSource, SOURCE_FORMATS, type NetworkSource, type SourceFormat } from "../../services/network/formats/read-network-source";
import { SourceFileError, type SourceFileErrorCode } from "../../services/network/formats/source-file-error";
import { applyImport, checkImport } from "../../services/network/import/import-network-source";
import type { ImportPlan, PlanItem } from "../../services/network/import/plan-import";
import { renderPlace, renderProblem } from "../../services/network/sheet/problems";
import type { ProgressListener } from "../../services/network/sheet/read-tables";
import type { SheetEntity } from "../../services/network/sheet/tables";
import { loadVocabularyLabels, vocabulariesOf } from "../../services/network/sheet/vocabulary-labels";
import type { LotseContext } from "../lotse";
import { citySettings, shorten } from "./output";

/** --entity accepts the German and the English name of a table. */
const ENTITY_CHOICES: Readonly<Record<string, SheetEntity>> = {
  stadtteile: "districts",
  organisationen: "organisations",
  koordinatoren: "coordinators",
  angebote: "opportunities",
  districts: "districts",
  organisations: "organisations",
  coordinators: "coordinators",
  opportunities: "opportunities",
};

/** Above this many rows the check shows its progress. */
const PROGRESS_FROM_ROWS = 200;
const PROGRESS_LINE_EVERY = 200;

const FILE_ERROR_KEYS: Readonly<Record<SourceFileErrorCode, string>> = {
  unreadable: "cli-import-file-unreadable",
  "unknown-format": "cli-import-file-unknown-format",
  "unknown-entity": "cli-import-file-unknown-entity",
  "ambiguous-entity": "cli-import-file-ambiguous-entity",
  "no-known-sheet": "cli-import-file-no-known-sheet",
  "duplicate-entity": "cli-import-file-duplicate-entity",
  encoding: "cli-import-file-encoding",
  empty: "cli-import-file-empty",
  "duplicate-column": "cli-import-file-duplicate-column",
  "unnamed-column": "cli-import-file-unnamed-column",
  "ragged-row": "cli-import-file-ragged-row",
  "bad-structure": "cli-import-file-bad-structure",
  syntax: "cli-import-file-syntax",
};

const TABLE_KEYS: Readonly<Record<SheetEntity, string>> = {
  districts: "cli-import-table-districts",
  organisations: "cli-import-table-organisations",
  coordinators: "cli-import-table-coordinators",
  opportunities: "cli-import-table-opportunities",
};

interface ImportOptions {
  dryRun?: boolean;
  entity?: string;
  format?: SourceFormat;
}

export function registerImportCommand(program: Command, context: LotseContext): void {
  const { t } = context;
  program
    .command("import")
    .description(t("cli-import-description"))
    .argument("<files...>", t("cli-import-argument-files"))
    .option("--dry-run", t("cli-import-option-dry-run"))
    .addOption(new Option("--entity <table>", t("cli-import-option-entity")).choices(Object.keys(ENTITY_CHOICES)))
    .addOption(new Option("--format <format>", t("cli-import-option-format")).choices(SOURCE_FORMATS))
    .addHelpText("after", `\n${t("cli-import-help")}`)
    .action(async (files: string[], options: ImportOptions) => {
      await runImport(context, files, options);
    });
}

async function runImport(context: LotseContext, files: readonly string[], options: ImportOptions): Promise<void> {
  const { t, io } = context;
  const { timeZone } = citySettings(context);

  const sources: NetworkSource[] = [];
  let unreadable = 0;
  for (const file of files) {
    try {
      const entity = options.entity === undefined ? undefined : ENTITY_CHOICES[options.entity];
      sources.push(await readNetworkSource(file, { ...(options.format ? { format: options.format } : {}), ...(entity ? { entity } : {}) }));
    } catch (error) {
      if (!(error instanceof SourceFileError)) throw error;
      const fileError: SourceFileError = error;
      io.err(`${basename(fileError.file)}: ${t(FILE_ERROR_KEYS[fileError.code], fileError.params as unknown as Record<string, string | number>)}`);
      unreadable++;
    }
  }
  if (unreadable > 0) {
    io.err(t("cli-import-problems-found", { count: unreadable }));
    context.fail(1);
    return;
  }

  const vocabularies = vocabulariesOf(loadVocabularyLabels());
  await context.withDatabase(async (prisma) => {
    const progress = progressReporter(context);
    const checked = await checkImport(prisma, sources, { vocabularies, timeZone, onProgress: progress.update });
    progress.stop();
    if (!checked.ok) {
      for (const problem of checked.problems) io.err(renderProblem(problem, t));
      io.err(t("cli-import-problems-found", { count: checked.problems.length }));
      context.fail(1);
      return;
    }

    printPlan(context, checked.plan);
    const changes = checked.plan.items.filter((item) => item.status !== "unchanged").length;
    if (options.dryRun === true) {
      io.out(t("cli-import-dry-run-done"));
    } else if (changes === 0) {
      io.out(t("cli-import-nothing-to-change"));
    } else {
      await applyImport(prisma, checked.network, { now: context.now(), timeZone });
      io.out(t("cli-import-applied", { count: changes }));
      if (checked.plan.items.some((item) => item.entity === "opportunities" && item.status !== "unchanged")) {
        io.out(t("cli-import-confirmation-note"));
      }
    }
  });
}

function printPlan(context: LotseContext, plan: ImportPlan): void {
  const { t, io } = context;
  for (const entity of plan.entities) {
    const counts = plan.counts[entity];
    io.out(t("cli-import-plan-counts", { table: t(TABLE_KEYS[entity]), ...counts }));
    for (const item of plan.items.filter((candidate) => candidate.entity === entity && candidate.status !== "unchanged")) {
      io.out(`  ${planLine(context, item)}`);
    }
  }
}

function planLine(context: LotseContext, item: PlanItem): string {
  const { t } = context;
  const where = item.origin === undefined ? "" : renderPlace(item.origin, t);
  if (item.status === "created") return t("cli-import-plan-created", { key: item.key, where });
  const value = (text: string) => (text === "" ? t("cli-import-empty-value") : shorten(text.replace(/\s+/g, " "), 40));
  const changes = item.changes.map((change) => t("cli-import-change", { column: change.column, before: value(change.before), after: value(change.after) })).join("; ");
  return item.status === "deactivated"
    ? t("cli-import-plan-deactivated", { key: item.key, where, changes })
    : t("cli-import-plan-changed", { key: item.key, where, changes });
}

/**
 * Progress of the row check, shown only for large files: a bar on a terminal, a plain line every
 * PROGRESS_LINE_EVERY rows otherwise (a log file or a pipe cannot redraw a bar).
 */
function progressReporter(context: LotseContext): { update: ProgressListener; stop: () => void } {
  const { t, io } = context;
  let bar: cliProgress.SingleBar | undefined;
  let lastLine = 0;
  return {
    update(done, total) {
      if (total <= PROGRESS_FROM_ROWS) return;
      if (io.isTTY) {
        if (bar === undefined) {
          bar = new cliProgress.SingleBar({ format: `${t("cli-import-progress-bar")} [{bar}] {value}/{total}`, hideCursor: true }, cliProgress.Presets.shades_classic);
          bar.start(total, 0);
        }
        bar.update(done);
      } else if (done - lastLine >= PROGRESS_LINE_EVERY || done === total) {
        lastLine = done;
        io.err(t("cli-import-progress", { done, total }));
      }
    },
    stop() {
      bar?.stop();
    },
  };
}
