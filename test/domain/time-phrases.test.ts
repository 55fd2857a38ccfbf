import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTimePhrase } from "../../src/domain/time-phrases";
import { OPPORTUNITY_SLOTS, type OpportunitySlot } from "../../src/domain/vocabulary";

const WORKDAYS = ["mon", "tue", "wed", "thu", "fri"] as const;
const ALL_DAYS = [...WORKDAYS, "sat", "sun"] as const;
const every = (days: readonly string[], parts: readonly string[]) =>
  days.flatMap((day) => parts.map((part) => `${day}-${part}`));
const ALL = ["morning", "afternoon", "evening"];

// Phrases as they appear in Mehrgenerationenhaus programmes, Freiwilligenagentur listings and on
// volunteering platforms, with the slots they mean (in vocabulary order).
const PHRASES: [string, "flexible" | string[]][] = [
  ["Mo-Fr vormittags", every(WORKDAYS, ["morning"])],
  ["Sa 10-12 Uhr", ["sat-morning"]],
  ["mittwochs nachmittags", ["wed-afternoon"]],
  ["flexibel", "flexible"],
  ["nach Absprache", "flexible"],
  ["Zeiten nach Vereinbarung", "flexible"],
  ["egal", "flexible"],
  ["flexible", "flexible"],
  ["Mo 10-12 Uhr; Do nachmittags", ["mon-morning", "thu-afternoon"]],
  ["Mo, Mi und Fr vormittags", ["mon-morning", "wed-morning", "fri-morning"]],
  ["Di/Do 15–17 Uhr", ["tue-afternoon", "thu-afternoon"]],
  ["Mo bis Fr 9:00 – 12:30 Uhr", every(WORKDAYS, ["morning", "afternoon"])],
  ["Mo–Fr 8-12 Uhr", every(WORKDAYS, ["morning"])],
  ["werktags nachmittags", every(WORKDAYS, ["afternoon"])],
  ["wochentags ab 17 Uhr", every(WORKDAYS, ["evening"])],
  ["am Wochenende", every(["sat", "sun"], ALL)],
  ["Wochenende vormittags", ["sat-morning", "sun-morning"]],
  ["samstags", every(["sat"], ALL)],
  ["täglich abends", every(ALL_DAYS, ["evening"])],
  ["jeden Tag 14 Uhr", every(ALL_DAYS, ["afternoon"])],
  ["Dienstagnachmittag", ["tue-afternoon"]],
  ["Samstagvormittag und Sonntagnachmittag", ["sat-morning", "sun-afternoon"]],
  ["Samstag-Vormittag", ["sat-morning"]],
  ["Freitagabend ab 18 Uhr", ["fri-evening"]],
  ["montags 9.30-11 Uhr", ["mon-morning"]],
  ["Do 16.30-18 Uhr", ["thu-afternoon", "thu-evening"]],
  ["Mi 11-13 Uhr", ["wed-morning", "wed-afternoon"]],
  ["Mo. + Mi. 14:00 - 16:00", ["mon-afternoon", "wed-afternoon"]],
  ["jeden 1. und 3. Dienstag im Monat, 15-17 Uhr", ["tue-afternoon"]],
  ["14-tägig freitags nachmittags", ["fri-afternoon"]],
  ["1x pro Woche vormittags", every(ALL_DAYS, ["morning"])],
  ["alle zwei Wochen samstags 10 - 13 Uhr", ["sat-morning", "sat-afternoon"]],
  ["einmal im Monat sonntags", every(["sun"], ALL)],
  ["Mo-Do 8:30-12 Uhr und Fr 8:30-11 Uhr", every(["mon", "tue", "wed", "thu", "fri"], ["morning"])],
  ["Mo-Fr vormittags, Sa nachmittags", [...every(WORKDAYS, ["morning"]), "sat-afternoon"]],
  ["vormittags Mo und Mi, nachmittags Fr", ["mon-morning", "wed-morning", "fri-afternoon"]],
  ["Di und Do zwischen 14 und 16 Uhr", ["tue-afternoon", "thu-afternoon"]],
  ["von 15 bis 18 Uhr am Mittwoch", ["wed-afternoon", "wed-evening"]],
  ["mittags (Mo-Fr)", every(WORKDAYS, ["morning", "afternoon"])],
  ["Sa/So ganztags", every(["sat", "sun"], ["morning", "afternoon"])],
  ["tagsüber unter der Woche", every(WORKDAYS, ["morning", "afternoon"])],
  ["abends", every(ALL_DAYS, ["evening"])],
  ["vormittags oder nachmittags, nach Absprache", every(ALL_DAYS, ["morning", "afternoon"])],
  ["Mo-Fr nach Absprache", every(WORKDAYS, ALL)],
  ["Montag bis Freitag, 9 bis 17 Uhr", every(WORKDAYS, ["morning", "afternoon"])],
  ["montags bis freitags morgens", every(WORKDAYS, ["morning"])],
  ["Fr-Mo abends", every(["mon", "fri", "sat", "sun"], ["evening"])],
  ["Sonnabend 10 Uhr", ["sat-morning"]],
  ["an Werktagen ab 16 Uhr", every(WORKDAYS, ["afternoon"])],
  ["Mo bis 12 Uhr", ["mon-morning"]],
  ["Mittwoch 14:30h", ["wed-afternoon"]],
  ["Di 18-20h", ["tue-evening"]],
  ["ca. 2 Stunden pro Woche, flexibel", "flexible"],
  ["2-3 Stunden pro Woche nach Absprache", "flexible"],
  ["Mo.-Fr. 8.00 - 12.00 Uhr", every(WORKDAYS, ["morning"])],
  ["dienstags und donnerstags von 9 bis 12 Uhr", ["tue-morning", "thu-morning"]],
  ["Mo–Mi, Fr 9–12 Uhr", ["mon-morning", "tue-morning", "wed-morning", "fri-morning"]],
  ["sat-morning, wed-afternoon", ["wed-afternoon", "sat-morning"]],
  ["Sat-Morning", ["sat-morning"]],
  ["Mo 10-12 Uhr\nDo 14-16 Uhr", ["mon-morning", "thu-afternoon"]],
  ["Samstag und Sonntag 10-14 Uhr", every(["sat", "sun"], ["morning", "afternoon"])],
  ["Mo u. Mi ab 9 Uhr", ["mon-morning", "wed-morning"]],
  ["MONTAGS VORMITTAGS", ["mon-morning"]],
  ["jeden Donnerstag um 19 Uhr", ["thu-evening"]],
];

