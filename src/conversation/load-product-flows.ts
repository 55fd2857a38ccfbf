import type { Flow } from "../domain/flows/flow-schema";
import { loadFlows } from "../domain/flows/load-flows";
import { FLOW_ACTIONS } from "./actions";
import { HOST_SOURCES, SLOT_SOURCES } from "./option-sources";

/** The product's flows, checked against the actions and option sources implemented here. */
export function loadProductFlows(flowsDir: string): Map<string, Flow> {
  return loadFlows(flowsDir, {
    actions: new Set(Object.keys(FLOW_ACTIONS)),
    sources: new Set<string>([...HOST_SOURCES, ...SLOT_SOURCES]),
  });
}
