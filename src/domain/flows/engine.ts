// The flow engine: pure functions from (state, input) to (new state, outputs). It knows nothing
// of Telegram, Slack or the database. Side effects are requested as named actions: the engine
// stops at an action step and the caller runs the action and resumes with its result
// (src/conversation/run-turn.ts), so every transition stays testable without I/O.
import type { CollectStep, Condition, Flow, Next, OptionSpec, Step } from "./flow-schema";

/** A value collected by a flow or set by an action; JSON-serialisable so it can be persisted. */
export type SlotValue = string | number | boolean | null | string[] | DynamicOption[];
export type Slots = Record<string, SlotValue>;

/** An option computed at run time (an opportunity, a district); its label is already text. */
export interface DynamicOption {
  value: string;
  text: string;
}

/**
 * Whether a value read back (a stored conversation, JSON) is a SlotValue. A plain predicate, not a
 * zod union of the six shapes: the union tries them in turn and builds an issue for every shape
 * that fails (for an offer list, one per element for the string-list shape), which made reading a
 * conversation a tenth of what the bot allocates per Telegram update (bench/e2e.bench.ts).
 */
export function isSlotValue(value: unknown): value is SlotValue {
  if (value === null) return true;
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value);
    default:
      if (!Array.isArray(value)) return false;
      return value.every((item) => typeof item === "string") || value.every(isDynamicOption);
  }
}

function isDynamicOption(value: unknown): value is DynamicOption {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const { value: optionValue, text } = value as Record<string, unknown>;
  return typeof optionValue === "string" && typeof text === "string";
}

export interface FlowState {
  flowId: string | null;
  stepId: string | null;
  slots: Slots;
  /** The selection of a multiple-choice question while the resident is still ticking boxes. */
  draft: string[] | null;
}

export const IDLE_STATE: FlowState = { flowId: null, stepId: null, slots: {}, draft: null };

export type Label = { key: string } | { text: string };
export interface Choice {
  value: string;
  label: Label;
  selected?: boolean;
}
export type PromptArgs = Record<string, string | number>;

export type Output =
  | { type: "message"; key: string; args?: PromptArgs }
  /** Text an action has already rendered (a list of offers, details of one offer). */
  | { type: "text"; text: string }
  /**
   * A file for the resident (their data export, /meinedaten): Telegram sends it as a document,
   * the console prints it. `caption` is already rendered text. The content may be personal data:
   * channels never log it.
   */
  | { type: "document"; fileName: string; content: string; caption?: string }
  | {
      type: "question";
      /** The question's flow and step, which answers carry back (see QuestionRef). */
      flowId: string;
      stepId: string;
      key: string;
      args: PromptArgs;
      kind: CollectStep["collect"]["kind"];
      choices: Choice[];
      /** The "done" button of a multiple choice, the "skip" button of an optional text. */
      finish?: Label;
      maxLength?: number;
      /** True when this re-renders the question just shown (a ticked box), so channels may edit in place. */
      update: boolean;
    };

/**
 * The question an answer belongs to. Step ids are unique only within a flow ("confirm" is the
 * last question of signup and the question of erase), so an answer names both; one whose flow
 * or step is not the current question's is a stale button.
 */
export interface QuestionRef {
  flowId: string;
  stepId: string;
}
/** Either both flow and step id (a button, a numbered answer in the console) or neither (typed input, tests). */
type AnsweredQuestion = QuestionRef | { flowId?: undefined; stepId?: undefined };

export type InputEvent =
  /** Starts a flow; `slots` come from an entry button (the flow's `entry` slots) and are set first. */
  | { type: "start"; flowId: string; slots?: Record<string, string> }
  | { type: "text"; text: string }
  /** A tapped button; flowId and stepId tell which question it belonged to, so stale buttons are caught. */
  | ({ type: "choice"; value: string } & AnsweredQuestion)
  /** Several choices at once (typed "1, 3" in the console); commits a multiple choice. */
  | ({ type: "choices"; values: string[] } & AnsweredQuestion)
  /** Finishes a multiple choice or skips an optional text. */
  | ({ type: "finish" } & AnsweredQuestion)
  /** A command no flow knows (a typo, an old one). */
  | { type: "unknown-command" };

