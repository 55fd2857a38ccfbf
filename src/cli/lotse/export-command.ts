// lotse export [--format xlsx|csv|json|yaml|odi] [--out FILE]: the network in the shape import
// reads (src/services/network/export/), so that a round trip changes nothing, or the offers as
// open data (odi: JSON-LD after standard.volunteeringdata.io).
//
// Where it goes: --out names the file (for csv the start of the names: --out export/netzwerk →
// export/netzwerk-angebote.csv …; an existing folder gets netzwerk…). Without --out, json, yaml
// and odi go to stdout (to pipe or redirect) and xlsx and csv into the current folder as
// netzwerk.xlsx / netzwerk-*.csv. The format follows --out's extension unless --format says.
//
//   lotse export --out netzwerk.xlsx
//   lotse export --format odi > angebote.jsonld
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Option, type Command } from "commander";
import { networkFiles, EXPORT_FORMATS, type ExportFormat } from "../../services/network/export/export-files";
import { exportNetwork } from "../../services/network/export/export-network";
import { exportOpenVolunteeringData } from "../../services/network/export/open-volunteering-data";
import type { LotseContext } from "../lotse";
import { citySettings } from "./output";

const DEFAULT_BASE_NAME = "netzwerk";

const FORMAT_OF_EXTENSION: Readonly<Record<string, ExportFormat>> = {
  ".xlsx": "xlsx",
  ".csv": "csv",
  ".json": "json",
  ".yaml": "yaml",
  ".yml": "yaml",
  ".jsonld": "odi",
};

interface ExportOptions {
  format?: ExportFormat;
  out?: string;
  idBase?: string;
}

export function registerExportCommand(program: Command, context: LotseContext): void {
  const { t } = context;
  program
    .command("export")
    .description(t("cli-export-description"))
    .addOption(new Option("--format <format>", t("cli-export-option-format")).choices(EXPORT_FORMATS))
    .option("--out <file>", t("cli-export-option-out"))
    .option("--id-base <iri>", t("cli-export-option-id-base"))
    .addHelpText("after", `\n${t("cli-export-help")}`)
    .action(async (options: ExportOptions) => {
      await runExport(context, options);
    });
}

async function runExport(context: LotseContext, options: ExportOptions): Promise<void> {
  const { t, io } = context;
  const { timeZone } = citySettings(context);
  const format = options.format ?? (options.out === undefined ? undefined : FORMAT_OF_EXTENSION[path.extname(options.out).toLowerCase()]) ?? "xlsx";

  await context.withDatabase(async (prisma) => {
    if (format === "odi") {
      const document = await exportOpenVolunteeringData(prisma, { now: context.now(), timeZone, ...(options.idBase ? { baseIri: options.idBase } : {}) });
      const text = `${JSON.stringify(document, null, 2)}\n`;
      if (options.out === undefined) {
        io.out(text.trimEnd());
        return;
      }
      if (!(await write(context, options.out, Buffer.from(text, "utf8")))) return;
      const graph = document.graph as { activity: unknown[] }[];
      io.out(t("cli-export-written", { file: options.out }));
      io.out(t("cli-export-odi-summary", { organisations: graph.length, activities: graph.reduce((sum, node) => sum + node.activity.length, 0) }));
      return;
    }

    const network = await exportNetwork(prisma, { timeZone });
    if (options.out === undefined && (format === "json" || format === "yaml")) {
      const [file] = await networkFiles(network, format, DEFAULT_BASE_NAME);
      io.out(file!.content.toString("utf8").trimEnd());
      return;
    }
    const baseName = await baseNameOf(options.out, format);
    for (const file of await networkFiles(network, format, baseName)) {
      if (!(await write(context, file.name, file.content))) return;
      io.out(t("cli-export-written", { file: file.name }));
    }
    io.out(
      t("cli-export-summary", {
        districts: network.districts.length,
        organisations: network.organisations.length,
        coordinators: network.coordinators.length,
        opportunities: network.opportunities.length,
      }),
    );
  });
}

/** The file name without extension that networkFiles completes. */
async function baseNameOf(out: string | undefined, format: ExportFormat): Promise<string> {
  if (out === undefined) return DEFAULT_BASE_NAME;
  const isFolder =
    /[\\/]$/.test(out) ||
    (await stat(out).then(
      (stats) => stats.isDirectory(),
      () => false,
    ));
  if (isFolder) return path.join(out, DEFAULT_BASE_NAME);
  const extension = path.extname(out);
  return FORMAT_OF_EXTENSION[extension.toLowerCase()] === format || extension.toLowerCase() === `.${format}` ? out.slice(0, -extension.length) : out;
}

async function write(context: LotseContext, file: string, content: Buffer): Promise<boolean> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    return true;
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unknown";
    context.io.err(context.t("cli-export-not-writable", { file, reason }));
    context.fail(1);
    return false;
  }
}
