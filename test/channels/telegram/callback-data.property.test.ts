// Properties of the inline button payloads (src/channels/telegram/callback-data.ts): what we
// encode reads back unchanged; reading never throws, whatever Telegram hands us; and nothing
// reads back that we would not have encoded exactly so.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CallbackDataError,
  decodeButtonPress,
  encodeChoice,
  encodeFinish,
  MAX_CALLBACK_DATA_BYTES,
  type ButtonPress,
} from "../../../src/channels/telegram/callback-data";

const RUNS = { numRuns: 400 };

// The shapes the flow schema allows for flow and step ids, and option values (fixed values,
// "o12", "s7", district slugs, locale codes, hour counts).
const id = fc.stringMatching(/^[a-z][a-z0-9_-]{0,24}$/);
const value = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);
const question = fc.record({ flowId: id, stepId: id });

/** What we would have sent for this press. */
function encode(press: ButtonPress): string {
  return press.finish ? encodeFinish(press) : encodeChoice(press, press.value);
}

let accepted = 0;
/** A string decodeButtonPress accepts must be exactly what encoding its result gives. */
function readsBackOnlyWhatWeSend(data: unknown): void {
  const press = decodeButtonPress(data);
  if (press === null) return;
  accepted++;
  expect(encode(press)).toBe(data);
}

// Fragments that make near-misses likely: separators, the finish mark, case, non-ASCII, control characters.
const fragment = fc.oneof(
  fc.constantFrom(".", "|", "*", "-", "_", "a", "z", "A", "0", "9", " ", "\n", "\u0000", "ß", "é", "🙂", "\u200b", "signup", "confirm", "erase", "yes", "o12"),
  fc.string({ maxLength: 3 }),
);
const nearMiss = fc.array(fragment, { maxLength: 20 }).map((parts) => parts.join(""));

describe("callback data, for all flows, steps and values", () => {
  it("reads back every choice that fits in 64 bytes, and refuses to encode one that does not", () => {
    fc.assert(
      fc.property(question, value, (q, v) => {
        const fits = q.flowId.length + q.stepId.length + v.length + 2 <= MAX_CALLBACK_DATA_BYTES;
        if (!fits) {
          expect(() => encodeChoice(q, v)).toThrow(CallbackDataError);
          return;
        }
        const data = encodeChoice(q, v);
        expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_CALLBACK_DATA_BYTES);
        expect(decodeButtonPress(data)).toEqual({ flowId: q.flowId, stepId: q.stepId, finish: false, value: v });
      }),
      RUNS,
    );
  });

  it("reads back every done/skip button", () => {
    fc.assert(
      fc.property(question, (q) => {
        fc.pre(q.flowId.length + q.stepId.length + 3 <= MAX_CALLBACK_DATA_BYTES);
        expect(decodeButtonPress(encodeFinish(q))).toEqual({ flowId: q.flowId, stepId: q.stepId, finish: true });
      }),
      RUNS,
    );
  });

  it("never reads a \"<step>|<value>\" button of the previous bot version as a press", () => {
    fc.assert(
      fc.property(id, fc.oneof(value, fc.constant("*")), (stepId, v) => {
        expect(decodeButtonPress(`${stepId}|${v}`)).toBeNull();
      }),
      RUNS,
    );
  });
});

describe("callback data from Telegram, which may be anything", () => {
  it("never throws on arbitrary strings, any Unicode, any length, or things that are not strings", () => {
    const anyData = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.string({ unit: "grapheme", maxLength: 80 }),
      fc.string({ unit: "binary-ascii", minLength: 60, maxLength: 1000 }),
      nearMiss,
      fc.anything({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(anyData, (data) => {
        expect(() => decodeButtonPress(data)).not.toThrow();
      }),
      RUNS,
    );
  });

  it("never returns a press that encoding would not turn into exactly the same data", () => {
    fc.assert(fc.property(fc.oneof(nearMiss, fc.string({ unit: "binary", maxLength: 80 })), readsBackOnlyWhatWeSend), RUNS);
  });

  it("rejects or reads back faithfully what a valid payload becomes after one edit", () => {
    const edited = fc
      .tuple(question, value, fc.nat(), fc.constantFrom("insert", "delete", "replace"), fragment)
      .filter(([q, v]) => q.flowId.length + q.stepId.length + v.length + 2 <= MAX_CALLBACK_DATA_BYTES)
      .map(([q, v, at, edit, text]) => {
        const data = encodeChoice(q, v);
        const i = at % (data.length + 1);
        if (edit === "insert") return data.slice(0, i) + text + data.slice(i);
        if (edit === "delete") return data.slice(0, i) + data.slice(i + 1);
        return data.slice(0, i) + text + data.slice(i + text.length);
      });
    accepted = 0;
    fc.assert(fc.property(edited, readsBackOnlyWhatWeSend), RUNS);
    // Many edits (a letter more or less in an id or value) still decode: the property was put to the test.
    expect(accepted).toBeGreaterThan(RUNS.numRuns / 10);
  });
});
