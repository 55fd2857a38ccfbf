// The language list fits one phone screen: every language in its own name, two a row.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { keyboardFor } from "../../../src/channels/telegram/keyboard";
import { BOT_LOCALES } from "../../../src/domain/vocabulary";
import { loadTranslator } from "../../../src/i18n/translator";

const translator = loadTranslator(fileURLToPath(new URL("../../../locales", import.meta.url)));

describe("keyboardFor", () => {
  it("lays the eight languages out two a row, each in its own name", () => {
    const keyboard = keyboardFor({
      flowId: "language",
      stepId: "choose",
      kind: "single",
      choices: BOT_LOCALES.map((locale) => ({ value: locale, text: translator.t("de", `locale-name-${locale}`), selected: false })),
      update: false,
    });
    const rows = keyboard!.inline_keyboard.map((row) => row.map((button) => button.text));
    expect(rows).toEqual([
      ["Deutsch", "Einfache Sprache"],
      ["English", "Українська"],
      ["Русский", "العربية"],
      ["Türkçe", "فارسی"],
    ]);
  });
});
