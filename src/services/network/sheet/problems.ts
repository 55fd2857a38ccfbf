// What can be wrong with an import file, as codes with parameters rather than sentences: the CLI
// renders each through a Fluent message (cli-import-problem-*, locales/<lang>/cli-import.ftl), so
// the network manager reads German (or English with --lang en), never a library's English.

export const PROBLEM_CODES = [
  "unknown-column",
  "duplicate-column",
  "missing-column",
  "unknown-field",
  "not-a-list",
  "missing-cell",
  "missing-translation",
  "missing-contact",
  "bad-slug",
  "slug-too-long",
  "duplicate-key",
  "duplicate-key-at-path",
  "not-a-network-file",
  "table-twice",
  "bad-number",
  "bad-whole-number",
  "out-of-range",
  "bad-boolean",
  "bad-date",
  "bad-times",
  "bad-frequency",
  "bad-email",
  "bad-url",
  "bad-slack-channel",
  "bad-slack-user",
  "unknown-interest",
  "unknown-language",
  "unknown-requirement",
  "unknown-district",
  "unknown-organisation",
  "listed-twice",
  "own-neighbour",
  "required-and-helpful",
  "invalid-value",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Where a problem is: a cell, a whole row or table of a spreadsheet, or a field of a JSON/YAML file. */
export type ProblemPlace =
  | { kind: "cell"; row: number; column: string }
  | { kind: "row"; row: number }
  | { kind: "table" }
  | { kind: "path"; path: string };

export interface ImportProblem {
  /** The file (and sheet) as the manager knows it: "angebote.csv", "netzwerk.xlsx › Angebote". */
  source: string;
  place: ProblemPlace;
  code: ProblemCode;
  /** The message's variables: usually `value`, sometimes `column`, `row`, `range`, `reason`, `max`. */
  params: Record<string, string | number>;
  /** A near miss the manager probably meant ("kinder" for "kindr"). */
  suggestion?: string;
}

/**
 * The Fluent key per problem code, spelled out (not built from the code) so that the locale check
 * sees every key used.
 */
export const PROBLEM_MESSAGE_KEYS: Readonly<Record<ProblemCode, string>> = {
  "unknown-column": "cli-import-problem-unknown-column",
  "duplicate-column": "cli-import-problem-duplicate-column",
  "missing-column": "cli-import-problem-missing-column",
  "unknown-field": "cli-import-problem-unknown-field",
  "not-a-list": "cli-import-problem-not-a-list",
  "missing-cell": "cli-import-problem-missing-cell",
  "missing-translation": "cli-import-problem-missing-translation",
  "missing-contact": "cli-import-problem-missing-contact",
  "bad-slug": "cli-import-problem-bad-slug",
  "slug-too-long": "cli-import-problem-slug-too-long",
  "duplicate-key": "cli-import-problem-duplicate-key",
  "duplicate-key-at-path": "cli-import-problem-duplicate-key-at-path",
  "not-a-network-file": "cli-import-problem-not-a-network-file",
  "table-twice": "cli-import-problem-table-twice",
  "bad-number": "cli-import-problem-bad-number",
  "bad-whole-number": "cli-import-problem-bad-whole-number",
  "out-of-range": "cli-import-problem-out-of-range",
  "bad-boolean": "cli-import-problem-bad-boolean",
  "bad-date": "cli-import-problem-bad-date",
  "bad-times": "cli-import-problem-bad-times",
  "bad-frequency": "cli-import-problem-bad-frequency",
  "bad-email": "cli-import-problem-bad-email",
  "bad-url": "cli-import-problem-bad-url",
  "bad-slack-channel": "cli-import-problem-bad-slack-channel",
  "bad-slack-user": "cli-import-problem-bad-slack-user",
  "unknown-interest": "cli-import-problem-unknown-interest",
  "unknown-language": "cli-import-problem-unknown-language",
  "unknown-requirement": "cli-import-problem-unknown-requirement",
  "unknown-district": "cli-import-problem-unknown-district",
  "unknown-organisation": "cli-import-problem-unknown-organisation",
  "listed-twice": "cli-import-problem-listed-twice",
  "own-neighbour": "cli-import-problem-own-neighbour",
  "required-and-helpful": "cli-import-problem-required-and-helpful",
  "invalid-value": "cli-import-problem-invalid-value",
};

export type Translate = (key: string, args?: Record<string, string | number>) => string;

/**
 * One line per problem, e.g. `angebote.csv, Zeile 7, Spalte interessen: „kindr“ ist kein bekanntes
 * Interesse – meinten Sie „kinder“?`.
 */
export function renderProblem(problem: ImportProblem, t: Translate): string {
  const message = t(PROBLEM_MESSAGE_KEYS[problem.code], problem.params);
  const hint = problem.suggestion === undefined ? "" : ` – ${t("cli-import-did-you-mean", { suggestion: problem.suggestion })}`;
  return `${renderPlace(problem, t)}: ${message}${hint}`;
}

export function renderPlace(problem: Pick<ImportProblem, "source" | "place">, t: Translate): string {
  const { source, place } = problem;
  switch (place.kind) {
    case "cell":
      return t("cli-import-at-cell", { source, row: place.row, column: place.column });
    case "row":
      return t("cli-import-at-row", { source, row: place.row });
    case "table":
      return t("cli-import-at-table", { source });
    case "path":
      return t("cli-import-at-path", { source, path: place.path });
  }
}

/** Problems in file order: by source, then row, as the manager works through them. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const sourceOrder = new Map<string, number>();
  for (const problem of problems) if (!sourceOrder.has(problem.source)) sourceOrder.set(problem.source, sourceOrder.size);
  // A file's own problems (missing column) first; JSON/YAML paths keep the order they were found in.
  const rowOf = (problem: ImportProblem) => ("row" in problem.place ? problem.place.row : problem.place.kind === "table" ? 0 : Infinity);
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        sourceOrder.get(a.problem.source)! - sourceOrder.get(b.problem.source)! ||
        (rowOf(a.problem) === rowOf(b.problem) ? 0 : rowOf(a.problem) - rowOf(b.problem)) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