export interface EngineResult {
  state: FlowState;
  outputs: Output[];
  /** Set when the engine stopped at an action step: run it, then call resumeAfterAction. */
  action: string | null;
}

export interface ActionResult {
  slots?: Slots;
  outputs?: Output[];
  /** Forget every slot not in `slots` (after erasing a resident's data). */
  replaceSlots?: boolean;
}

/** Resolves a named option source ("interests", "districts") to choices. */
export type OptionSourceResolver = (source: string, slots: Slots) => Array<{ value: string; label: Label; exclusive?: boolean }> | undefined;

export interface EngineContext {
  flows: ReadonlyMap<string, Flow>;
  sources: OptionSourceResolver;
  /** The flow started when input arrives while no flow is running. */
  idleFlowId: string;
}

export class FlowRuntimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FlowRuntimeError";
  }
}

// A flow that loops through steps without asking anything is a bug in a flow file; stop it.
const MAX_TRANSITIONS = 200;

export function handleInput(context: EngineContext, state: FlowState, event: InputEvent): EngineResult {
  if (event.type === "start") {
    return enterFlow(context, event.slots ? { ...state, slots: { ...state.slots, ...event.slots } } : state, event.flowId, []);
  }

  const step = currentStep(context, state);
  if (!step || !isCollect(step)) {
    // An old button with nothing asked: a short word instead of the whole help text.
    if (event.type !== "text" && event.type !== "unknown-command" && event.flowId !== undefined) {
      return { state, outputs: [{ type: "message", key: "common-stale-button-idle" }], action: null };
    }
    return enterFlow(context, state, context.idleFlowId, []);
  }
  // A mistyped command in the middle of a question: say so and ask the same question again.
  if (event.type === "unknown-command") {
    return { state, outputs: [{ type: "message", key: "common-unknown-command" }, ask(context, state, step, false)], action: null };
  }

  if (event.type !== "text" && isStale(event, state, step)) {
    return { state, outputs: [{ type: "message", key: "common-stale-button" }, ask(context, state, step, false)], action: null };
  }
  return answer(context, state, step, event);
}

/** An answer that names a question (either id given) must name the current one: same flow, same step. */
function isStale(event: Exclude<InputEvent, { type: "start" | "text" | "unknown-command" }>, state: FlowState, step: Step): boolean {
  if (event.flowId === undefined && event.stepId === undefined) return false;
  return event.flowId !== state.flowId || event.stepId !== step.id;
}

export function resumeAfterAction(context: EngineContext, state: FlowState, result: ActionResult): EngineResult {
  const step = currentStep(context, state);
  if (!step || !("action" in step)) throw new FlowRuntimeError(`resumeAfterAction: ${state.flowId}/${state.stepId} is not an action step`);
  const slots = result.replaceSlots ? { ...result.slots } : { ...state.slots, ...result.slots };
  return advance(context, { ...state, slots }, step, result.outputs ?? []);
}

