// Properties of the flow engine (src/domain/flows/engine.ts) on the shipped flows/*.yaml: random
// sequences of what residents do (start any flow, tap buttons of the current question, of other
// questions and of no question, type, finish) never break it. Actions are stubs that answer
// with one of a few plausible results each, as the real ones would; option sources resolve
// the fixed vocabularies and two districts.
import fc from "fast-check";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FLOW_ACTIONS } from "../../../src/conversation/actions";
import { loadProductFlows } from "../../../src/conversation/load-product-flows";
import { createOptionSources } from "../../../src/conversation/option-sources";
import {
  handleInput,
  IDLE_STATE,
  resumeAfterAction,
  type ActionResult,
  type EngineContext,
  type EngineResult,
  type FlowState,
  type InputEvent,
  type Output,
  type QuestionRef,
} from "../../../src/domain/flows/engine";
import type { CollectStep, Step } from "../../../src/domain/flows/flow-schema";

const flows = loadProductFlows(fileURLToPath(new URL("../../../flows", import.meta.url)));
const context: EngineContext = {
  flows,
  sources: createOptionSources([
    { slug: "altstadt", name: "Altstadt" },
    { slug: "nord", name: "Nord" },
  ]),
  idleFlowId: "help",
};

const offers = [
  { value: "o1", text: "1. Lesepaten" },
  { value: "o2", text: "2. Besuchsdienst" },
];
const withdrawable = [{ value: "s1", text: "Lesepaten zurückziehen" }];

/** A few results per action, as the real action (src/conversation/actions) can return them. */
const ACTION_RESULTS: Record<string, ActionResult[]> = {
  load_resident: [
    { slots: { hasResident: false, hasConsent: false, profileComplete: false } },
    { slots: { hasResident: true, hasConsent: false, profileComplete: false } },
    {
      slots: {
        hasResident: true,
        hasConsent: true,
        profileComplete: true,
        interests: ["kinder"],
        timeSlots: ["flexible"],
        hoursPerWeek: "4",
        district: "any",
        languages: ["de"],
      },
    },
  ],
  apply_locale: [{ slots: { languageChosen: true } }],
  record_consent: [{ slots: { hasResident: true, hasConsent: true } }],
  save_profile: [{ slots: { profileComplete: true } }],
  erase_resident: [{ slots: { locale: "de" }, replaceSlots: true }],
  first_offer_page: [{ slots: { offerPage: 0 } }],
  next_offer_page: [{ slots: { offerPage: 1 } }, { slots: { offerPage: 0 }, outputs: [{ type: "message", key: "recommendations-no-more" }] }],
  recommend: [
    { slots: { offers, offerCount: offers.length, hasMore: true }, outputs: [{ type: "text", text: "1. Lesepaten\n2. Besuchsdienst" }] },
    { slots: { offers: [], offerCount: 0, hasMore: false } },
  ],
  show_opportunity: [
    { slots: { isAvailable: false, alreadySignedUp: false } },
    { slots: { isAvailable: true, alreadySignedUp: true, hasRequirements: false } },
    { slots: { isAvailable: true, alreadySignedUp: false, hasRequirements: true, opportunityTitle: "Lesepaten", organisationName: "MGH", signupMessage: null } },
    { slots: { isAvailable: true, alreadySignedUp: false, hasRequirements: false, opportunityTitle: "Lesepaten", organisationName: "MGH", signupMessage: null } },
  ],
  create_signup: [{ slots: { signupResult: "created" } }, { slots: { signupResult: "duplicate" } }, { slots: { signupResult: "unavailable" } }],
  list_signups: [
    { slots: { signupCount: 0, withdrawableCount: 0, withdrawable: [] } },
    { slots: { signupCount: 1, withdrawableCount: 0, withdrawable: [] } },
    { slots: { signupCount: 2, withdrawableCount: 1, withdrawable } },
  ],
  withdraw_signup: [{ slots: { withdrawResult: "withdrawn" } }, { slots: { withdrawResult: "consent-withdrawn" } }, { slots: { withdrawResult: "not-withdrawable" } }],
  keep_or_withdraw_signup: [{ slots: { waitingResult: "kept" } }, { slots: { waitingResult: "withdrawn" } }, { slots: { waitingResult: "answered" } }],
  answer_check_in: [{ slots: { checkInResult: "thanks" } }, { slots: { checkInResult: "looking" } }, { slots: { checkInResult: "already" } }, { slots: { checkInResult: "unknown" } }],
  load_question_topics: [
    { slots: { hasResident: false } },
    { slots: { hasResident: true, topics: withdrawable, topicChosen: false, questionTopic: null } },
    { slots: { hasResident: true, topics: [], topicChosen: true, questionTopic: "network" } },
  ],
  send_question: [{ slots: { questionResult: "sent", questionText: null, questionTopic: null } }, { slots: { questionResult: "failed" } }],
  open_start_offer: [
    { slots: { startOffer: null, startOfferReady: false } },
    { slots: { startOffer: null, startOfferReady: false }, outputs: [{ type: "message", key: "signup-unavailable" }] },
    { slots: { startOffer: null, startOfferReady: true, offerChoice: "o1" } },
  ],
  load_privacy_contacts: [{ slots: { version: "2026-11", controller: "Netzwerk für Generationen Saalberg", email: "datenschutz@example.org", dpo: "(noch nicht eingetragen)" } }],
  export_my_data: [
    { slots: { myDataFound: false } },
    { slots: { myDataFound: true }, outputs: [{ type: "text", text: "Ihr Profil" }, { type: "document", fileName: "meine-daten-2026-11-23.json", content: "{}", caption: "Alle Daten" }] },
  ],
};

