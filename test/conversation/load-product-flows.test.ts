// The flows' YAML read ahead by `npm run build` (dist/flows.parsed.json) gives the same flows as
// reading the YAML, is used only for files whose text is unchanged, and can never break a start.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadProductFlows } from "../../src/conversation/load-product-flows";
import { contentDigest } from "../../src/domain/content-digest";
import { projectPath } from "../../src/paths";

const FLOWS_DIR = projectPath("flows");
const scratch = mkdtempSync(path.join(tmpdir(), "flows-parsed-"));
const sources = readdirSync(FLOWS_DIR)
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => readFileSync(path.join(FLOWS_DIR, name), "utf8"));

function preparsedFile(name: string, content: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
}

describe("loadProductFlows with flows read ahead", () => {
  const fromYaml = loadProductFlows(FLOWS_DIR, path.join(scratch, "none.json"));

  it("gives the same flows as reading the YAML", () => {
    const file = preparsedFile("same.json", JSON.stringify(Object.fromEntries(sources.map((source) => [contentDigest(source), parse(source)]))));
    expect(loadProductFlows(FLOWS_DIR, file)).toEqual(fromYaml);
  });

  it("takes an entry only for the text it was read from", () => {
    // Entries under the right digests but with other content would change the flows if used;
    // under a digest of some other text they are not used.
    const wrong = Object.fromEntries(sources.map((source) => [contentDigest(`${source}\n# edited`), { id: "tampered", steps: [] }]));
    expect(loadProductFlows(FLOWS_DIR, preparsedFile("stale.json", JSON.stringify(wrong)))).toEqual(fromYaml);
  });

  it("ignores a file it cannot use", () => {
    expect(loadProductFlows(FLOWS_DIR, preparsedFile("broken.json", "{ not json"))).toEqual(fromYaml);
    expect(loadProductFlows(FLOWS_DIR, preparsedFile("shape.json", JSON.stringify({ "not-a-digest": {} })))).toEqual(fromYaml);
  });

  it("checks what it takes from the file like what it reads", () => {
    const [first] = sources;
    const broken = preparsedFile("invalid.json", JSON.stringify({ [contentDigest(first!)]: { id: 42 } }));
    expect(() => loadProductFlows(FLOWS_DIR, broken)).toThrow(/^flows\/[\w-]+\.yaml: /);
  });
});
