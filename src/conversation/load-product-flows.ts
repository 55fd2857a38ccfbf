import { z } from "zod";
import type { Flow } from "../domain/flows/flow-schema";
import { loadFlows } from "../domain/flows/load-flows";
import { readBuildArtifact } from "../build-artifacts";
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
    new Map(Object.entries(readBuildArtifact(preparsedFile, preparsedSchema) ?? {})),
  );
}