const ACTION_NAMES = Object.keys(ACTION_RESULTS);

const isCollect = (step: Step | undefined): step is CollectStep => step !== undefined && "collect" in step;
const stepOf = (state: FlowState): Step | undefined =>
  state.flowId && state.stepId ? flows.get(state.flowId)?.steps.find((step) => step.id === state.stepId) : undefined;

/** Every question of every flow, by flow and step: the addresses a real button can carry. */
const QUESTIONS: QuestionRef[] = [...flows.values()].flatMap((flow) =>
  flow.steps.filter(isCollect).map((step) => ({ flowId: flow.id, stepId: step.id })),
);
/** Values real buttons carry: fixed options, the vocabularies, offers, signups, yes/no. */
const KNOWN_VALUES = [
  ...new Set([
    ...[...flows.values()].flatMap((flow) =>
      flow.steps.filter(isCollect).flatMap((step) =>
        step.collect.kind === "single" || step.collect.kind === "multiple"
          ? step.collect.options.flatMap((option) =>
              "value" in option ? [option.value] : (context.sources(option.source, {}) ?? []).map((choice) => choice.value),
            )
          : [],
      ),
    ),
    "yes",
    "no",
    ...offers.map((offer) => offer.value),
    ...withdrawable.map((signup) => signup.value),
  ]),
];

// ----------------------------------------------------------------------------- what residents do

/** Which question an answer names: none (typed), the current one, any real one, or made-up ids. */
type Address = { kind: "none" } | { kind: "current" } | { kind: "question"; question: QuestionRef } | { kind: "made-up"; question: QuestionRef };
/** Which value: one of the current question's choices (by index), a known value, or anything. */
type Pick = { kind: "shown"; index: number } | { kind: "value"; value: string };
type Move =
  | { type: "start"; flowId: string }
  | { type: "text"; text: string }
  | { type: "choice"; address: Address; pick: Pick }
  | { type: "choices"; address: Address; picks: Pick[] }
  | { type: "finish"; address: Address };

