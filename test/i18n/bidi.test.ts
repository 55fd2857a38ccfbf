// Right-to-left: names and numbers inside Arabic and Persian sentences are isolated (FSI … PDI),
// so Telegram does not scramble them; left-to-right locales get no marks (they would show as
// boxes in some clients and terminals).
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadTranslator } from "../../src/i18n/translator";
import { BOT_LOCALES, LOCALES } from "../../src/domain/vocabulary";

const translator = loadTranslator(fileURLToPath(new URL("../../locales", import.meta.url)));
const FSI = "\u2068";
const PDI = "\u2069";
const args = { title: "Lesepaten", organisation: "Stadtbibliothek Saalberg", summary: "Vorlesen", rank: 2, why: "Kinder" };

describe("bidi isolation", () => {
  it.each(["ar", "fa"] as const)("isolates every placeable in %s", (locale) => {
    const text = translator.t(locale, "notify-signup-contacted", args);
    expect(text).toContain(`${FSI}Lesepaten${PDI}`);
    expect(text).toContain(`${FSI}Stadtbibliothek Saalberg${PDI}`);
    expect(translator.t(locale, "recommendations-item", args)).toContain(`${FSI}Lesepaten${PDI}`);
  });

  it.each(BOT_LOCALES.filter((locale) => LOCALES[locale].direction === "ltr"))("adds no marks in %s", (locale) => {
    const text = translator.t(locale, "notify-signup-contacted", args);
    expect(text).toContain("Lesepaten");
    expect(text).not.toMatch(/[\u2066-\u2069]/);
    expect(translator.isolate(locale, "Altstadt")).toBe("Altstadt");
  });

  it("isolates the parts the code composes (the 'passt zu' line, numbered offers) in right-to-left locales", () => {
    expect(translator.isolate("ar", "Altstadt")).toBe(`${FSI}Altstadt${PDI}`);
    expect(translator.isolate("fa", "2. Lesepaten")).toBe(`${FSI}2. Lesepaten${PDI}`);
  });

  it.each(["ar", "fa"] as const)("keeps commands left to right inside %s sentences", (locale) => {
    const help = translator.t(locale, "help-text");
    expect(help).toContain("\u2066/offers\u2069");
    expect(help).not.toMatch(/(?<!\u2066)\/offers/);
    expect(translator.t("en", "help-text")).not.toContain("\u2066");
  });
});
