import { describe, expect, it } from "vitest";
import {
  addMonths,
  calendarDateOf,
  certificateRecheckDueAt,
  certificateRecheckNoticeAt,
  checkCertificateDates,
  dateOfCalendarDate,
  todayIn,
} from "../../src/domain/certificate-check";

const day = dateOfCalendarDate;

describe("certificate dates", () => {
  it("takes today from the city's calendar, not from UTC", () => {
    // 23:30 UTC on 31 December is already New Year in Berlin.
    expect(todayIn("Europe/Berlin", new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(todayIn("UTC", new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
  });

  it("stores a calendar day as its midnight in UTC and reads it back", () => {
    expect(day("2026-03-12").toISOString()).toBe("2026-03-12T00:00:00.000Z");
    expect(calendarDateOf(day("2026-03-12"))).toBe("2026-03-12");
  });

  it("keeps month arithmetic on the last day of shorter months", () => {
    expect(calendarDateOf(addMonths(day("2026-05-31"), -3))).toBe("2026-02-28");
    expect(calendarDateOf(addMonths(day("2024-02-29"), 60))).toBe("2029-02-28");
  });

  it("is due again five years after issue, and reminds the given number of days before", () => {
    expect(calendarDateOf(certificateRecheckDueAt(day("2026-03-12")))).toBe("2031-03-12");
    expect(calendarDateOf(certificateRecheckNoticeAt(day("2026-03-12"), 60))).toBe("2031-01-11");
  });

  it("accepts a certificate seen today that was issued up to three months before", () => {
    expect(checkCertificateDates({ seen: "2026-06-15", issued: "2026-03-15" }, "2026-06-15")).toEqual({
      ok: true,
      dates: { seenAt: day("2026-06-15"), issuedAt: day("2026-03-15") },
    });
    expect(checkCertificateDates({ seen: "2026-05-31", issued: "2026-02-28" }, "2026-06-15").ok).toBe(true);
  });

  it.each([
    [{ seen: null, issued: null }, [{ field: "seen", problem: "seen-missing" }, { field: "issued", problem: "issued-missing" }]],
    [{ seen: "2026-06-16", issued: "2026-06-01" }, [{ field: "seen", problem: "seen-future" }]],
    [{ seen: "2026-06-15", issued: "2026-06-16" }, [{ field: "issued", problem: "issued-future" }]],
    [{ seen: "2026-06-01", issued: "2026-06-10" }, [{ field: "issued", problem: "issued-after-seen" }]],
    [{ seen: "2026-06-15", issued: "2026-03-14" }, [{ field: "issued", problem: "issued-too-old" }]],
    [{ seen: "2026-02-30", issued: "15.03.2026" }, [{ field: "seen", problem: "seen-missing" }, { field: "issued", problem: "issued-missing" }]],
  ] as const)("names each problem at its field: %j", (input, problems) => {
    expect(checkCertificateDates(input, "2026-06-15")).toEqual({ ok: false, problems });
  });
});