const address: fc.Arbitrary<Address> = fc.oneof(
  { arbitrary: fc.constant({ kind: "current" as const }), weight: 6 },
  { arbitrary: fc.constant({ kind: "none" as const }), weight: 1 },
  { arbitrary: fc.constantFrom(...QUESTIONS).map((question) => ({ kind: "question" as const, question })), weight: 3 },
  { arbitrary: fc.record({ flowId: fc.string({ maxLength: 12 }), stepId: fc.string({ maxLength: 12 }) }).map((question) => ({ kind: "made-up" as const, question })), weight: 1 },
);
const pick: fc.Arbitrary<Pick> = fc.oneof(
  { arbitrary: fc.nat(20).map((index) => ({ kind: "shown" as const, index })), weight: 6 },
  { arbitrary: fc.constantFrom(...KNOWN_VALUES).map((value) => ({ kind: "value" as const, value })), weight: 2 },
  { arbitrary: fc.string({ maxLength: 10 }).map((value) => ({ kind: "value" as const, value })), weight: 1 },
);
const move: fc.Arbitrary<Move> = fc.oneof(
  { arbitrary: fc.constantFrom(...flows.keys()).map((flowId) => ({ type: "start" as const, flowId })), weight: 3 },
  {
    arbitrary: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("", "   ", "Hallo", "Ich komme gern.", "x".repeat(501))).map((text) => ({ type: "text" as const, text })),
    weight: 2,
  },
  { arbitrary: fc.record({ type: fc.constant("choice" as const), address, pick }), weight: 8 },
  { arbitrary: fc.record({ type: fc.constant("choices" as const), address, picks: fc.array(pick, { maxLength: 4 }) }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant("finish" as const), address }), weight: 2 },
);
/** A move and which stub results the actions of its turn return (see runTurn). */
const turns = fc.array(fc.record({ move, outcomes: fc.array(fc.nat(11), { minLength: 1, maxLength: ACTION_NAMES.length }) }), { minLength: 10, maxLength: 40 });

type Question = Extract<Output, { type: "question" }>;

function toEvent(move: Move, state: FlowState, shown: Question | undefined): InputEvent {
  const unnamed: { flowId?: undefined; stepId?: undefined } = {};
  const resolveAddress = (a: Address): QuestionRef | typeof unnamed => {
    if (a.kind === "none") return unnamed;
    if (a.kind === "current") return state.flowId && state.stepId ? { flowId: state.flowId, stepId: state.stepId } : unnamed;
    return a.question;
  };
  const resolvePick = (p: Pick): string => {
    if (p.kind === "value") return p.value;
    const choices = shown?.choices ?? [];
    return choices.length > 0 ? choices[p.index % choices.length]!.value : "nothing-shown";
  };
  switch (move.type) {
    case "start":
    case "text":
      return move;
    case "choice":
      return { type: "choice", value: resolvePick(move.pick), ...resolveAddress(move.address) };
    case "choices":
      return { type: "choices", values: move.picks.map(resolvePick), ...resolveAddress(move.address) };
    case "finish":
      return { type: "finish", ...resolveAddress(move.address) };
  }
}

/**
 * One turn as src/conversation/run-turn.ts runs it: the input, then every action the engine asks
 * for. `outcomes` picks each action's stub result; an action run twice in a turn returns the same
 * (the resident does not change halfway through a turn).
 */
function runTurn(state: FlowState, event: InputEvent, outcomes: number[]): EngineResult & { allOutputs: Output[] } {
  let result = handleInput(context, state, event);
  const allOutputs = [...result.outputs];
  for (let count = 0; result.action; count++) {
    if (count >= 20) throw new Error(`flow ${result.state.flowId} ran 20 actions in one turn`);
    const results = ACTION_RESULTS[result.action];
    if (!results) throw new Error(`no stub for action ${result.action}`);
    const outcome = outcomes[ACTION_NAMES.indexOf(result.action) % outcomes.length]!;
    result = resumeAfterAction(context, result.state, results[outcome % results.length]!);
    allOutputs.push(...result.outputs);
  }
  return { ...result, allOutputs };
}

const isIdle = (state: FlowState) => state.flowId === null && state.stepId === null && state.draft === null;
const keys = (outputs: Output[]) => outputs.map((output) => (output.type === "question" ? `?${output.key}` : output.type === "message" ? output.key : "text"));

