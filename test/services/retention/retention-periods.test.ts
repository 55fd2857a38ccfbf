// The retention periods count calendar months, as the privacy notice says them.
import { describe, expect, it } from "vitest";
import { ENDED_SIGNUP_STATUSES, monthsBefore, retentionSettingsSchema, DEFAULT_RETENTION_SETTINGS } from "../../../src/services/retention/retention-periods";

describe("monthsBefore", () => {
  it("goes back whole calendar months at the same time of day, onto the last day of a shorter month", () => {
    expect(monthsBefore(new Date("2027-08-15T10:30:00Z"), 6)).toEqual(new Date("2027-02-15T10:30:00Z"));
    expect(monthsBefore(new Date("2027-08-31T10:30:00Z"), 6)).toEqual(new Date("2027-02-28T10:30:00Z"));
    expect(monthsBefore(new Date("2028-08-31T23:59:00Z"), 6)).toEqual(new Date("2028-02-29T23:59:00Z"));
    expect(monthsBefore(new Date("2027-01-31T08:00:00Z"), 1)).toEqual(new Date("2026-12-31T08:00:00Z"));
    expect(monthsBefore(new Date("2028-02-29T12:00:00Z"), 12)).toEqual(new Date("2027-02-28T12:00:00Z"));
    expect(monthsBefore(new Date("2027-05-05T05:05:05.005Z"), 0)).toEqual(new Date("2027-05-05T05:05:05.005Z"));
  });
});

describe("retention settings", () => {
  it("end a signup when it is declined or withdrawn, and allow at most three months for a Führungszeugnis", () => {
    expect(ENDED_SIGNUP_STATUSES).toEqual(["declined", "withdrawn"]);
    expect(retentionSettingsSchema.parse(DEFAULT_RETENTION_SETTINGS)).toEqual(DEFAULT_RETENTION_SETTINGS);
    expect(() => retentionSettingsSchema.parse({ ...DEFAULT_RETENTION_SETTINGS, certificateMonths: 4 })).toThrow();
    expect(() => retentionSettingsSchema.parse({ ...DEFAULT_RETENTION_SETTINGS, telegramUpdateHours: 12 })).toThrow();
  });
});
