// JSON and YAML network files are documents, not tables: they are parsed here and validated by
// whoever reads them (the network file schema). Only syntax is checked here.
import { LineCounter, parseDocument } from "yaml";
import { decodeUtf8Strict } from "./decode-text";
import { SourceFileError } from "./source-file-error";

function utf8Text(bytes: Uint8Array, file: string): string {
  const text = decodeUtf8Strict(bytes);
  if (text === undefined) throw new SourceFileError(file, "encoding", { detail: "not-utf8" });
  const withoutBom = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (withoutBom.trim() === "") throw new SourceFileError(file, "empty", {});
  return withoutBom;
}

/** Line and column (from 1) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

export function readJsonDocument(bytes: Uint8Array, file: string): unknown {
  const text = utf8Text(bytes, file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // V8 names the place as "at position 12" or, in newer versions, "(line 2 column 5)".
    const lineColumn = /line (\d+) column (\d+)/.exec(detail);
    const position = /at position (\d+)/.exec(detail);
    const where = lineColumn
      ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
      : position
        ? lineAndColumn(text, Number(position[1]))
        : yamlErrorPosition(text);
    // Drop the position (given as line and column) and V8's quote of the text around the error.
    const shortDetail = detail
      .replace(/\s*(?:in JSON )?at position \d+.*$/s, "")
      .replace(/\s*\(line \d+ column \d+\)$/, "")
      .replace(/, ".*" is not valid JSON$/s, "");
    throw new SourceFileError(file, "syntax", { ...where, detail: shortDetail });
  }
}

/** Where the YAML parser, which reads most broken JSON too, sees the first error (0, 0: nowhere). */
function yamlErrorPosition(text: string): { line: number; column: number } {
  const position = parseDocument(text, { lineCounter: new LineCounter() }).errors[0]?.linePos?.[0];
  return position ? { line: position.line, column: position.col } : { line: 0, column: 0 };
}

export function readYamlDocument(bytes: Uint8Array, file: string): unknown {
  const text = utf8Text(bytes, file);
  const lineCounter = new LineCounter();
  // The same options as the network file reader (parse-network-file.ts), so both accept the same files.
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const [error] = document.errors;
  if (error !== undefined) {
    const position = error.linePos?.[0];
    throw new SourceFileError(file, "syntax", {
      line: position?.line ?? 0,
      column: position?.col ?? 0,
      detail: error.message.split("\n")[0] ?? error.code,
    });
  }
  const value: unknown = document.toJS();
  if (value === null || value === undefined) throw new SourceFileError(file, "empty", {});
  return value;
}
