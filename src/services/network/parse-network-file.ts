import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { networkFileSchema, type NetworkFile } from "./network-file-schema";
import { NetworkFileError } from "./network-file-error";

/**
 * Parses and validates the text of a network file. `fileName` only names the file in error
 * messages. Throws NetworkFileError (one line: file, field path, problem, line) for invalid
 * YAML, a field that fails validation, or a broken cross-reference.
 */
export function parseNetworkFile(yamlText: string, fileName: string): NetworkFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new NetworkFileError(
      fileName,
      document.errors.map((error) => `${fileName}: invalid YAML: ${firstLine(error.message)}`),
    );
  }

  const data: unknown = document.toJS();
  const result = networkFileSchema.safeParse(data);
  if (result.success) return result.data;

  const problems = result.error.issues
    .flatMap((issue) => flattenIssue(issue, [], data))
    .map(({ path, message }) => {
      const line = lineOf(document, lineCounter, path);
      const where = path.length > 0 ? `${formatPath(path)}: ` : "";
      return `${fileName}: ${where}${message}${line === undefined ? "" : ` (line ${line})`}`;
    });
  throw new NetworkFileError(fileName, problems);
}

interface Problem {
  path: PropertyKey[];
  message: string;
}

/**
 * Turns one zod issue into the problems a person fixes. Union issues carry one list of issues per
 * alternative; the alternative that got deepest into the value is the one the author meant
 * (a list of slots with one bad slot, not the word "flexible"), so its issues are reported.
 */
function flattenIssue(issue: z.core.$ZodIssue, parentPath: PropertyKey[], data: unknown): Problem[] {
  const path = [...parentPath, ...issue.path];
  switch (issue.code) {
    case "invalid_union": {
      const alternatives = issue.errors.filter((issues) => issues.length > 0);
      const depthOf = (issues: z.core.$ZodIssue[]) => Math.max(...issues.map((inner) => inner.path.length));
      const deepest = alternatives.reduce<z.core.$ZodIssue[] | undefined>(
        (best, issues) => (best === undefined || depthOf(issues) > depthOf(best) ? issues : best),
        undefined,
      );
      if (deepest !== undefined && depthOf(deepest) > 0) {
        return deepest.flatMap((inner) => flattenIssue(inner, path, data));
      }
      return [{ path, message: issue.message }];
    }
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ path: [...path, key], message: "unknown field (check the spelling)" }));
    case "invalid_type": {
      if (path.length === 0) {
        return [{ path, message: "expected a mapping with districts, organisations, coordinators and opportunities" }];
      }
      // zod leaves the offending value out of its issues, so look it up in the parsed document.
      const value = valueAt(data, path);
      return [
        {
          path,
          message: value === undefined ? "required field is missing" : `expected ${issue.expected}, got ${describeValue(value)}`,
        },
      ];
    }
    default:
      return [{ path, message: issue.message }];
  }
}

/** `["opportunities", 12, "schedule", 0]` → `opportunities[12].schedule[0]` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => (typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`))
    .join("");
}

/** The line of the value at `path`, or of its nearest ancestor that exists (a missing field has no line). */
function lineOf(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length; length >= 1; length -= 1) {
    const node: unknown = document.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range !== undefined && node.range !== null) {
      return lineCounter.linePos(node.range[0]).line;
    }
  }
  return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** The yaml package's messages end in a code excerpt on further lines; keep the sentence. */
function firstLine(text: string): string {
  return (text.split("\n", 1)[0] ?? text).trim().replace(/:$/, "");
}