function answer(context: EngineContext, state: FlowState, step: CollectStep, event: Exclude<InputEvent, { type: "start" }>): EngineResult {
  const input = step.collect;
  const retry = (key: string, args?: PromptArgs): EngineResult => ({
    state,
    outputs: [{ type: "message", key, ...(args ? { args } : {}) }, ask(context, state, step, false)],
    action: null,
  });
  const store = (value: SlotValue): EngineResult =>
    advance(context, { ...state, draft: null, slots: { ...state.slots, [step.store]: value } }, step, []);

  switch (input.kind) {
    case "text": {
      if (event.type === "finish" && input.optional) return store(null);
      if (event.type !== "text") return retry("common-please-type");
      const text = event.text.trim();
      if (text.length === 0) return retry("common-please-type");
      if (text.length > input.maxLength) return retry("common-too-long", { limit: input.maxLength, length: text.length });
      return store(text);
    }
    case "confirm": {
      if (event.type !== "choice") return retry("common-use-buttons");
      if (event.value !== "yes" && event.value !== "no") return retry("common-unknown-choice");
      return store(event.value === "yes");
    }
    case "single": {
      if (event.type !== "choice") return retry("common-use-buttons");
      if (!optionsOf(context, state, step).some((option) => option.value === event.value)) return retry("common-unknown-choice");
      return store(event.value);
    }
    case "multiple": {
      const options = optionsOf(context, state, step);
      const known = (value: string) => options.some((option) => option.value === value);
      if (event.type === "choice") {
        if (!known(event.value)) return retry("common-unknown-choice");
        const draft = toggle(selectionOf(state, step), event.value, options);
        const next = { ...state, draft };
        return { state: next, outputs: [ask(context, next, step, true)], action: null };
      }
      if (event.type === "choices") {
        if (!event.values.every(known)) return retry("common-unknown-choice");
        const values = exclusiveResolved(unique(event.values), options);
        if (values.length < input.min) return retry("common-choose-more", { min: input.min });
        return store(values);
      }
      if (event.type === "finish") {
        const selection = selectionOf(state, step);
        if (selection.length < input.min) return retry("common-choose-more", { min: input.min });
        return store(selection);
      }
      return retry("common-use-buttons");
    }
  }
}

function enterFlow(context: EngineContext, state: FlowState, flowId: string, outputs: Output[]): EngineResult {
  const flow = context.flows.get(flowId);
  if (!flow) throw new FlowRuntimeError(`unknown flow "${flowId}"`);
  const first = flow.steps[0]!;
  return run(context, { flowId, stepId: first.id, slots: state.slots, draft: null }, outputs);
}

function advance(context: EngineContext, state: FlowState, step: Step, outputs: Output[]): EngineResult {
  const target = resolveNext(step.next, state.slots);
  return goTo(context, state, target, outputs);
}

function goTo(context: EngineContext, state: FlowState, target: string, outputs: Output[]): EngineResult {
  if (target === "end") return { state: { ...state, flowId: null, stepId: null, draft: null }, outputs, action: null };
  if (target.startsWith("flow:")) return enterFlow(context, state, target.slice("flow:".length), outputs);
  return run(context, { ...state, stepId: target, draft: null }, outputs);
}

/** Runs say steps until the flow asks something, needs an action, or ends. */
function run(context: EngineContext, start: FlowState, outputs: Output[]): EngineResult {
  let state = start;
  for (let transitions = 0; transitions < MAX_TRANSITIONS; transitions++) {
    const step = currentStep(context, state);
    if (!step) throw new FlowRuntimeError(`unknown step ${state.flowId}/${state.stepId}`);
    if ("action" in step) return { state, outputs, action: step.action };
    if (isCollect(step)) return { state, outputs: [...outputs, ask(context, state, step, false)], action: null };
    outputs = [...outputs, { type: "message", key: step.say, args: scalarSlots(state.slots) }];
    const target = resolveNext(step.next, state.slots);
    if (target === "end" || target.startsWith("flow:")) return goTo(context, state, target, outputs);
    state = { ...state, stepId: target };
  }
  throw new FlowRuntimeError(`flow ${start.flowId} passed ${MAX_TRANSITIONS} steps without asking anything`);
}

