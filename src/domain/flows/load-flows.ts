// Reads flows/*.yaml and checks them: shape by zod, then references (next targets, actions,
// option sources, commands). A broken flow file stops start-up with one line naming the file,
// the step and the field.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { contentDigest } from "../content-digest";
import { flowSchema, type Flow, type Next, type Step } from "./flow-schema";

export class FlowFileError extends Error {
  constructor(file: string, where: string, detail: string) {
    super(`${file}: ${where}: ${detail}`);
    this.name = "FlowFileError";
  }
}

export interface FlowCatalog {
  /** Names of actions implemented in TypeScript. */
  actions: ReadonlySet<string>;
  /** Names of option sources: lists the host resolves and slots that actions fill with options. */
  sources: ReadonlySet<string>;
}

/**
 * YAML already read, by the SHA-256 (hex) of the file's text: `npm run build` stores the flows so
 * (dist/flows.parsed.json), because reading YAML was a tenth of the production start. Only a file
 * whose text is unchanged is taken from it; everything is checked as if just read.
 */
export type PreparsedYaml = ReadonlyMap<string, unknown>;

export function loadFlows(dir: string, catalog: FlowCatalog, preparsed: PreparsedYaml = new Map()): Map<string, Flow> {
  const files = readdirSync(dir).filter((name) => name.endsWith(".yaml") || name.endsWith(".yml")).sort();
  const flows = new Map<string, Flow>();
  const origin = new Map<string, string>();
  for (const name of files) {
    const file = `flows/${name}`;
    const flow = parseFlow(file, readFileSync(join(dir, name), "utf8"), preparsed);
    if (flow.id !== basename(name).replace(/\.ya?ml$/, "")) {
      throw new FlowFileError(file, "id", `"${flow.id}" must match the file name`);
    }
    flows.set(flow.id, flow);
    origin.set(flow.id, file);
  }
  checkReferences(flows, origin, catalog);
  return flows;
}

export function parseFlow(file: string, source: string, preparsed: PreparsedYaml = new Map()): Flow {
  let data: unknown = preparsed.size > 0 ? preparsed.get(contentDigest(source)) : undefined;
  if (data === undefined) {
    try {
      data = parse(source);
    } catch (error) {
      throw new FlowFileError(file, "yaml", (error as Error).message.split("\n")[0] ?? "invalid YAML");
    }
  }
  const result = flowSchema.safeParse(data);
  if (!result.success) {
    const issue = innermost(result.error.issues[0]!, []);
    throw new FlowFileError(file, describePath(data, issue.path), issue.message);
  }
  return result.data;
}

/**
 * A step is a say, an action or a question (a union), so zod reports a broken step as
 * "Invalid input" for the whole step. The branch with the fewest complaints is the one the
 * author meant; its first complaint names the field ("steps[9] (hours).collect.kind").
 */
function innermost(issue: z.core.$ZodIssue, prefix: PropertyKey[]): { path: PropertyKey[]; message: string } {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const branch = issue.errors.reduce((best, errors) => (errors.length < best.length ? errors : best));
    if (branch[0]) return innermost(branch[0], path);
  }
  return { path, message: issue.message };
}

/** "steps[3] (interests).collect.maxLength" — the step id makes the error findable in the file. */
function describePath(data: unknown, path: z.core.$ZodIssue["path"]): string {
  let where = "";
  let node: unknown = data;
  for (const part of path) {
    node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[part as PropertyKey] : undefined;
    if (typeof part === "number") {
      const id = node && typeof node === "object" && "id" in node ? ` (${String((node as { id: unknown }).id)})` : "";
      where += `[${part}]${id}`;
    } else {
      where += where ? `.${String(part)}` : String(part);
    }
  }
  return where || "(file)";
}

function checkReferences(flows: Map<string, Flow>, origin: Map<string, string>, catalog: FlowCatalog): void {
  const commands = new Map<string, string>();
  for (const flow of flows.values()) {
    const file = origin.get(flow.id)!;
    const stepIds = new Set<string>();
    for (const step of flow.steps) {
      if (stepIds.has(step.id)) throw new FlowFileError(file, `step "${step.id}"`, "duplicate step id");
      stepIds.add(step.id);
    }
    for (const step of flow.steps) {
      for (const target of targetsOf(step.next)) {
        if (target === "end") continue;
        if (target.startsWith("flow:")) {
          if (!flows.has(target.slice(5))) throw new FlowFileError(file, `step "${step.id}"`, `next: unknown flow "${target.slice(5)}"`);
        } else if (!stepIds.has(target)) {
          throw new FlowFileError(file, `step "${step.id}"`, `next: unknown step "${target}"`);
        }
      }
      if ("action" in step && !catalog.actions.has(step.action)) {
        throw new FlowFileError(file, `step "${step.id}"`, `action: unknown action "${step.action}"`);
      }
      for (const source of sourcesOf(step)) {
        if (!catalog.sources.has(source)) throw new FlowFileError(file, `step "${step.id}"`, `options: unknown source "${source}"`);
      }
    }
    for (const command of flow.commands) {
      const other = commands.get(command);
      if (other) throw new FlowFileError(file, "commands", `/${command} is already started by flow "${other}"`);
      commands.set(command, flow.id);
    }
  }
}

function targetsOf(next: Next | undefined): string[] {
  if (next === undefined) return [];
  if (typeof next === "string") return [next];
  return next.map((branch) => ("else" in branch ? branch.else : branch.then));
}

function sourcesOf(step: Step): string[] {
  if (!("collect" in step)) return [];
  const collect = step.collect;
  if (collect.kind !== "single" && collect.kind !== "multiple") return [];
  return collect.options.flatMap((option) => ("source" in option ? [option.source] : []));
}

/** Maps a chat command (without slash) to the flow it starts. */
export function commandIndex(flows: ReadonlyMap<string, Flow>): Map<string, string> {
  const index = new Map<string, string>();
  for (const flow of flows.values()) for (const command of flow.commands) index.set(command, flow.id);
  return index;
}
