import { describe, expect, it } from "vitest";
import { buttonText } from "../../src/conversation/present";

describe("buttonText", () => {
  it("keeps short labels", () => {
    expect(buttonText("1. Repair-Café Auenhain")).toBe("1. Repair-Café Auenhain");
  });

  it("shortens at a word boundary with an ellipsis, never mid-word", () => {
    const label = buttonText("2. Mittagstisch: Essen ausgeben und Gäste begrüßen im Mehrgenerationenhaus", 40);
    expect(label).toBe("2. Mittagstisch: Essen ausgeben und…");
    expect(label.length).toBeLessThanOrEqual(40);
    expect(label).not.toMatch(/begrü…/);
  });

  it("cuts one very long word when there is no boundary worth keeping", () => {
    expect(buttonText("Donaudampfschifffahrtsgesellschaftskapitän", 20)).toBe("Donaudampfschifffah…");
  });
});
