import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Flow } from "../domain/flows/flow-schema";
import { loadFlows, type PreparsedYaml } from "../domain/flows/load-flows";
import { projectPath } from "../paths";
import { FLOW_ACTIONS } from "./actions";
import { HOST_SOURCES, SLOT_SOURCES } from "./option-sources";

/** Written by `npm run build` (scripts/build.mjs): the flows' YAML, read, by digest of each file's text. */
export const PREPARSED_FLOWS_FILE = projectPath("dist", "flows.parsed.json");

const preparsedSchema = z.record(z.string().regex(/^[0-9a-f]{64}$/), z.unknown());

/** The product's flows, checked against the actions and option sources implemented here. */
export function loadProductFlows(flowsDir: string, preparsedFile: string = PREPARSED_FLOWS_FILE): Map<string, Flow> {
  return loadFlows(
    flowsDir,
    {
      actions: new Set(Object.keys(FLOW_ACTIONS)),
      sources: new Set<string>([...HOST_SOURCES, ...SLOT_SOURCES]),
    },
    readPreparsed(preparsedFile),
  );
}

/** Missing (no build) or unreadable: the YAML is read as usual, so this file can never break a start. */
function readPreparsed(file: string): PreparsedYaml {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return new Map();
  }
  try {
    const parsed = preparsedSchema.safeParse(JSON.parse(text));
    return parsed.success ? new Map(Object.entries(parsed.data)) : new Map();
  } catch {
    return new Map();
  }
}
