// The shape of flows/*.yaml. Flows are data: a step names its prompt by locale key, its input,
// the slot its answer goes to and where to go next; side effects are named actions that
// TypeScript implements (src/conversation/actions). Validated once at start-up.
import { z } from "zod";

const identifier = z.string().regex(/^[a-z][a-z0-9_-]*$/, "use lower-case letters, digits, - and _");
// Slots are named like variables (profileComplete), because prompts use them as Fluent arguments.
const slotName = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, "a slot name in camelCase");
const localeKey = z.string().regex(/^[a-z][a-z0-9-]*$/, "a Fluent message id such as onboarding-welcome");

/** A condition on a slot; exactly one test per condition keeps flow files readable. */
export const conditionSchema = z
  .object({
    slot: slotName,
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    in: z.array(z.union([z.string(), z.number()])).optional(),
    empty: z.boolean().optional(),
  })
  .strict()
  .refine((c) => [c.equals, c.in, c.empty].filter((test) => test !== undefined).length === 1, {
    message: "a condition needs exactly one of equals, in, empty",
  });
export type Condition = z.infer<typeof conditionSchema>;

/** Where to go after a step: a step id, "end", or "flow:<id>" to continue in another flow. */
const target = z.string().regex(/^(end|flow:[a-z][a-z0-9_-]*|[a-z][a-z0-9_-]*)$/, "a step id, end or flow:<id>");
export const nextSchema = z.union([
  target,
  z.array(
    z.union([
      z.object({ if: conditionSchema, then: target }).strict(),
      z.object({ else: target }).strict(),
    ]),
  ).min(1),
]);
export type Next = z.infer<typeof nextSchema>;

/** A fixed option with a locale key as label, or a named source of options resolved at run time. */
export const optionSchema = z.union([
  z
    .object({
      value: identifier,
      label: localeKey,
      // Choosing it clears every other choice of a multiple-choice question ("flexibel", "egal").
      exclusive: z.boolean().optional(),
    })
    .strict(),
  z.object({ source: identifier }).strict(),
]);
export type OptionSpec = z.infer<typeof optionSchema>;

const collectSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("single"), options: z.array(optionSchema).min(1) }).strict(),
  z
    .object({
      kind: z.literal("multiple"),
      options: z.array(optionSchema).min(1),
      min: z.number().int().min(0).default(1),
      done: localeKey.default("common-done"),
    })
    .strict(),
  z
    .object({
      kind: z.literal("text"),
      maxLength: z.number().int().min(1).max(4000),
      optional: z.boolean().default(false),
      skip: localeKey.default("common-skip"),
    })
    .strict(),
  z
    .object({
      kind: z.literal("confirm"),
      yes: localeKey.default("common-yes"),
      no: localeKey.default("common-no"),
    })
    .strict(),
]);

const baseStep = { id: identifier, next: nextSchema.optional() };

export const stepSchema = z.union([
  z.object({ ...baseStep, say: localeKey }).strict(),
  z.object({ ...baseStep, action: identifier }).strict(),
  z
    .object({
      ...baseStep,
      prompt: localeKey,
      collect: collectSchema,
      // The slot the answer is stored in.
      store: slotName,
    })
    .strict(),
]);
export type Step = z.infer<typeof stepSchema>;
export type CollectStep = Extract<Step, { collect: unknown }>;
export type CollectInput = CollectStep["collect"];

export const flowSchema = z
  .object({
    id: identifier,
    description: z.string().optional(),
    // Chat commands that start this flow, without the slash.
    commands: z.array(identifier).default([]),
    // Slots a button in a message the bot sends on its own (a status notice, a check-in) may fill
    // when it starts this flow, in this order: ">signup|o12" starts signup with offerChoice "o12".
    // A flow without entry slots cannot be started that way.
    entry: z.array(slotName).max(3).default([]),
    steps: z.array(stepSchema).min(1),
  })
  .strict();
export type Flow = z.infer<typeof flowSchema>;
