// Reads a file the network manager hands to `lotse import`: CSV (one table, named by the file),
// XLSX (a table per sheet), or a JSON/YAML network file (a document, validated elsewhere).
// Everything that makes the file unreadable as a whole is a SourceFileError; what is wrong inside
// a row is for the columns to say.
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { z } from "zod";
import { SHEET_ENTITIES, SHEET_NAMES, type NetworkTables, type SheetEntity } from "../sheet/tables";
import { ACCEPTED_ENTITY_NAMES, entityFromName } from "./entity-names";
import { readCsvTable } from "./read-csv";
import { readJsonDocument, readYamlDocument } from "./read-document";
import { readXlsxTables } from "./read-xlsx";
import { SourceFileError } from "./source-file-error";

export const SOURCE_FORMATS = ["csv", "xlsx", "json", "yaml"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

const FORMAT_OF_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  ".csv": "csv",
  ".xlsx": "xlsx",
  ".json": "json",
  ".yaml": "yaml",
  ".yml": "yaml",
};

export type NetworkSource =
  | { kind: "tables"; file: string; tables: NetworkTables }
  | { kind: "document"; file: string; format: "json" | "yaml"; document: unknown };

const optionsSchema = z.strictObject({
  format: z.enum(SOURCE_FORMATS).optional(),
  /** Which table a CSV file holds, when its name does not say; ignored for the other formats. */
  entity: z.enum(SHEET_ENTITIES).optional(),
});
export type ReadNetworkSourceOptions = z.input<typeof optionsSchema>;

/** The format a file name stands for, or undefined (".txt", ".xls", no extension). */
export function formatOfFile(filePath: string): SourceFormat | undefined {
  return FORMAT_OF_EXTENSION[extname(filePath).toLowerCase()];
}

export async function readNetworkSource(filePath: string, options: ReadNetworkSourceOptions = {}): Promise<NetworkSource> {
  const { format: givenFormat, entity: givenEntity } = optionsSchema.parse(options);
  const displayName = basename(filePath);
  const format = givenFormat ?? formatOfFile(filePath);
  if (format === undefined) {
    throw new SourceFileError(filePath, "unknown-format", {
      extension: extname(filePath),
      accepted: Object.keys(FORMAT_OF_EXTENSION).join(", "),
    });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unknown";
    throw new SourceFileError(filePath, "unreadable", { reason });
  }
  if (bytes.length === 0) throw new SourceFileError(filePath, "empty", {});

  switch (format) {
    case "csv": {
      const entity = givenEntity ?? entityOfCsvFile(filePath, displayName);
      return { kind: "tables", file: filePath, tables: { [entity]: readCsvTable(bytes, filePath, displayName, entity) } };
    }
    case "xlsx":
      return { kind: "tables", file: filePath, tables: await readXlsxTables(bytes, filePath, displayName) };
    case "json":
      return { kind: "document", file: filePath, format, document: readJsonDocument(bytes, filePath) };
    case "yaml":
      return { kind: "document", file: filePath, format, document: readYamlDocument(bytes, filePath) };
  }
}

function entityOfCsvFile(filePath: string, displayName: string): SheetEntity {
  const name = displayName.slice(0, displayName.length - extname(displayName).length);
  const match = entityFromName(name);
  switch (match.kind) {
    case "entity":
      return match.entity;
    case "ambiguous":
      throw new SourceFileError(filePath, "ambiguous-entity", {
        name: displayName,
        entities: match.entities.map((entity) => SHEET_NAMES[entity].de).join(", "),
      });
    case "none":
      throw new SourceFileError(filePath, "unknown-entity", { name: displayName, accepted: ACCEPTED_ENTITY_NAMES.join(", ") });
  }
}
