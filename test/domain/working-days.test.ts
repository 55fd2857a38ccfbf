import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "../../src/domain/working-days";

const TH = { state: "TH" } as const;
const BY = { state: "BY" } as const;

/** An instant given as Berlin wall-clock time with its offset, so the cases read like the calendar. */
const at = (iso: string) => new Date(iso);

describe("addWorkingDays", () => {
  it("skips the weekend: Friday afternoon + 2 is Tuesday afternoon", () => {
    expect(addWorkingDays(at("2026-11-20T15:00:00+01:00"), 2, TH)).toEqual(at("2026-11-24T15:00:00+01:00"));
  });

  it("counts a start on a day off from the next working day's beginning", () => {
    // Saturday morning: Monday is the first working day, which has passed at Tuesday 0:00.
    expect(addWorkingDays(at("2026-11-21T10:00:00+01:00"), 1, TH)).toEqual(at("2026-11-24T00:00:00+01:00"));
  });

  it("skips Reformationstag (31 October) in Thuringia but not in Bavaria", () => {
    // Thursday 30 October 2025; the 31st is a Friday.
    const thursday = at("2025-10-30T10:00:00+01:00");
    expect(addWorkingDays(thursday, 1, TH)).toEqual(at("2025-11-03T10:00:00+01:00"));
    expect(addWorkingDays(thursday, 1, BY)).toEqual(at("2025-10-31T10:00:00+01:00"));
    expect(isWorkingDay(at("2025-10-31T12:00:00+01:00"), TH)).toBe(false);
    expect(isWorkingDay(at("2025-10-31T12:00:00+01:00"), BY)).toBe(true);
  });

  it("skips holidays every Bundesland has, such as Easter Monday and Good Friday", () => {
    // Thursday before Easter 2026 (Good Friday 3 April, Easter Monday 6 April).
    expect(addWorkingDays(at("2026-04-02T09:00:00+02:00"), 1, BY)).toEqual(at("2026-04-07T09:00:00+02:00"));
  });

  it("keeps the local time across the change to summer time", () => {
    // Friday 27 March 2026 10:00 CET; summer time begins on Sunday the 29th.
    const result = addWorkingDays(at("2026-03-27T10:00:00+01:00"), 2, TH);
    expect(result).toEqual(at("2026-03-31T10:00:00+02:00"));
  });

  it("uses the city's calendar day, not UTC's", () => {
    // Friday 23:30 UTC is Saturday 0:30 in Berlin (and Reformationstag 2026): a day off there,
    // a working Friday in UTC.
    const lateFriday = at("2026-10-30T23:30:00Z");
    expect(addWorkingDays(lateFriday, 1, TH)).toEqual(at("2026-11-03T00:00:00+01:00"));
    expect(addWorkingDays(lateFriday, 1, { ...TH, timeZone: "UTC" })).toEqual(at("2026-11-02T23:30:00Z"));
  });

  it("refuses a negative or broken count and an unknown zone", () => {
    expect(() => addWorkingDays(new Date(), -1, TH)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1.5, TH)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1, { ...TH, timeZone: "Mars/Olympus" })).toThrow(/time zone/);
  });
});

describe("workingDaysBetween", () => {
  it("counts whole working days only", () => {
    const friday = at("2026-11-20T15:00:00+01:00");
    expect(workingDaysBetween(friday, at("2026-11-24T14:59:59+01:00"), TH)).toBe(1);
    expect(workingDaysBetween(friday, at("2026-11-24T15:00:00+01:00"), TH)).toBe(2);
    expect(workingDaysBetween(friday, at("2026-11-19T15:00:00+01:00"), TH)).toBe(0);
  });

  it("is the inverse of addWorkingDays, in any zone and around any holiday", () => {
    const zones = ["Europe/Berlin", "UTC", "America/New_York", "Pacific/Kiritimati"];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(...zones),
        fc.constantFrom("TH", "BY", "NW", "BE"),
        (start, n, timeZone, state) => {
          const options = { timeZone, state } as const;
          const end = addWorkingDays(start, n, options);
          expect(end.getTime()).toBeGreaterThanOrEqual(start.getTime());
          expect(workingDaysBetween(start, end, options)).toBe(n);
          expect(workingDaysBetween(start, new Date(end.getTime() - 1), options)).toBe(Math.max(0, n - 1));
        },
      ),
      { numRuns: 80 },
    );
  });
});
