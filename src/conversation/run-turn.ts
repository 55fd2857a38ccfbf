// One turn of a conversation: load where the chat stands, feed the input to the flow engine,
// run the actions it asks for, store the new state. Shared by every channel.
import { z } from "zod";
import { handleInput, IDLE_STATE, isSlotValue, resumeAfterAction, type EngineContext, type EngineResult, type FlowState, type InputEvent, type OptionSourceResolver, type Output, type SlotValue } from "../domain/flows/engine";
import { botLocaleOrDefault, DEFAULT_LOCALE, localeFromLanguageCode, type BotLocale } from "../domain/vocabulary";
import { loadConversation } from "../services/conversation/load-conversation";
import { listDistricts, type DistrictChoice } from "../services/district/list-districts";
import { saveConversation } from "../services/conversation/save-conversation";
import type { ResidentIdentity } from "../services/resident/resident-identity";
import { FLOW_ACTIONS } from "./actions";
import { startSlots } from "./actions/deep-link-actions";
import type { ConversationDeps } from "./conversation-deps";
import { createOptionSources } from "./option-sources";

export type ChannelInput =
  | InputEvent
  /** `payload`: what followed the command; only /start's is read (a deep link: "/start o12"). */
  | { type: "command"; command: string; payload?: string }
  /** A button from a message the bot sent on its own: starts a flow with its entry slots filled. */
  | { type: "entry"; flowId: string; values: string[] };

export interface TurnResult {
  /** The language to render the outputs in (it may have changed during the turn). */
  locale: BotLocale;
  outputs: Output[];
}

const storedStateSchema = z.object({
  flowId: z.string().nullable(),
  stepId: z.string().nullable(),
  slots: z.record(z.string(), z.custom<SlotValue>(isSlotValue)),
  draft: z.array(z.string()).nullable(),
});

const HELP_FLOW = "help";
const MAX_ACTIONS_PER_TURN = 20;

export async function runTurn(deps: ConversationDeps, identity: ResidentIdentity, input: ChannelInput, options: { preferredLocale?: string } = {}): Promise<TurnResult> {
  const { prisma } = deps;
  // Only the resident's locale is read here (and whether there is one); the actions load what they need.
  const stored = await loadConversation({ prisma, identity });
  let state = parseStoredState(stored.state, deps);
  if (typeof state.slots.locale !== "string") {
    // A new resident's Telegram language is proposed at first contact (flows/onboarding.yaml);
    // one we do not speak leads to the list of languages.
    const hinted = localeFromLanguageCode(options.preferredLocale);
    const locale = stored.residentLocale ?? hinted ?? DEFAULT_LOCALE;
    state = { ...state, slots: { ...state.slots, locale, localeSuggested: stored.residentLocale === null && hinted !== null } };
  }

  const sources = lazyDistrictSources(deps);
  const context: EngineContext = { flows: deps.flows, sources: sources.resolve, idleFlowId: HELP_FLOW };
  const event = toEngineEvent(input, deps);
  let result = await sources.engineStep(() => handleInput(context, state, event));
  const outputs: Output[] = [...result.outputs];
  for (let count = 0; result.action; count++) {
    if (count >= MAX_ACTIONS_PER_TURN) throw new Error(`flow ${result.state.flowId} ran ${MAX_ACTIONS_PER_TURN} actions in one turn`);
    const action = FLOW_ACTIONS[result.action];
    if (!action) throw new Error(`unknown action "${result.action}"`);
    const actionResult = await action({ ...deps, identity, slots: result.state.slots, locale: localeOf(result.state) });
    const before = result.state;
    result = await sources.engineStep(() => resumeAfterAction(context, before, actionResult));
    outputs.push(...result.outputs);
  }
  state = result.state;

  // Only a chat in the middle of a flow has a stored state; an idle one leaves nothing behind.
  await saveConversation({ prisma, identity, state: state.flowId ? JSON.stringify(state) : null, now: deps.now() });
  return { locale: localeOf(state), outputs };
}

/**
 * The option sources of a turn, with the districts read from the database only in a turn that
 * shows or checks a district question (a few turns of a conversation, not every one). The engine
 * is pure: a step that asked for the districts before they were loaded is computed once more with
 * them, so its result is exactly what it would have been with the districts loaded up front.
 */
function lazyDistrictSources(deps: ConversationDeps) {
  let districts: DistrictChoice[] | null = null;
  let wanted = false;
  let loaded = createOptionSources([]);
  const resolve: OptionSourceResolver = (source, slots) => {
    if (source === "districts" && districts === null) wanted = true;
    return loaded(source, slots);
  };
  return {
    resolve,
    async engineStep(compute: () => EngineResult): Promise<EngineResult> {
      let result: EngineResult;
      try {
        result = compute();
      } catch (error) {
        // Computed without the districts it asked for: judge it only with them.
        if (!wanted || districts !== null) throw error;
      }
      if (!wanted || districts !== null) return result!;
      districts = await listDistricts(deps.prisma);
      loaded = createOptionSources(districts);
      return compute();
    },
  };
}

function toEngineEvent(input: ChannelInput, deps: ConversationDeps): InputEvent {
  if (input.type === "entry") {
    const entrySlots = deps.flows.get(input.flowId)?.entry ?? [];
    // Untrusted: a flow that takes no such button, or the wrong number of values, is a stale or
    // forged button, answered like one (the current question again). "-" is no flow id.
    if (entrySlots.length === 0 || entrySlots.length !== input.values.length) return { type: "choice", flowId: "-", stepId: "-", value: "-" };
    return { type: "start", flowId: input.flowId, slots: Object.fromEntries(entrySlots.map((slot, index) => [slot, input.values[index]!])) };
  }
  if (input.type !== "command") return input;
  const command = input.command.toLowerCase();
  const flowId = deps.commands.get(command);
  if (flowId === undefined) return { type: "unknown-command" };
  // /start remembers a deep link's offer, and forgets one an earlier /start left (actions/deep-link-actions.ts).
  if (command === "start") return { type: "start", flowId, slots: startSlots(input.payload) };
  return { type: "start", flowId };
}

function parseStoredState(json: string | null, deps: ConversationDeps): FlowState {
  if (json === null) return IDLE_STATE;
  const parsed = storedStateSchema.safeParse(safeJson(json));
  const flowKnown = parsed.success && (parsed.data.flowId === null || deps.flows.has(parsed.data.flowId));
  if (!parsed.success || !flowKnown) {
    // After a deploy that renamed a flow, or a hand-edited row: start over rather than crash.
    deps.logger.warn("stored conversation state unusable; starting over");
    return IDLE_STATE;
  }
  return parsed.data;
}

function safeJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function localeOf(state: FlowState): BotLocale {
  return botLocaleOrDefault(state.slots.locale);
}

/** Telegram's language_code ("en-GB", "uk") → a bot locale; German when we do not speak it. */
export function localeFromHint(languageCode: string | undefined): BotLocale {
  return localeFromLanguageCode(languageCode) ?? DEFAULT_LOCALE;
}