// What must not be guessed: the importer quotes the cell and the word.
const FAILURES: [string, string, string | undefined][] = [
  ["", "empty", undefined],
  ["   ", "empty", undefined],
  ["in den Sommerferien", "unknown-word", "Sommerferien"],
  ["werktags außer Mittwoch", "unknown-word", "außer"],
  ["nicht am Wochenende", "unknown-word", "nicht"],
  ["Mo 25 Uhr", "bad-time", "25"],
  ["Di 10:75", "bad-time", "10:75"],
  ["Mo 10", "bad-time", "10"],
  ["Mo-", "bad-range", "Mo-"],
  ["Mo bis", "bad-range", undefined],
  ["am", "no-time", undefined],
  ["nachts", "unknown-word", "nachts"],
  ["Mittagstisch: Mo, Mi, Fr 11:30–13:30 Uhr", "unknown-word", "Mittagstisch"],
  ["nach Absprache, auch am Wochenende", "unknown-word", "auch"],
  ["Kaffeeklatsch", "unknown-word", "Kaffeeklatsch"],
  ["Mo ? Di", "unknown-word", "?"],
  ["Tag der offenen Tür", "unknown-word", "Tag"],
  ["saturday-morning", "unknown-word", "saturday"],
];

describe("parseTimePhrase", () => {
  it.each(PHRASES)("%j", (phrase, expected) => {
    expect(parseTimePhrase(phrase)).toEqual({ ok: true, value: expected });
  });

  it("has a table of at least 40 real-world phrases", () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(FAILURES)("rejects %j (%s)", (phrase, reason, word) => {
    const result = parseTimePhrase(phrase);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    if (word !== undefined) expect(result.word).toBe(word);
  });

  it("gives every list of slot codes back deduplicated in vocabulary order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...OPPORTUNITY_SLOTS), { minLength: 1, maxLength: 25 }), (slots) => {
        const result = parseTimePhrase(slots.join(", "));
        const expected: OpportunitySlot[] = OPPORTUNITY_SLOTS.filter((slot) => slots.includes(slot));
        expect(result).toEqual({ ok: true, value: expected });
      }),
    );
  });

  it("never throws, whatever is written", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const result = parseTimePhrase(text);
        if (result.ok && result.value !== "flexible") expect(result.value.length).toBeGreaterThan(0);
      }),
    );
  });
});
