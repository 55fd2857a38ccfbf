import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { botUsernameSchema, isBotUsername, offerDeepLink, offerPayload, offerShortLink, parseOfferPayload, START_PARAMETER } from "../../src/domain/deep-link";

describe("deep-link payloads", () => {
  it("names an offer by its id, in what Telegram allows as a start parameter", () => {
    expect(offerPayload(12)).toBe("o12");
    expect(parseOfferPayload("o12")).toBe(12);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (id) => {
        const payload = offerPayload(id);
        expect(payload).toMatch(START_PARAMETER);
        expect(payload.length).toBeLessThanOrEqual(64);
        expect(parseOfferPayload(payload)).toBe(id);
      }),
    );
  });

  it("reads anything but the exact form as no offer (the payload is whatever someone typed)", () => {
    for (const forged of [undefined, null, 12, "", "o", "o0", "o012", "O12", "o-1", "o1.5", " o12", "o12 ", "o12\n", "o1234567890", "12", "s12", "o12x", "x".repeat(65), "o12;DROP TABLE"]) {
      expect(parseOfferPayload(forged), JSON.stringify(forged)).toBeNull();
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const id = parseOfferPayload(text);
        if (id !== null) expect(offerPayload(id)).toBe(text);
      }),
    );
  });

  it("refuses ids no offer can have", () => {
    for (const id of [0, -1, 1.5, Number.NaN, 1_000_000_000]) expect(() => offerPayload(id)).toThrow(RangeError);
  });
});

describe("bot usernames and links", () => {
  it("accepts what BotFather allows and drops a copied @", () => {
    expect(botUsernameSchema.parse("lotse_saalberg_bot")).toBe("lotse_saalberg_bot");
    expect(botUsernameSchema.parse(" @LotseBot ")).toBe("LotseBot");
    expect(isBotUsername("abcbot")).toBe(true);
    expect(isBotUsername(`a${"b".repeat(28)}bot`)).toBe(true);
  });

  it("refuses what cannot be a bot's username", () => {
    for (const wrong of ["", "bot", "abot", "lotse_saalberg", "1lotse_bot", "_lotse_bot", "lotse-bot", "lotse bot", "lötse_bot", `a${"b".repeat(29)}bot`, "https://t.me/lotse_bot", 42]) {
      expect(isBotUsername(wrong), JSON.stringify(wrong)).toBe(false);
    }
  });

  it("builds the t.me link and its short form", () => {
    expect(offerDeepLink("lotse_saalberg_bot", 12)).toBe("https://t.me/lotse_saalberg_bot?start=o12");
    expect(offerDeepLink("@lotse_saalberg_bot", 12)).toBe("https://t.me/lotse_saalberg_bot?start=o12");
    expect(offerShortLink("lotse_saalberg_bot", 7)).toBe("t.me/lotse_saalberg_bot?start=o7");
    expect(() => offerDeepLink("no_such", 1)).toThrow();
  });
});
