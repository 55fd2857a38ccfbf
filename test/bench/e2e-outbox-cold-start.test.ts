// Smoke run of the end-to-end, outbox and cold-start benches (bench/) with tiny sizes, so that
// they keep compiling and working. No timing is asserted: that is what `npm run bench` is for.
import { describe, expect, it } from "vitest";
import { formatColdStartBench, type ColdStartBenchResult } from "../../bench/cold-start.bench";
import { formatE2eBench, poolPhases, runE2eBench, type E2eBenchOptions } from "../../bench/e2e.bench";
import { formatOutboxBench, runOutboxBench } from "../../bench/outbox.bench";
import { productionNodeOptions } from "../../bench/support/production-node";

/** One resident, one journey, no warm-up, no production phase: the e2e bench at its smallest. */
const tinyE2e = (overrides: Partial<E2eBenchOptions>) =>
  runE2eBench({
    residents: [1],
    journeysPerResident: 1,
    minJourneysPerPhase: 1,
    warmupJourneys: 0,
    rounds: 1,
    logLevel: "silent",
    ...overrides,
  });

describe("benchmarks (smoke run)", () => {
  it("outbox: drains a few notifications to the fake Slack", async () => {
    const result = await runOutboxBench({ notifications: 5, logLevel: "silent" });
    expect(result.received).toBe(5);
    expect(result.sent).toBe(5);
    expect(formatOutboxBench(result)).toContain("| 5/5 |");
  });

  it("e2e: one resident's journey in polling mode, from /start to the Slack message", async () => {
    const result = await tinyE2e({ modes: ["polling"], ceiling: false, productionThrottle: { residents: 0, seconds: 0, mode: "polling" } });
    const [mode] = result.modes;
    expect(mode?.app[0]).toMatchObject({ journeys: 1, outcomes: { "signed-up": 1 }, slack: { delivered: 1, expected: 1 } });
    expect(mode?.app[0]?.reply.samples).toBeGreaterThan(10);
    expect(result.updatesPerJourney).toBeGreaterThan(10);
    expect(formatE2eBench(result)).toContain("**polling**");
    if (process.platform === "linux") {
      // The bot thread's own CPU time per update, and how busy the machine was: what the report reads against.
      expect(mode?.app[0]?.cpuMsPerUpdate).toBeGreaterThanOrEqual(0);
      expect(mode?.app[0]?.machine?.busyPercent).toBeGreaterThan(0);
      expect(formatE2eBench(result)).toMatch(/Machine during N=1: \d+ % of its \d+ cores busy with ours/);
    }
  });

  it("e2e: the ceilings in webhook mode, the second making as many Bot API calls per update as the app, in rounds pooled", async () => {
    const result = await tinyE2e({ modes: ["webhook"], ceiling: true, rounds: 2, productionThrottle: { residents: 0, seconds: 0, mode: "webhook" } });
    const [mode] = result.modes;
    const [app, ceiling, sameCalls] = [mode?.app[0], mode?.ceiling[0], mode?.sameCalls[0]];
    expect([app?.rounds, ceiling?.rounds, sameCalls?.rounds]).toEqual([2, 2, 2]);
    expect([app?.journeys, ceiling?.journeys, sameCalls?.journeys]).toEqual([2, 2, 2]);
    expect(mode?.roundRatios[0]).toHaveLength(2);
    expect(ceiling!.updates).toBe(2 * result.updatesPerJourney);
    // Whole calls per update that add up to the app's average of its first round (within one call per round).
    expect(Math.abs(sameCalls!.apiCallsPerUpdate - mode!.sameCallsPerUpdate!)).toBeLessThanOrEqual(2 / sameCalls!.updates + 1e-9);
    const report = formatE2eBench(result);
    expect(report).toContain("Bot API calls per update: ours");
    expect(report).toContain("Each figure pools 2 rounds");
  });

  it("e2e: pools rounds by their updates and time, and quantiles over all their samples", () => {
    const phase = (updates: number, seconds: number, cpuMs: number, reply: number[]) => ({
      result: {
        residents: 100,
        rounds: 1,
        journeys: 10,
        updates,
        seconds,
        updatesPerSecond: updates / seconds,
        busyMsPerUpdate: cpuMs,
        cpuMsPerUpdate: cpuMs,
        machine: { busyPercent: 50, stealPercent: 0, cores: 2 },
        reply: { p50: Number.NaN, p99: Number.NaN, samples: reply.length },
        done: { p50: Number.NaN, p99: Number.NaN },
        withoutReply: 0,
        apiCallsPerUpdate: 2,
        outcomes: { "signed-up": 8 },
        slack: null,
      },
      samples: { reply, done: reply, slack: [] },
    });

    const pooled = poolPhases([phase(1000, 1, 1, [1, 2, 3]), phase(1000, 3, 0.5, [4, 5, 6, 7])]);

    expect(pooled).toMatchObject({ rounds: 2, journeys: 20, updates: 2000, seconds: 4, updatesPerSecond: 500, cpuMsPerUpdate: 0.75, outcomes: { "signed-up": 16 } });
    expect(pooled.reply).toEqual({ p50: 4, p99: 7, samples: 7 });
    expect(pooled.machine?.busyPercent).toBe(50);
  });

  it("cold start: formats what it measured", () => {
    // Starting processes takes seconds; `npm run bench -- cold-start` does that. Here only the report.
    const result: ColdStartBenchResult = {
      options: { runs: 1, commands: ["node dist/main.js"], timeoutMs: 1000 },
      buildMs: null,
      results: [{ command: "node dist/main.js", runs: [{ toGetMeMs: 300, toFirstReplyMs: 500 }], medianMs: 500, minMs: 500, maxMs: 500, medianToGetMeMs: 300 }],
      afterChange: { toGetMeMs: 1500, toFirstReplyMs: 1800 },
      bareNodeMs: 80,
    };
    const report = formatColdStartBench(result);
    // With the options of package.json's start:prod, which is what it runs.
    expect(report).toContain(`| \`${["node", ...productionNodeOptions(), "dist/main.js"].join(" ")}\` | 500 ms |`);
    expect(report).toContain("right after a change in src/ (bundles first, once): 1800 ms");
    expect(report).toContain("Node itself (`node -e 0`, same environment) starts in 80 ms here");
  });
});
