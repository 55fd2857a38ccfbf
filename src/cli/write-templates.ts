// npm run templates — writes the import templates (prisma/templates/: one CSV per table and one
// XLSX workbook with a notes sheet, each with two example rows) from the in-code example network
// through the export code, so a template is exactly what an export looks like and what import
// reads. test/services/network/templates.test.ts fails when the committed files differ.
//
//   npm run templates                                   rewrite prisma/templates/
//   npm run templates -- --columns /tmp/columns.md      also write the README's column table
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { networkFiles, type ExportFile } from "../services/network/export/export-files";
import { readNetworkFile } from "../services/network/read-network-file";
import { SAMPLE_NETWORK_FILE } from "../services/network/seed-if-empty";
import { columnTableMarkdown, templateNotes } from "../services/network/sheet/column-docs";
import { EXAMPLE_NETWORK } from "../services/network/sheet/example-network";
import { loadVocabularyLabels } from "../services/network/sheet/vocabulary-labels";
import { projectPath } from "../paths";

export const TEMPLATES_DIR = projectPath("prisma", "templates");
export const TEMPLATE_BASE_NAME = "netzwerk-vorlage";

/** The template files, named as they are committed (without directory). */
export async function templateFiles(): Promise<ExportFile[]> {
  const notes = templateNotes(loadVocabularyLabels());
  return [
    ...(await networkFiles(EXAMPLE_NETWORK, "csv", TEMPLATE_BASE_NAME)),
    ...(await networkFiles(EXAMPLE_NETWORK, "xlsx", TEMPLATE_BASE_NAME, { notes })),
  ];
}

/** The column table for the README; the district examples are the sample network's. */
export function columnTable(): string {
  const sample = readNetworkFile(SAMPLE_NETWORK_FILE);
  const intro = [
    "### Columns of the import files",
    "",
    "Generated from `src/services/network/sheet/columns.ts` (`npm run templates -- --columns FILE`). Column names are case-insensitive; umlauts, spaces and `-`/`_` do not matter. Every sheet or CSV file needs its required columns; an unknown column is an error (with a suggestion).",
    "",
    "",
  ].join("\n");
  return `${intro}${columnTableMarkdown(loadVocabularyLabels(), sample.districts)}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { columns: { type: "string" } } });
  await mkdir(TEMPLATES_DIR, { recursive: true });
  for (const file of await templateFiles()) {
    const target = path.join(TEMPLATES_DIR, file.name);
    await writeFile(target, file.content);
    console.log(`written: ${path.relative(process.cwd(), target)}`);
  }
  if (values.columns !== undefined) {
    await writeFile(values.columns, columnTable());
    console.log(`written: ${values.columns}`);
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  await main();
}