describe("the flow engine on the shipped flows, for any sequence of inputs", () => {
  it("has a stub for every action the flows name", () => {
    expect(Object.keys(ACTION_RESULTS).sort()).toEqual(Object.keys(FLOW_ACTIONS).sort());
  });

  it("never throws, rests idle or at a question it has just asked, and lets no other question's button change anything", () => {
    // The engine throws FlowRuntimeError only for broken flows (an unknown flow, step or option
    // source, a loop of says); the shipped flows are not broken, so here it must not throw at all.
    let answeredElsewhere = 0;
    let deepest = 0;
    const reached = new Set<string>();
    fc.assert(
      fc.property(turns, (sequence) => {
        let state: FlowState = { ...IDLE_STATE, slots: { locale: "de" } };
        let shown: Question | undefined;
        const visited = new Set<string>();
        for (const { move, outcomes } of sequence) {
          const before = state;
          const beforeStep = stepOf(before);
          const event = toEvent(move, before, shown);
          const result = runTurn(before, event, outcomes);
          state = result.state;
          const step = stepOf(state);

          // Idle, or at an existing question of an existing flow (never at a say or an action between turns).
          if (!isIdle(state)) {
            expect(flows.has(state.flowId!), `flow ${state.flowId}`).toBe(true);
            expect(isCollect(step), `${state.flowId}/${state.stepId} is a question`).toBe(true);
            visited.add(`${state.flowId}/${state.stepId}`);
          }
          // At a question, the turn ends by asking it, naming its flow and step.
          const last = result.allOutputs.at(-1);
          if (isCollect(step)) {
            expect(last?.type).toBe("question");
            expect(last).toMatchObject({ flowId: state.flowId, stepId: state.stepId, key: step.prompt });
          }
          // A draft (ticked boxes) exists only while a multiple choice is asked.
          if (state.draft !== null) expect(isCollect(step) && step.collect.kind === "multiple").toBe(true);
          // The state is stored as JSON between turns.
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);

          // An answer naming another question (another flow, another step, or both) changes nothing.
          const named = event.type !== "start" && event.type !== "text" && event.type !== "unknown-command" && event.flowId !== undefined ? event : undefined;
          if (named && (named.flowId !== before.flowId || named.stepId !== before.stepId)) {
            expect(state.slots).toEqual(before.slots);
            if (isCollect(beforeStep)) {
              answeredElsewhere++;
              expect(state).toBe(before);
              expect(keys(result.allOutputs)).toEqual(["common-stale-button", `?${beforeStep.prompt}`]);
            }
          }
          shown = last?.type === "question" ? last : isIdle(state) ? undefined : shown;
        }
        deepest = Math.max(deepest, visited.size);
        for (const question of visited) reached.add(question);
      }),
      { numRuns: 300 },
    );
    // The walks got somewhere: several questions deep, into most questions of the flows (typically
    // all 24), and past many buttons of other questions.
    expect(deepest).toBeGreaterThan(3);
    expect(reached.size).toBeGreaterThan(QUESTIONS.length / 2);
    expect(answeredElsewhere).toBeGreaterThan(100);
  });

  it("answers a button of any other question, also one whose step id is the same, as stale, at every question", () => {
    // Every question as the current one, with the slots actions would have filled.
    const slots = { locale: "de", offers, withdrawable, topics: withdrawable, hasResident: true, profileComplete: true, interests: ["kinder"] };
    const pairs = QUESTIONS.flatMap((current) => QUESTIONS.filter((other) => other.flowId !== current.flowId || other.stepId !== current.stepId).map((other) => ({ current, other })));
    expect(pairs.some(({ current, other }) => current.stepId === other.stepId)).toBe(true);
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.oneof(fc.constantFrom(...KNOWN_VALUES), fc.string({ maxLength: 8 })),
        fc.constantFrom("choice", "choices", "finish"),
        fc.option(fc.array(fc.constantFrom(...KNOWN_VALUES), { maxLength: 3 }), { nil: null }),
        ({ current, other }, value, type, draft) => {
          const step = stepOf({ ...IDLE_STATE, ...current });
          if (!isCollect(step)) throw new Error(`${current.flowId}/${current.stepId} is no question`);
          const state: FlowState = { ...current, slots, draft: step.collect.kind === "multiple" ? draft : null };
          const event: InputEvent =
            type === "choice" ? { type, value, ...other } : type === "choices" ? { type, values: [value], ...other } : { type, ...other };
          const result = handleInput(context, state, event);
          expect(result.state).toBe(state);
          expect(result.action).toBeNull();
          expect(keys(result.outputs)).toEqual(["common-stale-button", `?${step.prompt}`]);
        },
      ),
      { numRuns: 400 },
    );
  });
});
