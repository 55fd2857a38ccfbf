import { readFileSync } from "node:fs";
import type { NetworkFile } from "./network-file-schema";
import { NetworkFileError } from "./network-file-error";
import { parseNetworkFile } from "./parse-network-file";

/**
 * Reads and validates the network file at `path` (e.g. prisma/seed/network.yaml).
 * Throws NetworkFileError, one line naming the file, the field path and the problem.
 */
export function readNetworkFile(path: string): NetworkFile {
  let yamlText: string;
  try {
    yamlText = readFileSync(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new NetworkFileError(path, [`${path}: cannot read the file (${reason})`]);
  }
  return parseNetworkFile(yamlText, path);
}
