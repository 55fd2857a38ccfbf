// isSlotValue (src/domain/flows/engine.ts) decides whether a stored conversation can be resumed.
// It replaced a zod union of the six shapes (cheaper per update); the property below holds it to
// exactly what that union accepted, on arbitrary JSON.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isSlotValue } from "../../../src/domain/flows/engine";

const dynamicOption = z.object({ value: z.string(), text: z.string() });
const unionOfShapes = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string()), z.array(dynamicOption)]);

describe("isSlotValue", () => {
  it("takes every shape a slot can have", () => {
    for (const value of ["de", "", 67, 0, true, false, null, [], ["kinder", "senioren"], [{ value: "12", text: "Lesepaten" }]]) {
      expect(isSlotValue(value), JSON.stringify(value)).toBe(true);
    }
  });

  it("refuses what a slot never holds", () => {
    const refused: unknown[] = [
      undefined,
      { value: "12", text: "Lesepaten" },
      ["kinder", 3],
      ["kinder", { value: "12", text: "Lesepaten" }],
      [{ value: 12, text: "Lesepaten" }],
      [{ value: "12" }],
      [["kinder"]],
      [null],
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ];
    for (const value of refused) expect(isSlotValue(value), String(JSON.stringify(value))).toBe(false);
  });

  it("agrees with the zod union of the six shapes on any JSON value", () => {
    const option = fc.record({ value: fc.oneof(fc.string(), fc.integer()), text: fc.string() }, { requiredKeys: [] });
    const values = fc.oneof(
      fc.jsonValue(),
      fc.array(fc.string()),
      fc.array(option),
      fc.array(fc.oneof(fc.string(), option)),
      fc.record({ value: fc.string(), text: fc.string(), extra: fc.jsonValue() }).map((item) => [item]),
    );
    fc.assert(
      fc.property(values, (value) => {
        expect(isSlotValue(value)).toBe(unionOfShapes.safeParse(value).success);
      }),
      { numRuns: 2_000 },
    );
  });
});
