// What a bundle reads from the flow and locale files (scripts/bundle.mjs): parsed anew, or taken
// from the last bundle's readings for a file that did not change. Keys are the start's own
// (contentDigest), so the start finds what the bundle wrote.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFlowsAndLocales } from "../../scripts/bundle.mjs";
import { contentDigest as digest } from "../../src/domain/content-digest";

const FLOW = "id: greet\nsteps:\n  - id: hello\n";
const BROKEN_FLOW = "id: [unclosed\n";
const GOOD_FTL = "hello = Hallo\n";
const JUNK_FTL = "hello = Hallo\n= no identifier\n";

describe("readFlowsAndLocales", () => {
  let project: string;

  beforeEach(() => {
    project = mkdtempSync(path.join(tmpdir(), "lotse-bundle-"));
    mkdirSync(path.join(project, "flows"));
    mkdirSync(path.join(project, "locales", "de"), { recursive: true });
    writeFileSync(path.join(project, "flows", "greet.yaml"), FLOW);
    writeFileSync(path.join(project, "flows", "broken.yaml"), BROKEN_FLOW);
    writeFileSync(path.join(project, "locales", "de", "good.ftl"), GOOD_FTL);
    writeFileSync(path.join(project, "locales", "de", "junk.ftl"), JUNK_FTL);
  });

  afterEach(() => rmSync(project, { recursive: true, force: true }));

  it("parses every flow and checks every locale file when there is nothing earlier", async () => {
    const readings = await readFlowsAndLocales(project, null);

    // A flow that does not parse is left out: the start reads it and names the problem.
    expect(readings.flows).toEqual({ [digest(FLOW)]: { id: "greet", steps: [{ id: "hello" }] } });
    // Only the file the exact parser reads without junk counts as checked.
    expect(readings.locales).toEqual([digest(GOOD_FTL)]);
  });

  it("takes an unchanged file's reading from the last bundle, and reads a changed one anew", async () => {
    const earlier = { flows: { [digest(FLOW)]: { taken: "from the last bundle" } }, locales: new Set([digest(JUNK_FTL)]) };
    const changed = "hello = Hallo!\n";
    writeFileSync(path.join(project, "locales", "de", "good.ftl"), changed);

    const readings = await readFlowsAndLocales(project, earlier);

    expect(readings.flows).toEqual({ [digest(FLOW)]: { taken: "from the last bundle" } });
    expect(readings.locales.sort()).toEqual([digest(changed), digest(JUNK_FTL)].sort());
  });
});