function ask(context: EngineContext, state: FlowState, step: CollectStep, update: boolean): Output {
  const input = step.collect;
  // A step is current only within a flow (currentStep), so flowId is set here.
  const base = { type: "question" as const, flowId: state.flowId!, stepId: step.id, key: step.prompt, args: scalarSlots(state.slots), kind: input.kind, update };
  switch (input.kind) {
    case "text":
      return { ...base, choices: [], maxLength: input.maxLength, ...(input.optional ? { finish: { key: input.skip } } : {}) };
    case "confirm":
      return { ...base, choices: [{ value: "yes", label: { key: input.yes } }, { value: "no", label: { key: input.no } }] };
    case "single":
      return { ...base, choices: optionsOf(context, state, step).map(({ value, label }) => ({ value, label })) };
    case "multiple": {
      const selection = new Set(selectionOf(state, step));
      const choices = optionsOf(context, state, step).map(({ value, label }) => ({ value, label, selected: selection.has(value) }));
      return { ...base, choices, finish: { key: input.done } };
    }
  }
}

function optionsOf(context: EngineContext, state: FlowState, step: CollectStep) {
  const specs: OptionSpec[] = step.collect.kind === "single" || step.collect.kind === "multiple" ? step.collect.options : [];
  return specs.flatMap((spec) => {
    if ("value" in spec) return [{ value: spec.value, label: { key: spec.label } as Label, exclusive: spec.exclusive ?? false }];
    const fromSlot = state.slots[spec.source];
    if (Array.isArray(fromSlot) && fromSlot.every(isDynamicOption)) {
      return fromSlot.map((option) => ({ value: option.value, label: { text: option.text } as Label, exclusive: false }));
    }
    const resolved = context.sources(spec.source, state.slots);
    if (!resolved) throw new FlowRuntimeError(`step ${state.flowId}/${step.id}: unknown option source "${spec.source}"`);
    return resolved.map((option) => ({ ...option, exclusive: option.exclusive ?? false }));
  });
}

/** The current selection: the draft, or what the slot already holds (editing a saved profile). */
function selectionOf(state: FlowState, step: CollectStep): string[] {
  if (state.draft) return state.draft;
  const saved = state.slots[step.store];
  return Array.isArray(saved) ? saved.filter((value): value is string => typeof value === "string") : [];
}

function toggle(selection: string[], value: string, options: Array<{ value: string; exclusive: boolean }>): string[] {
  if (selection.includes(value)) return selection.filter((selected) => selected !== value);
  const isExclusive = (candidate: string) => options.find((option) => option.value === candidate)?.exclusive ?? false;
  if (isExclusive(value)) return [value];
  return [...selection.filter((selected) => !isExclusive(selected)), value];
}

function exclusiveResolved(values: string[], options: Array<{ value: string; exclusive: boolean }>): string[] {
  return values.reduce<string[]>((selection, value) => toggle(selection, value, options), []);
}

function resolveNext(next: Next | undefined, slots: Slots): string {
  if (next === undefined) return "end";
  if (typeof next === "string") return next;
  for (const branch of next) {
    if ("else" in branch) return branch.else;
    if (conditionHolds(branch.if, slots)) return branch.then;
  }
  return "end";
}

export function conditionHolds(condition: Condition, slots: Slots): boolean {
  const value = slots[condition.slot];
  if (condition.empty !== undefined) {
    const isEmpty = value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
    return isEmpty === condition.empty;
  }
  if (condition.equals !== undefined) return value === condition.equals;
  if (condition.in !== undefined) return (typeof value === "string" || typeof value === "number") && condition.in.includes(value);
  return false;
}

function currentStep(context: EngineContext, state: FlowState): Step | undefined {
  if (!state.flowId || !state.stepId) return undefined;
  return context.flows.get(state.flowId)?.steps.find((step) => step.id === state.stepId);
}

function isCollect(step: Step): step is CollectStep {
  return "collect" in step;
}

function scalarSlots(slots: Slots): PromptArgs {
  const args: PromptArgs = {};
  for (const [name, value] of Object.entries(slots)) {
    if (typeof value === "string" || typeof value === "number") args[name] = value;
  }
  return args;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
