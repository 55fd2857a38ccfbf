import { describe, expect, it } from "vitest";
import { similarSlugs } from "../../../src/services/network-admin/unknown-slug";

const SLUGS = ["leih-oma-auenhain", "leih-oma-nord", "lesepaten-kita", "tafel-ausgabe", "repair-cafe", "mgh"];

describe("similarSlugs", () => {
  it("finds typos, halves of slugs and different case, nearest first", () => {
    expect(similarSlugs("tafel-ausgbae", SLUGS)).toEqual(["tafel-ausgabe"]);
    expect(similarSlugs("leih-oma", SLUGS)).toEqual(["leih-oma-nord", "leih-oma-auenhain"]);
    expect(similarSlugs("Repair-Cafe", SLUGS)).toEqual(["repair-cafe"]);
    expect(similarSlugs("mhg", SLUGS)).toEqual(["mgh"]);
  });

  it("suggests nothing far off, and at most three", () => {
    expect(similarSlugs("sportverein", SLUGS)).toEqual([]);
    expect(similarSlugs("a", ["b", "c", "d", "e"])).toHaveLength(3);
  });
});
