// Telegram's language_code → the locale the bot proposes at first contact.
import { describe, expect, it } from "vitest";
import { BOT_LOCALES, botLocaleOrDefault, DEFAULT_LOCALE, LOCALES, localeFromLanguageCode } from "../../src/domain/vocabulary";

describe("localeFromLanguageCode", () => {
  it.each([
    ["de", "de"],
    ["en", "en"],
    ["uk", "uk"],
    ["ru", "ru"],
    ["ar", "ar"],
    ["tr", "tr"],
    ["fa", "fa"],
  ])("proposes %s for Telegram's %s", (code, locale) => {
    expect(localeFromLanguageCode(code)).toBe(locale);
  });

  it.each([
    ["de-AT", "de"],
    ["de-CH", "de"],
    ["en-GB", "en"],
    ["en_US", "en"],
    ["uk-UA", "uk"],
    ["ru-RU", "ru"],
    ["ar-SY", "ar"],
    ["fa-IR", "fa"],
    ["tr-TR", "tr"],
    ["DE", "de"],
  ])("maps the regional variant %s to %s", (code, locale) => {
    expect(localeFromLanguageCode(code)).toBe(locale);
  });

  it.each([["pt-BR"], ["pl"], ["ku"], [""], ["x"], [undefined]])("proposes nothing for %s: the resident picks from the list", (code) => {
    expect(localeFromLanguageCode(code)).toBeNull();
  });

  it("never guesses plain German; it is chosen", () => {
    expect(BOT_LOCALES).toContain("de-x-simple");
    expect(LOCALES["de-x-simple"].telegramMenu).toBe(false);
    expect(localeFromLanguageCode("de")).toBe("de");
  });

  it("uses valid BCP 47 tags", () => {
    for (const locale of BOT_LOCALES) expect(Intl.getCanonicalLocales(locale)).toEqual([locale]);
  });
});

describe("botLocaleOrDefault", () => {
  it("keeps every bot locale and reads anything else (a removed locale, a hand-edited row) as the default", () => {
    for (const locale of BOT_LOCALES) expect(botLocaleOrDefault(locale)).toBe(locale);
    for (const other of ["xx", "", null, undefined, 3, "DE", "toString"]) expect(botLocaleOrDefault(other)).toBe(DEFAULT_LOCALE);
  });
});
