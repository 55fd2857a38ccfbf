// Inline button payloads (src/channels/telegram/callback-data.ts): "<flow>.<step>|<value>", read
// back as untrusted input; and every button the shipped flows can produce fits Telegram's 64 bytes.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { offerValue } from "../../../src/conversation/actions/recommendation-actions";
import { signupValue } from "../../../src/conversation/actions/signup-actions";
import { checkInValue, threadValue } from "../../../src/conversation/actions/follow-up-actions";
import { loadProductFlows } from "../../../src/conversation/load-product-flows";
import { createOptionSources, HOST_SOURCES, SLOT_SOURCES } from "../../../src/conversation/option-sources";
import {
  CallbackDataError,
  decodeButtonPress,
  decodeEntryPress,
  encodeChoice,
  encodeEntry,
  encodeFinish,
  MAX_CALLBACK_DATA_BYTES,
} from "../../../src/channels/telegram/callback-data";
import type { CollectStep } from "../../../src/domain/flows/flow-schema";
import { readNetworkFile } from "../../../src/services/network/read-network-file";
import { SAMPLE_NETWORK_FILE } from "../../../src/services/network/seed-if-empty";

const FLOWS_DIR = fileURLToPath(new URL("../../../flows", import.meta.url));

describe("callback data", () => {
  it("names flow and step: \"<flow>.<step>|<value>\", \"<flow>.<step>|*\" for done/skip", () => {
    const question = { flowId: "signup", stepId: "confirm" };
    expect(encodeChoice(question, "yes")).toBe("signup.confirm|yes");
    expect(encodeFinish({ flowId: "onboarding", stepId: "interests" })).toBe("onboarding.interests|*");
    expect(decodeButtonPress("signup.confirm|yes")).toEqual({ flowId: "signup", stepId: "confirm", finish: false, value: "yes" });
    expect(decodeButtonPress("erase.confirm|yes")).toEqual({ flowId: "erase", stepId: "confirm", finish: false, value: "yes" });
    expect(decodeButtonPress("onboarding.interests|*")).toEqual({ flowId: "onboarding", stepId: "interests", finish: true });
    expect(decodeButtonPress("recommendations.pick|o17")).toEqual({ flowId: "recommendations", stepId: "pick", finish: false, value: "o17" });
  });

  it("reads the previous version's \"<step>|<value>\" buttons, and anything else we did not send, as null", () => {
    for (const data of [
      "confirm|yes",
      "hours|4",
      "interests|*",
      "",
      "xyz",
      "signup.confirm",
      "signup.confirm|",
      "signup.|yes",
      ".confirm|yes",
      "signup.confirm|yes|no",
      "signup.confirm.x|yes",
      "signup.confirm|ja nein",
      "signup.confirm|**",
      "Signup.confirm|yes",
      "signup.confirm|yes\n",
      "signup.confirm|ü",
      `signup.confirm|${"x".repeat(64)}`,
    ]) {
      expect(decodeButtonPress(data), JSON.stringify(data)).toBeNull();
    }
    for (const data of [undefined, null, 42, { flowId: "signup" }]) expect(decodeButtonPress(data)).toBeNull();
  });

  it("refuses to make a button it could not read back", () => {
    expect(() => encodeChoice({ flowId: "signup", stepId: "confirm" }, "x".repeat(50))).toThrow(CallbackDataError);
    expect(() => encodeChoice({ flowId: "signup", stepId: "confirm" }, "a|b")).toThrow(CallbackDataError);
    expect(() => encodeChoice({ flowId: "signup", stepId: "confirm" }, "")).toThrow(CallbackDataError);
    expect(() => encodeChoice({ flowId: "signup", stepId: "confirm" }, "*")).toThrow(CallbackDataError);
    expect(() => encodeChoice({ flowId: "Signup", stepId: "confirm" }, "yes")).toThrow(CallbackDataError);
    const exactly64 = encodeChoice({ flowId: "f", stepId: "s" }, "v".repeat(MAX_CALLBACK_DATA_BYTES - 4));
    expect(Buffer.byteLength(exactly64)).toBe(64);
    expect(() => encodeChoice({ flowId: "f", stepId: "s" }, "v".repeat(MAX_CALLBACK_DATA_BYTES - 3))).toThrow(CallbackDataError);
  });
});

