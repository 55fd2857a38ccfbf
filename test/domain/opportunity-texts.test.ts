import { describe, expect, it } from "vitest";
import { localizeOpportunity } from "../../src/domain/opportunity-texts";

const source = {
  title: "Lesepatenschaft",
  summary: "Vorlesen in der Kita",
  description: "Einmal pro Woche lesen Sie Kindern vor.",
  translations: [{ locale: "uk", title: "Читання дітям", summary: "Читати в дитсадку", description: "Раз на тиждень Ви читаєте дітям." }],
};

describe("localizeOpportunity", () => {
  it("shows German readers the German text", () => {
    expect(localizeOpportunity(source, "de")).toEqual({ title: "Lesepatenschaft", summary: "Vorlesen in der Kita", description: "Einmal pro Woche lesen Sie Kindern vor.", germanOnly: false });
  });

  it("shows the translation where there is one, without the German-only note", () => {
    expect(localizeOpportunity(source, "uk")).toEqual({ title: "Читання дітям", summary: "Читати в дитсадку", description: "Раз на тиждень Ви читаєте дітям.", germanOnly: false });
  });

  it("falls back to German with the note where there is none", () => {
    expect(localizeOpportunity(source, "ar")).toMatchObject({ title: "Lesepatenschaft", germanOnly: true });
    expect(localizeOpportunity(source, "de-x-simple")).toMatchObject({ title: "Lesepatenschaft", germanOnly: true });
  });

  it("notes German where only the description is missing", () => {
    const partial = { ...source, translations: [{ ...source.translations[0]!, description: null }] };
    expect(localizeOpportunity(partial, "uk")).toEqual({ title: "Читання дітям", summary: "Читати в дитсадку", description: "Einmal pro Woche lesen Sie Kindern vor.", germanOnly: true });
  });
});
