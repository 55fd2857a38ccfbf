// `lotse import`: one or more files (CSV per entity, an XLSX workbook, a JSON/YAML network file)
// → every problem of all of them, or the plan of what would change; then, if wanted, the change in
// one transaction. Nothing is written unless every row of every file is valid.
import { parseTimePhrase } from "../../../domain/time-phrases";
import type { PrismaClient } from "../../../generated/prisma/client";
import { exportNetwork } from "../export/export-network";
import { importNetwork } from "../import-network";
import type { NetworkFile } from "../network-file-schema";
import { documentToTables } from "../sheet/document-tables";
import { sortProblems, type ImportProblem } from "../sheet/problems";
import { readNetworkTables, type InputTable, type ProgressListener } from "../sheet/read-tables";
import { SHEET_ENTITIES, SHEET_NAMES, type NetworkTables } from "../sheet/tables";
import type { TimePhraseParser } from "../sheet/times";
import type { Vocabularies } from "../sheet/vocabulary-labels";
import { planImport, type ImportPlan } from "./plan-import";

/** A file as src/services/network/formats/read-network-source.ts reads it. */
export type ImportSource =
  | { kind: "tables"; file: string; tables: NetworkTables }
  | { kind: "document"; file: string; format: "json" | "yaml"; document: unknown };

export interface CheckImportOptions {
  vocabularies: Vocabularies;
  /** The "zeiten" parser; parseTimePhrase unless a test needs another. */
  parseTimes?: TimePhraseParser;
  /** CITY_TIME_ZONE, for bestaetigt_am. */
  timeZone?: string;
  /** Called while rows are read (for large files). */
  onProgress?: ProgressListener;
}

export type CheckedImport =
  | { ok: false; problems: ImportProblem[]; rowCount: number }
  | { ok: true; network: NetworkFile; plan: ImportPlan; rowCount: number };

/** Reads and validates the files against each other and the database, and plans the import. Writes nothing. */
export async function checkImport(prisma: PrismaClient, sources: readonly ImportSource[], options: CheckImportOptions): Promise<CheckedImport> {
  const problems: ImportProblem[] = [];
  const inputs: InputTable[] = [];
  for (const source of sources) {
    if (source.kind === "document") {
      const converted = documentToTables(source.file.split(/[\\/]/).at(-1) ?? source.file, source.document);
      problems.push(...converted.problems);
      inputs.push(...converted.inputs);
    } else {
      for (const entity of SHEET_ENTITIES) {
        const table = source.tables[entity];
        if (table !== undefined) inputs.push({ table });
      }
    }
  }
  // One table per entity: two files of offers would make "which row wins" a guess.
  const firstSource = new Map<string, string>();
  for (const input of inputs) {
    const earlier = firstSource.get(input.table.entity);
    if (earlier !== undefined) {
      problems.push({
        source: input.table.source,
        place: { kind: "table" },
        code: "table-twice",
        params: { table: SHEET_NAMES[input.table.entity].de, first: earlier },
      });
    } else {
      firstSource.set(input.table.entity, input.table.source);
    }
  }

  const [districts, organisations] = await Promise.all([
    prisma.district.findMany({ select: { slug: true, name: true }, orderBy: { id: "asc" } }),
    prisma.organisation.findMany({ select: { slug: true, name: true }, orderBy: { id: "asc" } }),
  ]);
  const read = readNetworkTables(
    inputs,
    { vocabularies: options.vocabularies, parseTimes: options.parseTimes ?? parseTimePhrase, stored: { districts, organisations } },
    options.onProgress,
  );
  problems.push(...read.problems);
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems), rowCount: read.rowCount };

  const stored = await exportNetwork(prisma, { timeZone: options.timeZone });
  const plan = planImport(stored, read.network, { entities: read.entities, origins: read.origins });
  return { ok: true, network: read.network, plan, rowCount: read.rowCount };
}

/** Writes a checked network in one transaction (importNetwork: upsert by slug, only what changed). */
export async function applyImport(prisma: PrismaClient, network: NetworkFile, options: { now: Date; timeZone?: string }): Promise<void> {
  await importNetwork(prisma, network, { now: options.now, ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }) });
}
