// The outgoing throttle (src/channels/telegram/outgoing-throttle.ts) on a controllable clock:
// per-chat bursts and rates, the global cap, groups, order within a chat, and calls without a chat.
import { describe, expect, it } from "vitest";
import { outgoingThrottle, type OutgoingLimits, type OutgoingThrottleClock } from "../../../src/channels/telegram/outgoing-throttle";
import { TELEGRAM_THROTTLE } from "../../../src/channels/telegram/bot-api-policy";

/** Time moves only when every pending call waits on it: it jumps to the next wake-up. */
class ManualClock implements OutgoingThrottleClock {
  private time = 0;
  private sleepers: Array<{ at: number; wake: () => void }> = [];
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
  sleep(ms: number): Promise<void> {
    return new Promise((wake) => this.sleepers.push({ at: this.time + ms, wake }));
  }
  /** Lets the calls run until all of them are done, advancing time as they wait. */
  async runAll(calls: Promise<unknown>[]): Promise<void> {
    let done = false;
    const all = Promise.allSettled(calls).then(() => (done = true));
    while (!done) {
      for (let i = 0; i < 20; i++) await Promise.resolve();
      if (done) break;
      this.sleepers.sort((a, b) => a.at - b.at);
      const next = this.sleepers.shift();
      if (!next) continue;
      this.time = Math.max(this.time, next.at);
      next.wake();
    }
    await all;
  }
}

function setUp(limits: OutgoingLimits = TELEGRAM_THROTTLE) {
  const clock = new ManualClock();
  const sent: Array<{ at: number; chat: unknown; text: unknown; method: string }> = [];
  const throttle = outgoingThrottle(limits, clock);
  const prev = (method: string, payload: Record<string, unknown>) => {
    sent.push({ at: clock.now(), chat: payload.chat_id, text: payload.text, method });
    return Promise.resolve({ ok: true, result: true });
  };
  const call = (method: string, payload: Record<string, unknown>) =>
    (throttle as unknown as (p: typeof prev, m: string, pl: Record<string, unknown>) => Promise<unknown>)(prev, method, payload);
  return { clock, sent, call };
}

describe("outgoing throttle", () => {
  it("lets a private chat send a burst of three, then one a second, in order", async () => {
    const { clock, sent, call } = setUp();
    const texts = ["1", "2", "3", "4", "5"];
    await clock.runAll(texts.map((text) => call("sendMessage", { chat_id: 42, text })));
    expect(sent.map((entry) => entry.text)).toEqual(texts);
    expect(sent.map((entry) => entry.at)).toEqual([0, 0, 0, 1000, 2000]);
  });

  it("keeps all chats together at 30 a second", async () => {
    const { clock, sent, call } = setUp();
    const calls = Array.from({ length: 45 }, (_, index) => call("sendMessage", { chat_id: 1_000 + index, text: "x" }));
    await clock.runAll(calls);
    expect(sent.filter((entry) => entry.at < 1000)).toHaveLength(30);
    expect(sent).toHaveLength(45);
    // Never more than 30 in any second.
    for (const entry of sent) expect(sent.filter((other) => other.at >= entry.at && other.at < entry.at + 1000).length).toBeLessThanOrEqual(30);
  });

  it("serves chats waiting for the global limit in turn", async () => {
    const { clock, sent, call } = setUp();
    const calls = Array.from({ length: 40 }, (_, index) => [call("sendMessage", { chat_id: 500 + index, text: "first" }), call("sendMessage", { chat_id: 500 + index, text: "second" })]).flat();
    await clock.runAll(calls);
    const firsts = sent.filter((entry) => entry.text === "first").map((entry) => entry.at);
    const seconds = sent.filter((entry) => entry.text === "second").map((entry) => entry.at);
    expect(Math.max(...firsts)).toBeLessThanOrEqual(Math.min(...seconds));
    expect(sent).toHaveLength(80);
  });

  it("gives a group one message a second and at most 20 a minute", async () => {
    const { clock, sent, call } = setUp();
    await clock.runAll(Array.from({ length: 22 }, (_, index) => call("sendMessage", { chat_id: -100, text: String(index) })));
    expect(sent.slice(0, 3).map((entry) => entry.at)).toEqual([0, 1000, 2000]);
    expect(sent.filter((entry) => entry.at < 60_000)).toHaveLength(20);
    expect(sent[20]!.at).toBe(60_000);
    expect(sent.map((entry) => entry.text)).toEqual(Array.from({ length: 22 }, (_, index) => String(index)));
  });

  it("does not hold up one chat for another", async () => {
    const { clock, sent, call } = setUp();
    await clock.runAll([...["a1", "a2", "a3", "a4"].map((text) => call("sendMessage", { chat_id: 1, text })), call("sendMessage", { chat_id: 2, text: "b1" })]);
    expect(sent.find((entry) => entry.text === "b1")?.at).toBe(0);
  });

  it("sends the next message of a chat after a failed one", async () => {
    const clock = new ManualClock();
    const throttle = outgoingThrottle(TELEGRAM_THROTTLE, clock) as unknown as (p: unknown, m: string, pl: unknown) => Promise<unknown>;
    const order: string[] = [];
    const prev = (_method: string, payload: { text: string }) => {
      order.push(payload.text);
      return payload.text === "bad" ? Promise.reject(new Error("400")) : Promise.resolve({ ok: true });
    };
    const first = throttle(prev, "sendMessage", { chat_id: 7, text: "bad" });
    const second = throttle(prev, "sendMessage", { chat_id: 7, text: "good" });
    await clock.runAll([first, second]);
    await expect(first).rejects.toThrow("400");
    await expect(second).resolves.toEqual({ ok: true });
    expect(order).toEqual(["bad", "good"]);
  });

  it("keeps a new chat's order when idle chats are being forgotten", async () => {
    const clock = new ManualClock();
    const throttle = outgoingThrottle({ ...TELEGRAM_THROTTLE, globalPerSecond: 100_000 }, clock) as unknown as (p: unknown, m: string, pl: unknown) => Promise<unknown>;
    const events: string[] = [];
    const prev = async (_method: string, payload: { chat_id: number; text: string }) => {
      if (payload.chat_id !== 99) return { ok: true };
      events.push(`start ${payload.text}`);
      await clock.sleep(10);
      events.push(`end ${payload.text}`);
      return { ok: true };
    };
    // A thousand chats that sent once and have been quiet long enough to be forgotten.
    await clock.runAll(Array.from({ length: 1_000 }, (_, index) => throttle(prev, "sendMessage", { chat_id: 10_000 + index, text: "x" })));
    clock.advance(10_000);
    // The next new chat starts a sweep; its own calls must still go one after the other.
    await clock.runAll(["a", "b"].map((text) => throttle(prev, "sendMessage", { chat_id: 99, text })));
    expect(events).toEqual(["start a", "end a", "start b", "end b"]);
  });

  it("passes calls without a chat at once", async () => {
    const { clock, sent, call } = setUp();
    await clock.runAll([...Array.from({ length: 40 }, () => call("answerCallbackQuery", { callback_query_id: "q" })), call("getUpdates", {})]);
    expect(sent).toHaveLength(41);
    expect(sent.every((entry) => entry.at === 0)).toBe(true);
  });
});