describe("entry buttons (under messages the bot sends on its own)", () => {
  it("start a flow with values for its entry slots: \">flow|value…\"", () => {
    expect(encodeEntry("signup", ["o12"])).toBe(">signup|o12");
    expect(encodeEntry("check-in", ["c4", "not-yet"])).toBe(">check-in|c4|not-yet");
    expect(decodeEntryPress(">check-in|c4|not-yet")).toEqual({ flowId: "check-in", values: ["c4", "not-yet"] });
    // A question's button is no entry button, and the other way round.
    expect(decodeEntryPress("signup.confirm|yes")).toBeNull();
    expect(decodeButtonPress(">signup|o12")).toBeNull();
  });

  it("reads anything else as no entry button, and refuses to make one that would not read back", () => {
    for (const forged of [">signup", ">Signup|o1", ">signup|", ">signup|a|b|c|d", ">signup|o 1", `>signup|${"x".repeat(60)}`, 7, null]) {
      expect(decodeEntryPress(forged), String(forged)).toBeNull();
    }
    expect(() => encodeEntry("signup", [])).toThrow(CallbackDataError);
    expect(() => encodeEntry("signup", ["a|b"])).toThrow(CallbackDataError);
    expect(() => encodeEntry("signup", ["x".repeat(60)])).toThrow(CallbackDataError);
  });

  it("fit Telegram's limit for every flow that takes them, with the longest ids", () => {
    const flows = loadProductFlows(FLOWS_DIR);
    const longest: Record<string, string> = {
      offerChoice: offerValue(999_999_999),
      signupChoice: signupValue(999_999_999),
      waitingChoice: "withdraw",
      checkInChoice: checkInValue(999_999_999),
      checkInAnswer: "still-in",
      questionTopic: threadValue(999_999_999),
    };
    const withEntry = [...flows.values()].filter((flow) => flow.entry.length > 0);
    expect(withEntry.map((flow) => flow.id).sort()).toEqual(["check-in", "question", "signup", "signup-waiting"]);
    for (const flow of withEntry) {
      const data = encodeEntry(flow.id, flow.entry.map((slot) => longest[slot]!));
      expect(Buffer.byteLength(data), data).toBeLessThanOrEqual(MAX_CALLBACK_DATA_BYTES);
    }
  });
});

describe("every button of the shipped flows", () => {
  const flows = loadProductFlows(FLOWS_DIR);
  const network = readNetworkFile(SAMPLE_NETWORK_FILE);
  const hostSources = createOptionSources(network.districts.map(({ slug, name }) => ({ slug, name })));
  // The longest values actions put into slots: ids as parseOfferValue / parseSignupValue accept them (9 digits).
  const slotSourceValues: Record<(typeof SLOT_SOURCES)[number], string[]> = {
    offers: [offerValue(999_999_999)],
    withdrawable: [signupValue(999_999_999)],
    topics: [signupValue(999_999_999)],
  };
  // Room left for a value after "<flow>.<step>|": enough for a district slug of 32 characters
  // (network files do not limit slug length; the sample's longest is far shorter).
  const VALUE_ROOM = 32;

  const questions = [...flows.values()].flatMap((flow) =>
    flow.steps.filter((step): step is CollectStep => "collect" in step).map((step) => ({ flowId: flow.id, stepId: step.id, step })),
  );

  function buttonValues(step: CollectStep): string[] {
    const collect = step.collect;
    switch (collect.kind) {
      case "confirm":
        return ["yes", "no"];
      case "text":
        return [];
      case "single":
      case "multiple":
        return collect.options.flatMap((option) => {
          if ("value" in option) return [option.value];
          if ((SLOT_SOURCES as readonly string[]).includes(option.source)) return slotSourceValues[option.source as (typeof SLOT_SOURCES)[number]];
          expect(HOST_SOURCES as readonly string[], `option source ${option.source}`).toContain(option.source);
          return (hostSources(option.source, {}) ?? []).map((choice) => choice.value);
        });
    }
  }

  it("asks at least the questions whose step ids repeat across flows", () => {
    const flowsOf = new Map<string, string[]>();
    for (const { flowId, stepId } of questions) flowsOf.set(stepId, [...(flowsOf.get(stepId) ?? []), flowId]);
    const repeated = Object.fromEntries([...flowsOf].filter(([, ids]) => ids.length > 1));
    // Why callback data names the flow: "confirm" answers both a signup and an erasure.
    expect(repeated.confirm?.sort()).toEqual(["erase", "signup"]);
  });

  it("fits Telegram's 64 bytes and reads back as the same flow, step and value, sample districts and the largest ids included", () => {
    let count = 0;
    for (const { flowId, stepId, step } of questions) {
      const where = `${flowId}/${stepId}`;
      expect(Buffer.byteLength(`${flowId}.${stepId}|`) + VALUE_ROOM, `${where}: flow and step id leave too little room for values`).toBeLessThanOrEqual(MAX_CALLBACK_DATA_BYTES);
      for (const value of buttonValues(step)) {
        const data = encodeChoice({ flowId, stepId }, value);
        expect(Buffer.byteLength(data), data).toBeLessThanOrEqual(MAX_CALLBACK_DATA_BYTES);
        expect(decodeButtonPress(data), data).toEqual({ flowId, stepId, finish: false, value });
        count++;
      }
      const hasFinish = step.collect.kind === "multiple" || (step.collect.kind === "text" && step.collect.optional);
      if (hasFinish) expect(decodeButtonPress(encodeFinish({ flowId, stepId }))).toEqual({ flowId, stepId, finish: true });
    }
    expect(count).toBeGreaterThan(50);
  });
});
